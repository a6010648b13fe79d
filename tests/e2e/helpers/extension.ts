/**
 * Drives the loaded extension the way its own pages do: an extension page (popup.html opened as a
 * tab) finds the test page's tab id with chrome.tabs.query, sends `clip-active-tab` to the
 * background with chrome.runtime.sendMessage (MESSAGES-API.md), and reads the extension's
 * IndexedDB directly (no Dexie, so the tests do not depend on how the storage layer is written).
 */
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../../scripts/lib/chromium';
import type { ClipFinished, MessageEnvelope } from '../../../utils/messages';
import { startFixtureServer, type FixtureServer } from './server';

export const DB_NAME = 'seed-clipper';

/** The few chrome.* calls the helpers make inside extension pages. */
interface ChromeApi {
  tabs: {
    query(
      info: object,
    ): Promise<{ id?: number; url?: string; pendingUrl?: string; status?: string }[]>;
    create(info: { url: string; active?: boolean }): Promise<{ id?: number }>;
    get(tabId: number): Promise<{ id?: number; url?: string; status?: string }>;
    remove(tabId: number): Promise<void>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export interface ClipRequestOptions {
  selectionOnly?: boolean;
  wholePage?: boolean;
}

export interface StoredRecords {
  clip?: Record<string, unknown>;
  body?: { id: string; markdown?: string; html?: string } & Record<string, unknown>;
  /** Number of clips in the db. */
  count: number;
}

export interface E2E {
  ext: ExtensionBrowser;
  server: FixtureServer;
  /** popup.html opened as a tab: the extension page that sends messages and reads the db. */
  control: Page;
  openTestPage(pathname: string): Promise<{ page: Page; tabId: number; url: string }>;
  tabIdOf(url: string): Promise<number>;
  /** Sends `clip-active-tab` for a tab; resolves to the background's envelope, untouched. */
  clip(tabId: number, options?: ClipRequestOptions): Promise<MessageEnvelope<ClipFinished>>;
  /** Opens the page, clips it and returns the finished status (throws if the message was refused). */
  clipPage(pathname: string, options?: ClipRequestOptions): Promise<ClipFinished>;
  /** Creates a tab from the extension (works for chrome:// and about: pages) and returns its id. */
  createTab(url: string): Promise<number>;
  /** All records of the given object stores ({} when the db does not exist yet). */
  readDb(stores?: string[]): Promise<Record<string, unknown[]>>;
  /** The stored summary and body of one clip (undefined fields when not stored). */
  stored(clipId: string): Promise<StoredRecords>;
  close(): Promise<void>;
}

/** Makes pages tolerate esbuild's `__name` helper in functions passed to page.evaluate. */
export async function allowEsbuildHelpers(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
}

export async function startE2E(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<E2E> {
  const server = await startFixtureServer();
  let ext: ExtensionBrowser;
  try {
    ext = await launchExtensionBrowser({ viewport: options.viewport });
  } catch (error) {
    await server.close();
    throw error;
  }
  const control = await ext.openExtensionPage('popup.html');
  await allowEsbuildHelpers(control);

  async function tabIdOf(url: string): Promise<number> {
    // A tab whose navigation has only just committed may not show its URL to the tabs API yet
    // (it is still the tab's pendingUrl): ask again for a while before giving up.
    for (let attempt = 0; attempt < 50; attempt++) {
      const id = await control.evaluate(async (wanted) => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((tab) => tab.url === wanted || tab.pendingUrl === wanted)?.id ?? -1;
      }, url);
      if (id >= 0) return id;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No tab with URL ${url} is visible to the extension`);
  }

  async function clip(tabId: number, clipOptions: ClipRequestOptions = {}) {
    return control.evaluate(
      async (message) => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        return api.runtime.sendMessage(message);
      },
      { type: 'clip-active-tab', tabId, ...clipOptions },
    ) as Promise<MessageEnvelope<ClipFinished>>;
  }

  async function readDb(stores?: string[]): Promise<Record<string, unknown[]>> {
    return control.evaluate(
      async ({ name, wanted }) => {
        const known = await indexedDB.databases();
        if (!known.some((info) => info.name === name)) return {};
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        try {
          const names = wanted ?? [...db.objectStoreNames];
          const out: Record<string, unknown[]> = {};
          for (const store of names) {
            if (!db.objectStoreNames.contains(store)) continue;
            out[store] = await new Promise<unknown[]>((resolve, reject) => {
              const request = db.transaction(store, 'readonly').objectStore(store).getAll();
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            });
          }
          return out;
        } finally {
          db.close();
        }
      },
      { name: DB_NAME, wanted: stores ?? ['clips', 'bodies'] },
    );
  }

  async function openTestPage(pathname: string) {
    const url = server.url(pathname);
    const page = await ext.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(page.url());
    // Playwright's 'load' can come before the tabs API reports 'complete'; the background
    // (rightly) refuses a tab that is still loading, so wait for the browser's own view.
    await control.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      for (let i = 0; i < 200; i += 1) {
        if ((await api.tabs.get(id)).status === 'complete') return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }, tabId);
    return { page, tabId, url: page.url() };
  }

  return {
    ext,
    server,
    control,
    openTestPage,
    tabIdOf,
    clip,
    async clipPage(pathname, clipOptions) {
      const { tabId } = await openTestPage(pathname);
      const envelope = await clip(tabId, clipOptions);
      if (!envelope || !envelope.ok) {
        throw new Error(`clip-active-tab was refused: ${JSON.stringify(envelope)}`);
      }
      return envelope.data;
    },
    async createTab(url) {
      return control.evaluate(async (wanted) => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const tab = await api.tabs.create({ url: wanted, active: false });
        // Wait until the tab has committed, so its URL and status are settled.
        for (let i = 0; i < 100; i += 1) {
          const current = await api.tabs.get(tab.id ?? -1);
          if (current.status === 'complete') break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return tab.id ?? -1;
      }, url);
    },
    readDb,
    async stored(clipId) {
      const dump = await readDb(['clips', 'bodies']);
      const clips = (dump.clips ?? []) as Record<string, unknown>[];
      const bodies = (dump.bodies ?? []) as StoredRecords['body'][];
      return {
        clip: clips.find((record) => record.id === clipId),
        body: bodies.find((record) => record?.id === clipId),
        count: clips.length,
      };
    },
    async close() {
      await ext.close().catch(() => undefined);
      await server.close();
    },
  };
}
