/**
 * Runs one extractor on one saved page, in Node with jsdom: shared by the evaluation and the
 * benchmark so both measure the same thing. Every extractor gets a fresh jsdom of the same decoded
 * page (Readability mutates the document it is given).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtmlBytes } from '../../utils/encoding/decode-html';
import { clipDocument } from '../../utils/pipeline/index';

/** A URL jsdom accepts: the page's own, else a placeholder that still resolves relative links. */
export function pageUrl(url: string, id: string): string {
  try {
    return new URL(url).href;
  } catch {
    return `https://example.invalid/${encodeURIComponent(id)}`;
  }
}

export function decodePage(bytes: Uint8Array): { html: string; encoding: string } {
  const decoded = decodeHtmlBytes(bytes);
  return { html: decoded.text, encoding: decoded.encoding };
}

/**
 * A fresh document; callers close its window when done (jsdom holds on to it otherwise). A silent
 * virtual console: jsdom's "Could not parse CSS stylesheet" noise is not the page's content.
 */
export function parsePage(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
}

/** Our pipeline's scored text: ClipResult.text. */
export function runOurs(dom: JSDOM, url: string): string {
  return clipDocument(dom.window.document, url).text;
}

/** Plain Readability.js with default options: its article's textContent ('' when it finds none). */
export function runReadability(dom: JSDOM): string {
  return new Readability(dom.window.document).parse()?.textContent ?? '';
}

export type ExtractorName = 'ours' | 'readability';

export interface ExtractorOutcome {
  text: string;
  /** Set when the extractor threw: `<ErrorName>: message` (NoArticleError scores as ''). */
  error?: string;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}

/** Parses a fresh jsdom for the extractor, runs it, closes the window; errors become outcomes. */
export function extract(name: ExtractorName, html: string, url: string): ExtractorOutcome {
  let dom: JSDOM | undefined;
  try {
    dom = parsePage(html, url);
    return { text: name === 'ours' ? runOurs(dom, url) : runReadability(dom) };
  } catch (error) {
    return { text: '', error: describeError(error) };
  } finally {
    dom?.window.close();
  }
}
