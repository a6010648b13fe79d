/**
 * A Chinese page whose GBK bytes are served as `charset=iso-8859-1` (or windows-1252, with no or a
 * lying <meta>) is decoded by the browser as windows-1252, so its DOM holds "ÖÐÎÄ" where the page
 * says 中文. The CLI repairs such text when it decodes the bytes (utils/encoding/decode-html.ts);
 * in the browser the bytes are gone, but the mapping is reversible: serialize the document, undo
 * the Latin decode (utils/encoding/mojibake.ts), and parse the result as a new document.
 */
import { repairGbkMojibake } from '../encoding/mojibake';

/** The encodings a browser decodes GBK bytes with when a page is labelled Latin (WHATWG names). */
const LATIN_CHARSETS = new Set(['windows-1252', 'iso-8859-1', 'iso-8859-15']);

/** Enough text to judge a page by: repairGbkMojibake needs a few dozen suspect characters. */
const SAMPLE_TEXT_CHARS = 16_384;

const SHOW_TEXT = 0x4;
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

export interface RepairedDocument {
  /** A new document parsed from the repaired HTML; relative URLs resolve against the page URL. */
  doc: Document;
  /** The document's HTML (its root element) with the text repaired, as pageHtmlOf would give it. */
  html: string;
  /** The code page the browser mistook the GBK bytes for. */
  misreadAs: string;
}

/** The title and the first visible text of the body, up to SAMPLE_TEXT_CHARS characters. */
function textSample(doc: Document): string {
  const parts = [doc.title];
  let length = doc.title.length;
  const root = doc.body ?? doc.documentElement;
  if (!root) return doc.title;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node && length < SAMPLE_TEXT_CHARS; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent && NOT_TEXT.has(parent.localName)) continue;
    const text = node.nodeValue ?? '';
    parts.push(text);
    length += text.length;
  }
  // A no-break space is almost always `&nbsp;` in the source, not half of a GBK character (the
  // HTML is repaired with it kept as `&nbsp;`); taken as the byte 0xA0 it would shift every
  // character after it and make the page look like no encoding at all.
  return parts
    .join('\n')
    .slice(0, SAMPLE_TEXT_CHARS)
    .replace(/\u00a0/g, ' ');
}

/**
 * The page as it should have been decoded, or null when it was not GBK read as Latin (the usual
 * case: any other charset returns at once, a Latin page after a look at its first text).
 * `characterSet` is the encoding the browser decoded the page with: pass the live page's when
 * `doc` is a copy of it (a copy made with createHTMLDocument says UTF-8).
 */
export function repairMisreadGbk(
  doc: Document,
  pageUrl: string,
  characterSet: string = doc.characterSet,
): RepairedDocument | null {
  if (!LATIN_CHARSETS.has(characterSet.toLowerCase())) return null;
  if (!doc.documentElement || !repairGbkMojibake(textSample(doc))) return null;

  // Reading outerHTML keeps U+00A0 as `&nbsp;`, as the page's source most likely had it: left
  // as the character it would be taken for the GBK byte 0xA0 and glued to the text around it.
  const repair = repairGbkMojibake(doc.documentElement.outerHTML);
  if (!repair) return null;
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  const repaired = new Parser().parseFromString(doctype + repair.text, 'text/html');
  // A parsed document's URL is not the page's everywhere (about:blank in some DOMs); the
  // pipeline resolves against the page URL it is given, and a <base> keeps node.baseURI right too.
  if (!repaired.querySelector('base[href]')) {
    const base = repaired.createElement('base');
    base.setAttribute('href', pageUrl);
    repaired.head.insertBefore(base, repaired.head.firstChild);
  }
  return { doc: repaired, html: repair.text, misreadAs: repair.misreadAs };
}
