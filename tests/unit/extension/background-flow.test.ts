/**
 * The background as wired for the browser (utils/background/index.ts): a message from the popup →
 * clipTab → executeScript (mocked: runs the content-script logic in this jsdom window) → the real
 * repository on fake-indexeddb → stored status + badge.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clearStaleRunningStatus, startBackground } from '@/utils/background';
import {
  runContentClip,
  takeContentRequest,
  type ClipDocumentFn,
} from '@/utils/clip-tab/content-clip';
import { getDb } from '@/utils/db/instance';
import { countClips, getClip, getRawHtml } from '@/utils/db/repository';
import { type ClipFinished, type MessageEnvelope } from '@/utils/messages';
import { NoArticleError } from '@/utils/pipeline/errors';
import { canonicalizeUrl, clipIdForUrl } from '@/utils/seed/url';
import { defaultCategorySetting, lastClipStatus } from '@/utils/settings';

const POPUP_SENDER = {
  id: 'test-extension-id',
  url: 'chrome-extension://test-extension-id/popup.html',
};

/** Stand-in pipeline (the real one has its own tests): article text → ClipResult. */
const clipDocument: ClipDocumentFn = (doc, url) => {
  const article = doc.querySelector('article');
  if (!article) throw new NoArticleError();
  const text = article.textContent ?? '';
  return {
    url,
    canonicalUrl: canonicalizeUrl(url),
    id: 'not-trusted',
    meta: {
      title: doc.title,
      siteName: '示例新闻',
      section: 'source',
      author: '',
      source: '',
      publishedAt: '2024-05-01T08:00:00.000Z',
      leadImage: '',
      lang: 'zh-CN',
      excerpt: '',
    },
    html: `<p>${text}</p>`,
    markdown: text,
    text,
    wordCount: text.length,
    flags: [],
  };
};

let executeScript: ReturnType<typeof vi.fn>;
let tabId: number;

async function send(message: unknown, sender: object = POPUP_SENDER) {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return (await answers[0]) as unknown as MessageEnvelope<ClipFinished>;
}

beforeEach(async () => {
  fakeBrowser.reset();
  document.title = '基层党建工作推进会召开';
  const article = document.createElement('article');
  article.textContent = '会议强调，要持续加强基层党建工作。';
  document.body.replaceChildren(article);

  const tab = await fakeBrowser.tabs.create({ url: window.location.href });
  tabId = tab.id!;
  executeScript = vi.fn(
    async (details: { func?: (...args: unknown[]) => void; args?: unknown[] }) => {
      if (details.func) {
        details.func(...(details.args ?? []));
        return [{ result: undefined }];
      }
      const request = takeContentRequest(globalThis as unknown as Record<string, unknown>);
      // Through structuredClone, as the result crosses from the page's process.
      return [{ result: structuredClone(await runContentClip(window, request, clipDocument)) }];
    },
  );
  Object.assign(fakeBrowser.scripting, { executeScript });
  Object.assign(fakeBrowser.extension, { isAllowedFileSchemeAccess: async () => false });
  Object.assign(fakeBrowser.contextMenus, { onClicked: { addListener: vi.fn() } });
  Object.assign(fakeBrowser.commands, { onCommand: { addListener: vi.fn() } });
  startBackground();
});

afterEach(async () => {
  // getDb() is a singleton: empty it rather than delete it. The stats row is left to the
  // middleware, which counts the cleared clips out; clearing it too would race that update.
  const db = getDb();
  const rowTables = db.tables.filter((table) => table.name !== 'stats');
  await db.transaction('rw', db.tables, () => Promise.all(rowTables.map((table) => table.clear())));
});

describe('background clip flow', () => {
  it('clips the tab into the database and reports it', async () => {
    await defaultCategorySetting.setValue('新媒体');
    const answer = await send({ type: 'clip-active-tab', tabId });
    expect(answer.ok).toBe(true);
    const outcome = answer.ok ? answer.data : undefined;
    const expectedId = await clipIdForUrl(canonicalizeUrl(window.location.href));
    expect(outcome).toMatchObject({ state: 'done', clipId: expectedId, updated: false });

    const stored = await getClip(getDb(), expectedId);
    expect(stored?.title).toBe('基层党建工作推进会召开');
    expect(stored?.category).toBe('新媒体');
    expect(await getRawHtml(getDb(), expectedId)).toContain('基层党建工作');
    expect(await lastClipStatus.getValue()).toMatchObject({ state: 'done', clipId: expectedId });
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('✓');
    // Options first, then the runtime content script file.
    expect(executeScript.mock.calls[1]?.[0]).toMatchObject({
      target: { tabId },
      files: ['/clipper.js'],
    });
  });

  it('updates instead of duplicating when the page is clipped again', async () => {
    await send({ type: 'clip-active-tab', tabId });
    const second = await send({ type: 'clip-active-tab', tabId });
    expect(second.ok && second.data).toMatchObject({ state: 'done', updated: true });
    expect(await countClips(getDb())).toBe(1);
  });

  it('clips once when asked twice at the same time', async () => {
    const [first, second] = await Promise.all([
      send({ type: 'clip-active-tab', tabId }),
      send({ type: 'clip-active-tab', tabId }),
    ]);
    expect(first.ok && second.ok && first.data).toEqual(second.ok && second.data);
    expect(executeScript.mock.calls.filter(([details]) => 'files' in details)).toHaveLength(1);
    expect(await countClips(getDb())).toBe(1);
  });

  it('reports no-article and then clips nothing', async () => {
    document.body.replaceChildren(document.createElement('nav'));
    const answer = await send({ type: 'clip-active-tab', tabId });
    expect(answer.ok && answer.data).toMatchObject({
      state: 'error',
      error: { code: 'no-article', canClipWholePage: true },
    });
    expect(await countClips(getDb())).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('!');
  });

  it('refuses a foreign sender and a malformed message without injecting', async () => {
    expect(
      await send(
        { type: 'clip-active-tab', tabId },
        { id: 'test-extension-id', url: 'https://evil.example/' },
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send({ type: 'clip-active-tab', tabId: 'all' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(executeScript).not.toHaveBeenCalled();
    expect(await countClips(getDb())).toBe(0);
  });

  it('reports a full disk as quota, with nothing stored', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = getDb();
    // The body write fails after the summary row was written in the same transaction.
    const put = vi
      .spyOn(db.bodies, 'put')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    try {
      const answer = await send({ type: 'clip-active-tab', tabId });
      expect(answer.ok && answer.data).toMatchObject({ state: 'error', error: { code: 'quota' } });
    } finally {
      put.mockRestore();
    }
    expect(await countClips(db)).toBe(0);
    expect(await lastClipStatus.getValue()).toMatchObject({ error: { code: 'quota' } });
    // The collection stays usable: the next clip goes through.
    const retry = await send({ type: 'clip-active-tab', tabId });
    expect(retry.ok && retry.data).toMatchObject({ state: 'done' });
    expect(await countClips(db)).toBe(1);
  });

  it('answers get-clip-status with the stored status', async () => {
    await send({ type: 'clip-active-tab', tabId });
    const answer = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'get-clip-status' },
      POPUP_SENDER,
    );
    expect(answer[0]).toMatchObject({ ok: true, data: { state: 'done' } });
  });

  it('turns a status left running by a stopped background into an error', async () => {
    await lastClipStatus.setValue({
      state: 'running',
      tabId,
      url: window.location.href,
      startedAt: 1,
      selectionOnly: false,
      wholePage: false,
    });
    await clearStaleRunningStatus(5);
    expect(await lastClipStatus.getValue()).toMatchObject({ state: 'error', finishedAt: 5 });
  });
});
