/**
 * `clipTab`: the one code path behind the popup button, both context-menu items and the keyboard
 * command. Check the tab → inject the runtime content script → validate what it returns → save →
 * badge + stored status. Everything it touches comes in through `ClipTabDeps`, so a test drives it
 * with a fake browser and a fake-indexeddb database.
 */
import {
  parseContentClipResponse,
  type ClipDone,
  type ClipErrorCode,
  type ClipFailed,
  type ClipFinished,
  type ClipStatus,
  type ContentClipRequest,
} from '../messages';
import type { ClipSettings } from '../settings';
import { canonicalizeUrl } from '../seed/url';
import type { BodyMode, ClipResult, QualityFlag } from '../types';
import { clipError, statusText } from './errors';
import { classifyTab, type TabLike } from './protected-url';

export interface ClipTabOptions {
  selectionOnly?: boolean;
  wholePage?: boolean;
}

export interface SaveClipOptions {
  rawHtml?: string;
  category: string;
  bodyMode: BodyMode;
  now?: number;
}

export type BadgeState = 'running' | 'done' | 'error';

export interface ClipTabDeps {
  getTab(tabId: number): Promise<TabLike | undefined>;
  isFileSchemeAllowed(): Promise<boolean>;
  /** Injects the runtime content script; resolves to what its main() returned (unvalidated). */
  inject(tabId: number, request: ContentClipRequest): Promise<unknown>;
  clipIdForUrl(canonicalUrl: string): Promise<string>;
  saveClip(
    result: ClipResult,
    options: SaveClipOptions,
  ): Promise<{ clip: { id: string }; updated: boolean }>;
  getSettings(): Promise<ClipSettings>;
  setStatus(status: ClipStatus): Promise<void>;
  setBadge(tabId: number, state: BadgeState): Promise<void>;
  /** Called once per successful clip (navigator.storage.persist where available). */
  afterSave?(): Promise<void>;
  now(): number;
  /** Give up on a page that does not answer (huge DOM, hung renderer). */
  timeoutMs?: number;
  /**
   * Chrome runs an injected script only once the document is parsed (document_idle), so a tab
   * still loading makes the clip wait; after this long the user is told the page is still loading.
   */
  loadingTimeoutMs?: number;
}

export const DEFAULT_CLIP_TIMEOUT_MS = 120_000;
export const DEFAULT_LOADING_TIMEOUT_MS = 15_000;

class ClipFailure extends Error {
  constructor(readonly code: ClipErrorCode) {
    super(code);
  }
}

function withoutHash(url: string): string {
  const index = url.indexOf('#');
  return index === -1 ? url : url.slice(0, index);
}

/** True for the storage layer's QuotaError and for raw / Dexie-wrapped QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return false;
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaError' || name === 'QuotaExceededError') return true;
    current = inner ?? cause;
  }
  return false;
}

/** Maps an executeScript rejection to what the user should be told. */
export function injectionErrorCode(error: unknown): ClipErrorCode {
  const message = error instanceof Error ? error.message : String(error);
  if (/No tab with id|tab was closed|Invalid tab ID/i.test(message)) return 'no-tab';
  if (/Cannot access contents of url "file:/i.test(message)) return 'file-access';
  if (/removed|navigat|unloaded|document.*(changed|gone)/i.test(message)) return 'navigated-away';
  if (/gallery|webstore/i.test(message)) return 'web-store';
  // No activeTab grant for this tab (clip started without a user gesture on it): the next step is
  // the toolbar button / menu / shortcut, which grant it.
  if (/Cannot access contents|Missing host permission/i.test(message)) return 'injection-failed';
  if (/chrome:\/\/|about:|privileged|Cannot access/i.test(message)) return 'protected-page';
  return 'injection-failed';
}

function timeout<T>(promise: Promise<T>, ms: number, code: ClipErrorCode): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ClipFailure(code)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

function withRequestFlags(result: ClipResult, options: Required<ClipTabOptions>): QualityFlag[] {
  const flags = new Set(result.flags);
  if (options.selectionOnly) flags.add('selection');
  return [...flags];
}

export interface Clipper {
  clipTab(tabId: number, options?: ClipTabOptions): Promise<ClipFinished>;
  /** Tabs with a clip under way (for tests and the double-click guard). */
  inFlight(): number[];
}

export function createClipper(deps: ClipTabDeps): Clipper {
  const running = new Map<number, Promise<ClipFinished>>();

  async function run(tabId: number, options: Required<ClipTabOptions>): Promise<ClipFinished> {
    const startedAt = deps.now();
    const base = { tabId, url: '', startedAt, ...options };
    const fail = async (code: ClipErrorCode): Promise<ClipFailed> => {
      const status: ClipFailed = {
        ...base,
        state: 'error',
        finishedAt: deps.now(),
        error: clipError(code),
      };
      await Promise.allSettled([deps.setStatus(status), deps.setBadge(tabId, 'error')]);
      return status;
    };

    try {
      const tab = await deps.getTab(tabId);
      if (!tab) return await fail('no-tab');
      base.url = tab.url ?? tab.pendingUrl ?? '';
      const blocked = classifyTab(tab, { fileSchemeAllowed: await deps.isFileSchemeAllowed() });
      if (blocked) return await fail(blocked);

      await Promise.allSettled([
        deps.setStatus({ ...base, state: 'running' }),
        deps.setBadge(tabId, 'running'),
      ]);
      const settings = await deps.getSettings();

      let raw: unknown;
      try {
        const loading = tab.status === 'loading';
        raw = await timeout(
          deps.inject(tabId, { ...options, category: settings.defaultCategory }),
          loading
            ? (deps.loadingTimeoutMs ?? DEFAULT_LOADING_TIMEOUT_MS)
            : (deps.timeoutMs ?? DEFAULT_CLIP_TIMEOUT_MS),
          loading ? 'page-loading' : 'timeout',
        );
      } catch (error) {
        if (error instanceof ClipFailure) throw error;
        // Kept in the background console: the browser's wording is what a bug report needs.
        console.warn('[seed-clipper] injection failed:', error);
        throw new ClipFailure(injectionErrorCode(error));
      }

      const response = parseContentClipResponse(raw);
      if (!response) return await fail('invalid-result');
      if (!response.ok) {
        if (response.code === 'unknown')
          console.warn('[seed-clipper] clip failed:', response.message);
        return await fail(response.code);
      }

      // The tab may have navigated while the pipeline ran: do not save a clip of a page the user
      // has left, nor file the new page under the old one.
      const after = await deps.getTab(tabId);
      if (!after) return await fail('navigated-away');
      const urlNow = after.url ?? base.url;
      if (base.url && urlNow && withoutHash(urlNow) !== withoutHash(base.url)) {
        return await fail('navigated-away');
      }
      if (base.url && withoutHash(response.pageUrl) !== withoutHash(base.url)) {
        return await fail('navigated-away');
      }

      // The id is the dedupe key: computed here from the canonical URL, never taken from the page.
      const canonicalUrl = canonicalizeUrl(response.result.canonicalUrl);
      const result: ClipResult = {
        ...response.result,
        canonicalUrl,
        id: await deps.clipIdForUrl(canonicalUrl),
        flags: withRequestFlags(response.result, options),
      };
      let saved: { clip: { id: string }; updated: boolean };
      try {
        saved = await deps.saveClip(result, {
          rawHtml: settings.keepRawHtml && response.pageHtml ? response.pageHtml : undefined,
          category: settings.defaultCategory,
          bodyMode: settings.bodyMode,
          now: deps.now(),
        });
      } catch (error) {
        console.warn('[seed-clipper] saving the clip failed:', error);
        throw new ClipFailure(isQuotaError(error) ? 'quota' : 'storage-failed');
      }
      await deps.afterSave?.().catch(() => undefined);

      const done: ClipDone = {
        ...base,
        state: 'done',
        finishedAt: deps.now(),
        clipId: saved.clip.id,
        title: result.meta.title,
        updated: saved.updated,
        flags: result.flags,
        message: statusText(saved.updated ? 'bg_status_updated' : 'bg_status_clipped'),
      };
      await Promise.allSettled([deps.setStatus(done), deps.setBadge(tabId, 'done')]);
      return done;
    } catch (error) {
      if (error instanceof ClipFailure) return fail(error.code);
      console.warn('[seed-clipper] clip failed:', error);
      return fail('unknown');
    }
  }

  return {
    clipTab(tabId, options = {}) {
      // A second request for the same tab while one runs (double click, menu + shortcut) joins
      // the running clip instead of saving twice.
      const existing = running.get(tabId);
      if (existing) return existing;
      const normalized = {
        selectionOnly: options.selectionOnly === true,
        wholePage: options.wholePage === true,
      };
      const promise = run(tabId, normalized).finally(() => running.delete(tabId));
      running.set(tabId, promise);
      return promise;
    },
    inFlight: () => [...running.keys()],
  };
}
