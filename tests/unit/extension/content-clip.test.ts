import { afterEach, describe, expect, it } from 'vitest';
import { hasOpenShadowRoot, withShadowRootsFlattened } from '@/utils/clip-tab/flatten-shadow';
import {
  runContentClip,
  takeContentRequest,
  type ClipDocumentFn,
} from '@/utils/clip-tab/content-clip';
import { selectionToHtml } from '@/utils/clip-tab/selection';
import { CONTENT_REQUEST_GLOBAL, parseContentClipResponse } from '@/utils/messages';
import { NoArticleError } from '@/utils/pipeline/errors';
import type { ClipResult } from '@/utils/types';

/** A stand-in pipeline: the "article" is the body text; no <article> element → no article. */
const fakeClipDocument: ClipDocumentFn = (doc, url, options = {}) => {
  const article = doc.querySelector('article');
  if (!article && !options.wholePage && !options.selectionHtml) throw new NoArticleError();
  const text = (options.selectionHtml ?? (article ?? doc.body).textContent ?? '').trim();
  const result: ClipResult = {
    url,
    canonicalUrl: url,
    id: '',
    meta: {
      title: doc.title,
      siteName: '',
      section: 'source',
      author: '',
      source: '',
      publishedAt: null,
      leadImage: '',
      lang: '',
      excerpt: '',
    },
    html: options.selectionHtml ?? '',
    markdown: text,
    text,
    wordCount: text.length,
    flags: options.wholePage ? ['whole-page'] : [],
  };
  return result;
};

const defaults = { selectionOnly: false, wholePage: false };

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  window.getSelection()?.removeAllRanges();
});

function article(text: string): HTMLElement {
  const element = document.createElement('article');
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  element.append(paragraph);
  return element;
}

describe('runContentClip', () => {
  it('returns plain data that passes the background’s validation', async () => {
    document.body.append(article('正文内容'));
    const answer = await runContentClip(window, defaults, fakeClipDocument);
    expect(answer).toMatchObject({ ok: true, pageUrl: window.location.href });
    const parsed = parseContentClipResponse(structuredClone(answer));
    expect(parsed?.ok).toBe(true);
    expect(answer.ok && answer.pageHtml).toContain('正文内容');
  });

  it('answers no-article, and clips when asked for the whole page', async () => {
    const paragraph = document.createElement('p');
    paragraph.textContent = 'menu';
    document.body.append(paragraph);
    expect(await runContentClip(window, defaults, fakeClipDocument)).toMatchObject({
      ok: false,
      code: 'no-article',
    });
    const whole = await runContentClip(window, { ...defaults, wholePage: true }, fakeClipDocument);
    expect(whole.ok && whole.result.flags).toEqual(['whole-page']);
  });

  it('clips only the selection, and says so when nothing is selected', async () => {
    document.body.append(article('第一段'), article('第二段 selected words'));
    expect(
      await runContentClip(window, { ...defaults, selectionOnly: true }, fakeClipDocument),
    ).toMatchObject({ ok: false, code: 'no-selection' });

    const range = document.createRange();
    range.selectNodeContents(document.querySelectorAll('article p')[1]!);
    window.getSelection()!.addRange(range);
    const answer = await runContentClip(
      window,
      { ...defaults, selectionOnly: true },
      fakeClipDocument,
    );
    expect(answer.ok && answer.result.text).toBe('第二段 selected words');
  });

  it('sees the text inside open shadow roots', async () => {
    const host = document.createElement('news-body');
    host.attachShadow({ mode: 'open' }).append(article('影子树里的正文'));
    document.body.append(host);
    const answer = await runContentClip(window, defaults, fakeClipDocument);
    expect(answer.ok && answer.result.text).toBe('影子树里的正文');
    // The live page is untouched.
    expect(document.body.textContent).toBe('');
  });

  it('falls back to a same-origin iframe holding the article', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const frameDoc = frame.contentDocument!;
    frameDoc.body.append(frameDoc.createElement('article'));
    frameDoc.querySelector('article')!.textContent = '框架中的文章'.repeat(50);
    const answer = await runContentClip(window, defaults, fakeClipDocument);
    expect(answer.ok && answer.result.text).toBe('框架中的文章'.repeat(50));
    expect(answer.ok && answer.frameUrl).toBe(frameDoc.URL);
  });

  it('refuses while the document is still being parsed', async () => {
    document.body.append(article('half an article'));
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      expect(await runContentClip(window, defaults, fakeClipDocument)).toMatchObject({
        ok: false,
        code: 'page-loading',
      });
    } finally {
      delete (document as unknown as Record<string, unknown>).readyState;
    }
    expect((await await runContentClip(window, defaults, fakeClipDocument)).ok).toBe(true);
  });

  it('stops with too-large on a page with more elements than the limit, unless clipping a selection', async () => {
    document.body.append(article('正文'), article('更多'));
    expect(await runContentClip(window, defaults, fakeClipDocument, 5)).toMatchObject({
      ok: false,
      code: 'too-large',
    });
    expect((await await runContentClip(window, defaults, fakeClipDocument, 50)).ok).toBe(true);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('article p')!);
    window.getSelection()!.addRange(range);
    expect(
      (
        await await runContentClip(
          window,
          { ...defaults, selectionOnly: true },
          fakeClipDocument,
          5,
        )
      ).ok,
    ).toBe(true);
  });

  it('reports a pipeline crash as unknown with the message', async () => {
    document.body.append(article('x'));
    const answer = await runContentClip(window, defaults, () => {
      throw new TypeError('boom');
    });
    expect(answer).toEqual({ ok: false, code: 'unknown', message: 'boom' });
  });
});

describe('takeContentRequest', () => {
  it('reads and clears the options the background set', () => {
    const scope: Record<string, unknown> = {
      [CONTENT_REQUEST_GLOBAL]: { selectionOnly: true, wholePage: false, category: '金融' },
    };
    expect(takeContentRequest(scope)).toEqual({
      selectionOnly: true,
      wholePage: false,
      category: '金融',
    });
    expect(CONTENT_REQUEST_GLOBAL in scope).toBe(false);
  });

  it('falls back to a plain page clip for missing or malformed options', () => {
    expect(takeContentRequest({})).toEqual(defaults);
    expect(takeContentRequest({ [CONTENT_REQUEST_GLOBAL]: { selectionOnly: 'yes' } })).toEqual(
      defaults,
    );
  });
});

describe('withShadowRootsFlattened', () => {
  it('returns the document itself when there is no shadow root', () => {
    document.body.append(article('x'));
    expect(hasOpenShadowRoot(document)).toBe(false);
    expect(withShadowRootsFlattened(document, 'https://a.example/')).toBe(document);
  });

  it('puts slotted light DOM where its slot is, and keeps slot fallback text', () => {
    const host = document.createElement('x-card');
    const light = document.createElement('span');
    light.setAttribute('slot', 'title');
    light.textContent = 'LIGHT';
    host.append(light);
    const shadow = host.attachShadow({ mode: 'open' });
    const heading = document.createElement('h2');
    const slot = document.createElement('slot');
    slot.setAttribute('name', 'title');
    heading.append(slot);
    const body = document.createElement('p');
    const empty = document.createElement('slot');
    empty.setAttribute('name', 'missing');
    empty.textContent = 'FALLBACK';
    body.append('before ', empty);
    shadow.append(heading, body);
    document.body.append(host);

    const flat = withShadowRootsFlattened(document, 'https://a.example/news/1.html');
    expect(flat).not.toBe(document);
    expect(flat.querySelector('x-card h2 span')?.textContent).toBe('LIGHT');
    expect(flat.querySelector('x-card p')?.textContent).toBe('before FALLBACK');
    expect(flat.querySelector('slot')).toBeNull();
    expect(flat.querySelector('base')?.getAttribute('href')).toBe('https://a.example/news/1.html');
  });

  it('leaves closed shadow roots closed', () => {
    const host = document.createElement('x-secret');
    host.attachShadow({ mode: 'closed' }).append(article('secret'));
    document.body.append(host);
    expect(hasOpenShadowRoot(document)).toBe(false);
  });
});

describe('selectionToHtml', () => {
  it('serializes every range without touching the page', () => {
    document.body.append(article('one'), article('two'));
    const range = document.createRange();
    range.selectNodeContents(document.body);
    window.getSelection()!.addRange(range);
    const html = selectionToHtml(window);
    expect(html).toContain('<article><p>one</p></article>');
    expect(html).toContain('<p>two</p>');
    expect(document.body.children).toHaveLength(2);
  });

  it('is empty for a collapsed or whitespace-only selection', () => {
    const paragraph = document.createElement('p');
    paragraph.textContent = '   ';
    document.body.append(paragraph);
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    window.getSelection()!.addRange(range);
    expect(selectionToHtml(window)).toBe('');
  });
});
