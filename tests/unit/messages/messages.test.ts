import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createMessageListener, type MessageHandlers } from '@/utils/background/router';
import {
  isClipResult,
  isFromExtension,
  MessageError,
  parseContentClipResponse,
  parseRequest,
  type ClipFinished,
} from '@/utils/messages';
import { sendMessage } from '@/utils/messages-runtime';
import type { ClipResult } from '@/utils/types';

const EXT = { id: 'test-extension-id', baseUrl: 'chrome-extension://test-extension-id/' };
const POPUP = { id: EXT.id, url: `${EXT.baseUrl}popup.html` };

function clipResult(overrides: Partial<ClipResult> = {}): ClipResult {
  return {
    url: 'https://news.example.cn/a/1.html',
    canonicalUrl: 'https://news.example.cn/a/1.html',
    id: '0123456789abcdef',
    meta: {
      title: '基层党建',
      siteName: '示例新闻',
      section: 'source',
      author: '',
      source: '新华社',
      publishedAt: null,
      leadImage: '',
      lang: 'zh-CN',
      excerpt: '',
    },
    html: '<p>正文</p>',
    markdown: '正文',
    text: '正文',
    wordCount: 2,
    flags: [],
    ...overrides,
  };
}

const done: ClipFinished = {
  state: 'done',
  tabId: 3,
  url: 'https://news.example.cn/a/1.html',
  startedAt: 1,
  finishedAt: 2,
  selectionOnly: false,
  wholePage: false,
  clipId: '0123456789abcdef',
  title: 't',
  updated: false,
  flags: [],
  message: 'Clipped',
};

function handlers(): MessageHandlers & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    'clip-active-tab': async (request) => {
      calls.push(request);
      return done;
    },
    'get-clip-status': async () => null,
  };
}

describe('isFromExtension', () => {
  it('accepts this extension’s own pages', () => {
    expect(isFromExtension(POPUP, EXT)).toBe(true);
    expect(isFromExtension({ id: EXT.id, url: `${EXT.baseUrl}collection.html#x` }, EXT)).toBe(true);
  });

  it('rejects other extensions, content scripts in web pages and senders without a URL', () => {
    expect(isFromExtension({ id: 'other-extension', url: POPUP.url }, EXT)).toBe(false);
    expect(isFromExtension({ id: EXT.id, url: 'https://evil.example/' }, EXT)).toBe(false);
    expect(
      isFromExtension(
        { id: EXT.id, url: 'https://evil.example/chrome-extension://test-extension-id/' },
        EXT,
      ),
    ).toBe(false);
    expect(isFromExtension({ id: EXT.id }, EXT)).toBe(false);
    expect(isFromExtension({}, EXT)).toBe(false);
  });
});

describe('parseRequest', () => {
  it('accepts well-formed messages', () => {
    expect(parseRequest({ type: 'clip-active-tab' }).ok).toBe(true);
    expect(parseRequest({ type: 'clip-active-tab', tabId: 4, wholePage: true }).ok).toBe(true);
    expect(parseRequest({ type: 'get-clip-status' }).ok).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'clip-active-tab'],
    ['an array', [{ type: 'clip-active-tab' }]],
    ['no type', {}],
    ['an unknown type', { type: 'fetch-url', url: 'https://evil.example' }],
    ['a prototype key as type', { type: 'toString' }],
    ['a string tabId', { type: 'clip-active-tab', tabId: '4' }],
    ['a negative tabId', { type: 'clip-active-tab', tabId: -2 }],
    ['a fractional tabId', { type: 'clip-active-tab', tabId: 1.5 }],
    ['a non-boolean flag', { type: 'clip-active-tab', wholePage: 'yes' }],
    ['an extra key', { type: 'clip-active-tab', url: 'https://evil.example' }],
    ['an extra key on a bare message', { type: 'get-clip-status', x: 1 }],
  ])('rejects %s', (_label, message) => {
    expect(parseRequest(message).ok).toBe(false);
  });
});

describe('background message listener', () => {
  it('dispatches a valid message from the popup to its handler', async () => {
    const h = handlers();
    const listener = createMessageListener(h, () => EXT);
    const answer = await listener({ type: 'clip-active-tab', selectionOnly: true }, POPUP);
    expect(answer).toEqual({ ok: true, data: done });
    expect(h.calls).toEqual([{ type: 'clip-active-tab', selectionOnly: true }]);
  });

  it('rejects a foreign sender before looking at the payload', async () => {
    const h = handlers();
    const listener = createMessageListener(h, () => EXT);
    const fromPage = await listener(
      { type: 'clip-active-tab' },
      { id: EXT.id, url: 'https://evil.example/' },
    );
    const fromOther = await listener({ type: 'clip-active-tab' }, { id: 'other', url: POPUP.url });
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fromOther).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(h.calls).toEqual([]);
  });

  it('rejects malformed payloads with an error response', async () => {
    const h = handlers();
    const listener = createMessageListener(h, () => EXT);
    for (const message of [
      undefined,
      42,
      { type: 'nope' },
      { type: 'clip-active-tab', tabId: 'x' },
    ]) {
      expect(await listener(message, POPUP)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(h.calls).toEqual([]);
  });

  it('turns a throwing handler into an error response', async () => {
    const listener = createMessageListener(
      {
        ...handlers(),
        'get-clip-status': async () => {
          throw new Error('boom');
        },
      },
      () => EXT,
    );
    expect(await listener({ type: 'get-clip-status' }, POPUP)).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'boom' },
    });
  });
});

describe('sendMessage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('unwraps the data of an ok envelope', async () => {
    const listener = createMessageListener(handlers(), () => EXT);
    // The fake browser passes an empty sender; stand in the popup's.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => listener(message, POPUP));
    await expect(sendMessage({ type: 'clip-active-tab' })).resolves.toEqual(done);
  });

  it('rejects with MessageError when the background refuses', async () => {
    const listener = createMessageListener(handlers(), () => EXT);
    // Empty sender, as a foreign context would look.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => listener(message, {}));
    const error = await sendMessage({ type: 'get-clip-status' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect((error as MessageError).code).toBe('forbidden');
  });

  it('rejects when nothing answers with an envelope', async () => {
    fakeBrowser.runtime.onMessage.addListener(vi.fn(() => Promise.resolve('hello')));
    await expect(sendMessage({ type: 'get-clip-status' })).rejects.toMatchObject({
      code: 'no-response',
    });
  });
});

describe('content script results', () => {
  const ok = {
    ok: true,
    result: clipResult(),
    pageHtml: '<html></html>',
    pageUrl: 'https://news.example.cn/a/1.html',
  };

  it('accepts a well-formed result and drops unknown fields', () => {
    const parsed = parseContentClipResponse({
      ...ok,
      extra: 'x',
      result: { ...clipResult(), injected: '<script>' },
    });
    expect(parsed).not.toBeNull();
    expect(parsed).not.toHaveProperty('extra');
    expect(parsed?.ok && parsed.result).not.toHaveProperty('injected');
    expect(parsed?.ok && parsed.result).toEqual(clipResult());
  });

  it('accepts the content script’s error answers', () => {
    expect(parseContentClipResponse({ ok: false, code: 'no-article', message: 'x' })).toEqual({
      ok: false,
      code: 'no-article',
      message: 'x',
    });
    expect(parseContentClipResponse({ ok: false, code: 'quota', message: 'x' })).toBeNull();
  });

  it.each([
    ['undefined (the script threw)', undefined],
    ['no pageHtml', { ...ok, pageHtml: 1 }],
    ['a javascript: page URL', { ...ok, pageUrl: 'javascript:alert(1)' }],
    [
      'a javascript: canonical URL',
      { ...ok, result: clipResult({ canonicalUrl: 'javascript:alert(1)' }) },
    ],
    ['a missing meta field', { ...ok, result: { ...clipResult(), meta: { title: 'x' } } }],
    [
      'a numeric title',
      {
        ...ok,
        result: clipResult({ meta: { ...clipResult().meta, title: 1 as unknown as string } }),
      },
    ],
    ['an unknown flag', { ...ok, result: clipResult({ flags: ['owned' as never] }) }],
    ['a negative word count', { ...ok, result: clipResult({ wordCount: -1 }) }],
    ['NaN word count', { ...ok, result: clipResult({ wordCount: Number.NaN }) }],
    [
      'an oversized title',
      { ...ok, result: clipResult({ meta: { ...clipResult().meta, title: 'x'.repeat(10_001) } }) },
    ],
  ])('rejects %s', (_label, value) => {
    expect(parseContentClipResponse(value)).toBeNull();
  });

  it('isClipResult checks the publishedAt type', () => {
    expect(
      isClipResult(
        clipResult({ meta: { ...clipResult().meta, publishedAt: '2024-01-01T00:00:00Z' } }),
      ),
    ).toBe(true);
    expect(
      isClipResult(clipResult({ meta: { ...clipResult().meta, publishedAt: 5 as never } })),
    ).toBe(false);
  });
});
