/**
 * The background's wiring: real browser APIs and the real database plugged into clipTab, the
 * message router, the context menus and the keyboard command. entrypoints/background.ts calls
 * `startBackground()` and nothing else.
 */
import { getDb } from '../db/instance';
import { saveClip } from '../db/repository';
import { clipIdForUrl } from '../seed/url';
import { createClipper, type ClipTabDeps } from '../clip-tab/clip-tab';
import { clipError } from '../clip-tab/errors';
import { CONTENT_REQUEST_GLOBAL, type ContentClipRequest } from '../messages';
import { getClipSettings, lastClipStatus, requestPersistentStorage } from '../settings';
import { setBadge } from './badge';
import { createContextMenus, onCommand, onContextMenuClick } from './menus';
import { createMessageListener } from './router';

/** Path of the injected content script in the built extension (entrypoints/clipper.ts, an unlisted script). */
export const CLIPPER_SCRIPT = '/clipper.js';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** Two injections into the same isolated world: the options first, then the clipper itself. */
export async function injectClipper(tabId: number, request: ContentClipRequest): Promise<unknown> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (options: ContentClipRequest, key: string) => {
      (globalThis as Record<string, unknown>)[key] = options;
    },
    args: [request, CONTENT_REQUEST_GLOBAL],
  });
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    files: [CLIPPER_SCRIPT],
  });
  return first?.result;
}

export function browserClipDeps(): ClipTabDeps {
  let persistAsked = false;
  return {
    getTab: async (tabId) => {
      try {
        return await browser.tabs.get(tabId);
      } catch {
        return undefined;
      }
    },
    isFileSchemeAllowed: async () => {
      try {
        return await browser.extension.isAllowedFileSchemeAccess();
      } catch {
        return false;
      }
    },
    inject: injectClipper,
    clipIdForUrl,
    saveClip: (result, options) => saveClip(getDb(), result, options),
    getSettings: getClipSettings,
    setStatus: (status) => lastClipStatus.setValue(status),
    setBadge: (tabId, state) => setBadge(tabId, state).catch(() => undefined),
    afterSave: async () => {
      if (persistAsked) return;
      persistAsked = true;
      await requestPersistentStorage();
    },
    now: () => Date.now(),
  };
}

/**
 * A 'running' status left by a background that was stopped mid-clip (browser closed, worker
 * killed) would spin in the popup forever; at startup nothing can be running yet.
 */
export async function clearStaleRunningStatus(now = Date.now()): Promise<void> {
  const status = await lastClipStatus.getValue();
  if (status?.state !== 'running') return;
  await lastClipStatus.setValue({
    ...status,
    state: 'error',
    finishedAt: now,
    error: clipError('unknown'),
  });
}

export function startBackground(): void {
  void clearStaleRunningStatus();
  const clipper = createClipper(browserClipDeps());
  const clipTab = clipper.clipTab;

  browser.runtime.onMessage.addListener(
    createMessageListener({
      'clip-active-tab': async (request) => {
        const tabId = request.tabId ?? (await activeTabId());
        if (tabId === undefined) {
          return clipTab(-1, {}); // tabs.get(-1) fails: reported as 'no-tab' like any clip error
        }
        return clipTab(tabId, {
          selectionOnly: request.selectionOnly,
          wholePage: request.wholePage,
        });
      },
      'get-clip-status': () => lastClipStatus.getValue(),
    }),
  );

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void createContextMenus();
    void requestPersistentStorage();
    // A new version may bring a schema upgrade (tens of seconds at 50,000 clips): start it now
    // rather than when the popup next opens. It is one transaction: if the worker is stopped
    // first, it rolls back and the next open runs it again.
    if (reason === 'update') {
      getDb()
        .open()
        .catch((error: unknown) => console.error('Seed Clipper: database upgrade failed', error));
    }
  });
  browser.contextMenus.onClicked.addListener(onContextMenuClick(clipTab));
  browser.commands.onCommand.addListener(onCommand(clipTab, activeTabId));
}
