/**
 * Issue 5 in the real browser: protected and odd pages give the right error, hostile page scripts
 * cannot break the clip (isolated world — proven, not assumed), double clicks make one clip, and
 * articles in same-origin iframes and open shadow roots are clipped (big pages: big-page.e2e.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipDone, ClipErrorCode, ClipFailed, ClipFinished } from '../../utils/messages';
import { startE2E, type E2E } from './helpers/extension';

function expectDone(outcome: ClipFinished): asserts outcome is ClipDone {
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'done' });
}

function expectError(outcome: ClipFinished, codes: ClipErrorCode[]): asserts outcome is ClipFailed {
  expect(outcome.state, JSON.stringify(outcome)).toBe('error');
  const failed = outcome as ClipFailed;
  expect(codes, JSON.stringify(failed.error)).toContain(failed.error.code);
  // A clear message and a next step, never an empty string or a raw exception.
  expect(failed.error.message.length).toBeGreaterThan(5);
  expect(failed.error.nextStep.length).toBeGreaterThan(5);
}

describe('hardening in real Chromium', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  async function clipTabId(tabId: number): Promise<ClipFinished> {
    const envelope = await e2e.clip(tabId);
    if (!envelope.ok) throw new Error(`refused: ${JSON.stringify(envelope)}`);
    return envelope.data;
  }

  describe('protected and odd pages', () => {
    // about:blank, file:// and view-source: URLs are hidden from the extension in automation (no
    // activeTab grant), so the background has to tell them apart from what the browser answers.
    // The clip's own timeout is 120 s, so these get room to show the real outcome, not a test timeout.
    const cases: { name: string; url: () => string; codes: ClipErrorCode[] }[] = [
      { name: 'chrome://version', url: () => 'chrome://version', codes: ['protected-page'] },
      { name: 'about:blank', url: () => 'about:blank', codes: ['protected-page'] },
      {
        name: 'view-source:',
        url: () => `view-source:${e2e.server.url('/en-article.html')}`,
        codes: ['view-source', 'protected-page'],
      },
      { name: 'the PDF viewer', url: () => e2e.server.url('/doc.pdf'), codes: ['pdf-viewer'] },
      {
        name: 'file:// without file access',
        url: () => 'file:///etc/hostname',
        codes: ['file-access'],
      },
      {
        name: 'an extension page',
        url: () => `${e2e.ext.baseUrl}popup.html`,
        codes: ['protected-page'],
      },
    ];
    for (const testCase of cases) {
      it(`${testCase.name} gives ${testCase.codes.join(' or ')} with a next step, nothing saved`, async () => {
        const before = (await e2e.readDb(['clips'])).clips?.length ?? 0;
        const tabId = await e2e.createTab(testCase.url());
        expectError(await clipTabId(tabId), testCase.codes);
        expect((await e2e.readDb(['clips'])).clips?.length ?? 0).toBe(before);
      }, 150_000);
    }

    it('a page still loading gives page-loading', async () => {
      const page = await e2e.ext.context.newPage();
      const url = e2e.server.url('/still-loading.html');
      await page.goto(url, { waitUntil: 'commit' });
      const tabId = await e2e.tabIdOf(url);
      expectError(await clipTabId(tabId), ['page-loading']);
      await page.close();
    });

    it('a closed tab gives no-tab', async () => {
      const { page, tabId } = await e2e.openTestPage('/en-article.html?closed');
      await page.close();
      expectError(await clipTabId(tabId), ['no-tab']);
    });
  });

  describe('messages', () => {
    const send = (message: unknown) =>
      e2e.control.evaluate(
        (payload) =>
          (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
            }
          ).chrome.runtime.sendMessage(payload),
        message,
      );

    it('malformed messages from an extension page are refused as bad-request', async () => {
      const before = (await e2e.readDb(['clips'])).clips?.length ?? 0;
      const malformed: unknown[] = [
        null,
        'clip-active-tab',
        { type: 'no-such-message' },
        { type: 'clip-active-tab', tabId: 'not a number' },
        { type: 'clip-active-tab', tabId: -5 },
        { type: 'clip-active-tab', selectionOnly: 'yes' },
        { type: 'clip-active-tab', extra: true },
        { type: 'get-clip-status', tabId: 1 },
      ];
      for (const message of malformed) {
        expect(await send(message), JSON.stringify(message)).toMatchObject({
          ok: false,
          error: { code: 'bad-request' },
        });
      }
      expect((await e2e.readDb(['clips'])).clips?.length ?? 0).toBe(before);
    });

    it("a message sent from a web page (the extension's own content-script world) is forbidden", async () => {
      const { page, tabId } = await e2e.openTestPage('/en-article.html?foreign');
      const before = (await e2e.readDb(['clips'])).clips?.length ?? 0;
      // Runs in this extension's isolated world inside the web page: same extension id, but the
      // sender URL is the page's — exactly what a compromised renderer could forge.
      const answers = await e2e.control.evaluate(async (id) => {
        const api = (
          globalThis as unknown as {
            chrome: {
              scripting: {
                executeScript(options: object): Promise<{ result?: unknown }[]>;
              };
            };
          }
        ).chrome;
        const results = await api.scripting.executeScript({
          target: { tabId: id },
          func: async (targetTab: number) => {
            const runtime = (
              globalThis as unknown as {
                chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
              }
            ).chrome.runtime;
            return Promise.all([
              runtime.sendMessage({ type: 'clip-active-tab', tabId: targetTab }),
              runtime.sendMessage({ type: 'get-clip-status' }),
            ]);
          },
          args: [id],
        });
        return results[0]?.result;
      }, tabId);
      expect(answers).toEqual([
        expect.objectContaining({
          ok: false,
          error: expect.objectContaining({ code: 'forbidden' }),
        }),
        expect.objectContaining({
          ok: false,
          error: expect.objectContaining({ code: 'forbidden' }),
        }),
      ]);
      expect((await e2e.readDb(['clips'])).clips?.length ?? 0).toBe(before);
      await page.close();
    });
  });

  it('a page that overrides Array/JSON/Node prototypes and defines Readability is clipped correctly', async () => {
    const { page, tabId } = await e2e.openTestPage('/overrides.html');
    // The overrides are really in place in the page's world.
    expect(await page.evaluate('typeof window.Readability')).toBe('function');
    expect(await page.evaluate('JSON.stringify({a: 1})')).toBe('"page broke JSON.stringify"');
    const outcome = await clipTabId(tabId);
    expectDone(outcome);
    expect(outcome.title).toBe('Lighthouse keepers remember the last night shift');
    const { body } = await e2e.stored(outcome.clipId);
    expect(body?.markdown).toContain('brass telescope that one of them rescued');
    expect(body?.markdown).toContain('hear them in their own words');
    expect(body?.markdown).not.toContain('page-provided');
    expect(body?.markdown).not.toContain('page broke');
    await page.close();
  });

  it('clipping twice at once yields one clip', async () => {
    const { page, tabId } = await e2e.openTestPage('/en-article.html?double');
    const before = (await e2e.readDb(['clips'])).clips?.length ?? 0;
    const [first, second] = await Promise.all([e2e.clip(tabId), e2e.clip(tabId)]);
    expect(first.ok && second.ok, JSON.stringify([first, second])).toBe(true);
    if (!first.ok || !second.ok) return;
    expectDone(first.data);
    expectDone(second.data);
    expect(second.data.clipId).toBe(first.data.clipId);
    const clips = (await e2e.readDb(['clips'])).clips ?? [];
    expect(clips.length).toBe(before + 1);
    await page.close();
  });

  it('clips an article inside a same-origin iframe', async () => {
    const { page, tabId } = await e2e.openTestPage('/iframe-outer.html');
    await page.frameLocator('iframe').locator('article').waitFor();
    const outcome = await clipTabId(tabId);
    expectDone(outcome);
    const { body } = await e2e.stored(outcome.clipId);
    expect(body?.markdown).toContain('picking by floodlight');
    expect(body?.markdown).toContain('publish advice for other fruit farms');
    await page.close();
  });

  it('sees the text of open shadow roots', async () => {
    const { page, tabId } = await e2e.openTestPage('/shadow.html');
    const outcome = await clipTabId(tabId);
    expectDone(outcome);
    const { body } = await e2e.stored(outcome.clipId);
    expect(body?.markdown).toContain('fiftieth anniversary');
    expect(body?.markdown).toContain('new music stands');
    await page.close();
  });
});
