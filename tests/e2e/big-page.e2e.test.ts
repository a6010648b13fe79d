/**
 * Issue 5, big pages in real Chromium: a 50,000-element page is clipped (or the clip stops with a
 * message) and the tab stays responsive while it runs; a page that navigates away mid-clip saves
 * nothing. Responsiveness is proven structurally, not by timing: the page's own clock (a timer task
 * that rewrites a number in the article) is read twice by the one clip — in the article, when the
 * pipeline copies the page at its start, and in the raw HTML, serialized at its end. A clip that
 * ran as one task would read the same number twice; a larger second number means the page ran its
 * own tasks while the clip was under way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipFailed, ClipFinished } from '../../utils/messages';
import { BIG_PAGE_TITLE, hugePageHtml, tickingPageHtml } from './helpers/big-page';
import { DB_NAME, startE2E, type E2E } from './helpers/extension';

describe('big pages in real Chromium', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  /** Serves generated HTML at a path of the fixture server's origin (inside the e2e host permission). */
  async function serve(pathname: string, html: string): Promise<void> {
    await e2e.ext.context.route(e2e.server.url(pathname), (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
  }

  async function clipTabId(tabId: number): Promise<ClipFinished> {
    const envelope = await e2e.clip(tabId);
    if (!envelope.ok) throw new Error(`refused: ${JSON.stringify(envelope)}`);
    return envelope.data;
  }

  /** The raw page HTML the clip kept (gunzipped in the extension page). */
  async function rawHtmlOf(clipId: string): Promise<string> {
    return e2e.control.evaluate(
      async ({ name, id }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        try {
          const row = await new Promise<{ gzip: Uint8Array<ArrayBuffer> } | undefined>(
            (resolve, reject) => {
              const request = db.transaction('raw', 'readonly').objectStore('raw').get(id);
              request.onsuccess = () =>
                resolve(request.result as { gzip: Uint8Array<ArrayBuffer> } | undefined);
              request.onerror = () => reject(request.error);
            },
          );
          if (!row) return '';
          const stream = new Blob([row.gzip]).stream().pipeThrough(new DecompressionStream('gzip'));
          return await new Response(stream).text();
        } finally {
          db.close();
        }
      },
      { name: DB_NAME, id: clipId },
    );
  }

  function expectStopped(outcome: ClipFinished, codes: string[]): void {
    expect(outcome.state, JSON.stringify(outcome)).toBe('error');
    const failed = outcome as ClipFailed;
    expect(codes).toContain(failed.error.code);
    expect(failed.error.message.length).toBeGreaterThan(5);
    expect(failed.error.nextStep.length).toBeGreaterThan(5);
  }

  it('clips a 50,000-element page (or stops with a message) and the tab stays responsive', async () => {
    await serve('/big-ticking.html', tickingPageHtml(50_000, 2.5 * 1024 * 1024));
    const { page, tabId } = await e2e.openTestPage('/big-ticking.html');
    expect(await page.evaluate('document.getElementsByTagName("*").length')).toBeGreaterThan(
      50_000,
    );
    const outcome = await clipTabId(tabId);
    if (outcome.state !== 'done') {
      expectStopped(outcome, ['too-large']);
      await page.close();
      return;
    }
    const { body } = await e2e.stored(outcome.clipId);
    expect(body?.markdown).toContain('Paragraph 30 of the long report');
    const atStart = Number(/counted (\d+) ticks/.exec(body?.markdown ?? '')?.[1]);
    const atEnd = Number(
      /<span id="ticks">(\d+)<\/span>/.exec(await rawHtmlOf(outcome.clipId))?.[1],
    );
    expect(atStart).toBeGreaterThan(0);
    // The page ran its own timer tasks between the clip's first and last read of the page — more
    // than the one chance a single pipeline task followed by the serialization would give it.
    expect(atEnd - atStart).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate('document.title')).toBe(BIG_PAGE_TITLE);
    await page.close();
  });

  it('a page that navigates away while it is being clipped saves nothing', async () => {
    await serve('/big-leaving.html', hugePageHtml(100_000, 10 * 1024 * 1024));
    const { page, tabId } = await e2e.openTestPage('/big-leaving.html');
    const before = (await e2e.readDb(['clips'])).clips?.length ?? 0;
    const clipping = clipTabId(tabId);
    // Once the clip is running in the page, the user follows a link.
    await e2e.control.waitForFunction(
      async () => {
        const api = (
          globalThis as unknown as {
            chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome;
        const { lastClipStatus } = await api.storage.local.get('lastClipStatus');
        return (lastClipStatus as { state?: string } | undefined)?.state === 'running';
      },
      undefined,
      { polling: 20 },
    );
    await page.goto(e2e.server.url('/en-article.html'), { waitUntil: 'commit' });
    expectStopped(await clipping, ['navigated-away']);
    expect((await e2e.readDb(['clips'])).clips?.length ?? 0).toBe(before);
    await page.close();
  });
});
