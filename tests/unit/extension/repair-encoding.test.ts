/**
 * A GBK page served as Latin: the browser (here jsdom, which decodes bytes by the same WHATWG
 * rules) holds "ÖÐÎÄ" for 中文; the content script clips a repaired copy. Latin pages and pages in
 * any other charset are left alone.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runContentClip, type ClipDocumentFn } from '@/utils/clip-tab/content-clip';
import { repairMisreadGbk } from '@/utils/clip-tab/repair-encoding';
import { clipDocumentAsync } from '@/utils/pipeline/run-async';
import { concatBytes, legacyEncode, utf8 } from '../encoding/legacy-encode';

const PAGE_URL = 'http://news.example/zh/2026/story.html';
const TITLE = '山区小学建成新操场';
const PARAGRAPHS = [
  '经过半年的施工，山区小学的新操场本周正式投入使用，全校两百多名学生第一次在塑胶跑道上上体育课。',
  '校长说，过去学生只能在泥地上跑步，一下雨就无法上课，现在孩子们每天都盼着上体育课。',
  '新操场由当地企业和村民共同出资修建，还配有篮球架、乒乓球台和一间存放器材的小屋。',
];

/** ASCII markup with Chinese text in GBK bytes, the way a legacy CMS writes its pages. */
function gbkPage(head: string, title: string, paragraphs: string[]): Uint8Array {
  const parts: Uint8Array[] = [
    utf8(`<!doctype html><html lang="zh-CN"><head>${head}<title>`),
    legacyEncode(title, 'gbk'),
    utf8('</title></head><body><article><h1>'),
    legacyEncode(title, 'gbk'),
    utf8('</h1>'),
  ];
  for (const text of paragraphs) {
    parts.push(utf8('<p>'), legacyEncode(text, 'gbk'), utf8('</p>'));
  }
  parts.push(
    utf8('<p><a href="/zh/2026/next.html">'),
    legacyEncode('下一篇', 'gbk'),
    utf8('</a>&nbsp;'),
    legacyEncode('责任编辑', 'gbk'),
    utf8('</p><img src="images/playground.jpg" alt="'),
    legacyEncode('新操场', 'gbk'),
    utf8('"></article></body></html>'),
  );
  return concatBytes(...parts);
}

/** A page from bytes, decoded as a browser would with this Content-Type. */
function served(bytes: Uint8Array, contentType: string): JSDOM {
  return new JSDOM(Buffer.from(bytes), { url: PAGE_URL, contentType });
}

function latin1(text: string): Uint8Array {
  const codes = Array.from(text, (char) => char.charCodeAt(0));
  if (codes.some((code) => code > 0xff)) throw new Error('not ISO-8859-1 text');
  return Uint8Array.from(codes);
}

/** The window once the page has loaded (the content script refuses a page still loading). */
async function loaded(dom: JSDOM): Promise<Window> {
  if (dom.window.document.readyState !== 'complete') {
    await new Promise((resolve) => dom.window.addEventListener('load', resolve, { once: true }));
  }
  return dom.window as unknown as Window;
}

describe('repairMisreadGbk', () => {
  it.each([
    ['text/html; charset=iso-8859-1', ''],
    ['text/html; charset=windows-1252', ''],
    ['text/html', '<meta charset="iso-8859-1">'],
    ['text/html; charset=iso-8859-1', '<meta charset="utf-8">'],
  ])('repairs GBK served as %s %s', (contentType, head) => {
    const dom = served(gbkPage(head, TITLE, PARAGRAPHS), contentType);
    const doc = dom.window.document;
    expect(doc.characterSet).toBe('windows-1252');
    expect(doc.title).not.toContain('山');

    const repaired = repairMisreadGbk(doc, PAGE_URL);
    expect(repaired).not.toBeNull();
    expect(repaired!.doc.title).toBe(TITLE);
    expect(repaired!.doc.querySelector('h1')?.textContent).toBe(TITLE);
    expect(repaired!.doc.querySelector('img')?.getAttribute('alt')).toBe('新操场');
    for (const text of PARAGRAPHS) expect(repaired!.doc.body.textContent).toContain(text);
    expect(repaired!.html).toContain(`<title>${TITLE}</title>`);
    expect(repaired!.html).not.toContain('\uFFFD');
  });

  it('keeps &nbsp; a space, not half of a Chinese character', () => {
    const doc = served(gbkPage('', TITLE, PARAGRAPHS), 'text/html; charset=iso-8859-1').window
      .document;
    const repaired = repairMisreadGbk(doc, PAGE_URL)!;
    expect(repaired.doc.body.textContent).toContain('下一篇\u00a0责任编辑');
  });

  it('makes relative URLs resolve against the page, not about:blank', () => {
    const doc = served(gbkPage('', TITLE, PARAGRAPHS), 'text/html; charset=iso-8859-1').window
      .document;
    const repaired = repairMisreadGbk(doc, PAGE_URL)!;
    const link = repaired.doc.querySelector('a')!;
    expect(new URL(link.getAttribute('href')!, link.baseURI).href).toBe(
      'http://news.example/zh/2026/next.html',
    );
    expect(repaired.doc.querySelector('img')!.baseURI).toBe(PAGE_URL);
    // The stored HTML is the page's own, without the <base> added for the pipeline.
    expect(repaired.html).not.toContain('<base');
  });

  it('keeps a page’s own <base>', () => {
    const head = '<base href="/mirror/">';
    const doc = served(gbkPage(head, TITLE, PARAGRAPHS), 'text/html; charset=iso-8859-1').window
      .document;
    const repaired = repairMisreadGbk(doc, PAGE_URL)!;
    expect(repaired.doc.querySelectorAll('base')).toHaveLength(1);
    expect(repaired.doc.querySelector('img')!.baseURI).toBe('http://news.example/mirror/');
  });

  it.each([
    [
      'French',
      'Les élèves étaient très fâchés ; à côté, la forêt brûlait déjà. Où êtes-vous allés, mère ?',
    ],
    [
      'German',
      'Über die Brücke gingen Männer, Frauen und Kinder; später aßen sie Käse und Äpfel im Grünen.',
    ],
    ['Latin capitals', 'ÀÉÎÕÜ ÀÉÎÕÜ ÀÉÎÕÜ: Latin capitals in a row are not Chinese. ÆØÅ ÇÑ ÿ'],
  ])('leaves a real %s page served as Latin alone', (_, text) => {
    const html =
      `<!doctype html><html><head><title>${text.slice(0, 40)}</title></head><body><article>` +
      `<p>${text}</p>`.repeat(6) +
      '</article></body></html>';
    const doc = served(latin1(html), 'text/html; charset=iso-8859-1').window.document;
    expect(doc.body.textContent).toContain(text);
    expect(repairMisreadGbk(doc, PAGE_URL)).toBeNull();
  });

  it('does not look at pages in other charsets', () => {
    // Even mojibake saved as UTF-8 is not the browser's misreading; the CLI repairs such files.
    const garbled = new TextDecoder('windows-1252').decode(legacyEncode(PARAGRAPHS[0]!, 'gbk'));
    const doc = served(
      utf8(`<!doctype html><title>t</title><p>${garbled}</p>`),
      'text/html; charset=utf-8',
    ).window.document;
    expect(repairMisreadGbk(doc, PAGE_URL)).toBeNull();
    const gbk = served(gbkPage('', TITLE, PARAGRAPHS), 'text/html; charset=gbk').window.document;
    expect(gbk.title).toBe(TITLE);
    expect(repairMisreadGbk(gbk, PAGE_URL)).toBeNull();
  });

  it('judges by the charset the browser used when given a copy', () => {
    const doc = served(gbkPage('', TITLE, PARAGRAPHS), 'text/html; charset=iso-8859-1').window
      .document;
    const copy = doc.implementation.createHTMLDocument('');
    copy.replaceChild(copy.importNode(doc.documentElement, true), copy.documentElement);
    expect(copy.characterSet).toBe('UTF-8');
    expect(repairMisreadGbk(copy, PAGE_URL)).toBeNull();
    expect(repairMisreadGbk(copy, PAGE_URL, doc.characterSet)?.doc.title).toBe(TITLE);
  });
});

describe('runContentClip on a GBK page served as Latin', () => {
  const request = { selectionOnly: false, wholePage: false };

  it('clips the repaired page and keeps the repaired HTML', async () => {
    const dom = served(gbkPage('', TITLE, PARAGRAPHS), 'text/html; charset=iso-8859-1');
    const answer = await runContentClip(await loaded(dom), request, clipDocumentAsync);
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    if (!answer.ok) return;
    expect(answer.result.meta.title).toBe(TITLE);
    expect(answer.result.markdown).toContain(PARAGRAPHS[1]);
    expect(answer.result.markdown).toContain('(http://news.example/zh/2026/next.html)');
    expect(answer.result.markdown).toContain(
      '![新操场](http://news.example/zh/2026/images/playground.jpg)',
    );
    expect(answer.result.markdown).not.toMatch(/[À-ÿ]/);
    expect(answer.pageHtml).toContain(PARAGRAPHS[2]);
    expect(answer.pageUrl).toBe(PAGE_URL);
  });

  it('repairs a selection with the page’s code page, however short', async () => {
    const dom = served(gbkPage('', TITLE, PARAGRAPHS), 'text/html; charset=iso-8859-1');
    const doc = dom.window.document;
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('h1')!);
    dom.window.getSelection()!.addRange(range);
    let seen = '';
    const clip: ClipDocumentFn = (pageDoc, url, options) => {
      seen = options?.selectionHtml ?? '';
      return clipDocumentAsync(pageDoc, url, options);
    };
    const answer = await runContentClip(
      await loaded(dom),
      { selectionOnly: true, wholePage: false },
      clip,
    );
    expect(seen).toContain(TITLE);
    expect(answer.ok && answer.result.markdown).toContain(TITLE);
  });

  it('passes a normal Latin page through untouched', async () => {
    const text = 'Les élèves étaient très fâchés ; à côté, la forêt brûlait déjà. '.repeat(8);
    const dom = served(
      latin1(`<!doctype html><title>Forêt</title><article><p>${text}</p></article>`),
      'text/html; charset=iso-8859-1',
    );
    let clipped: Document | undefined;
    const clip: ClipDocumentFn = (pageDoc, url, options) => {
      clipped = pageDoc;
      return clipDocumentAsync(pageDoc, url, options);
    };
    const answer = await runContentClip(await loaded(dom), request, clip);
    expect(clipped).toBe(dom.window.document);
    expect(answer.ok && answer.result.markdown).toContain('la forêt brûlait déjà');
  });
});
