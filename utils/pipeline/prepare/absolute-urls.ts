import { elementsByTag, forEachElement } from './elements';

/** Attributes holding one URL, by the elements that carry them. */
const URL_ATTRIBUTES: ReadonlyMap<string, readonly string[]> = new Map([
  ['a', ['href']],
  ['area', ['href']],
  ['img', ['src']],
  ['source', ['src']],
  ['video', ['src', 'poster']],
  ['audio', ['src']],
  ['iframe', ['src']],
  ['embed', ['src']],
  ['track', ['src']],
  ['link', ['href']],
  ['blockquote', ['cite']],
  ['q', ['cite']],
]);

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * The base every relative URL resolves against: the page's `<base href>` (itself relative to the
 * page URL) when present, else the page URL.
 */
export function documentBaseUrl(doc: Document, pageUrl: string): string {
  const href = elementsByTag(doc, 'base')
    .find((base) => base.hasAttribute('href'))
    ?.getAttribute('href');
  if (href) {
    try {
      return new URL(href, pageUrl).href;
    } catch {
      // An unparsable <base> is ignored, as browsers do.
    }
  }
  return pageUrl;
}

export function absoluteUrl(value: string, base: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  // In-page anchors stay as they are: an absolute form would point back at the live page.
  if (trimmed.startsWith('#')) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

/** Makes every `src`/`href` (and `srcset` candidate) absolute against `base`. */
export function makeUrlsAbsolute(root: Document | Element, base: string): void {
  forEachElement(root, (el) => makeElementUrlsAbsolute(el, base));
}

/** makeUrlsAbsolute for one element: one walk does the page instead of a selector query per attribute. */
export function makeElementUrlsAbsolute(el: Element, base: string): void {
  // Type selectors match HTML elements case-insensitively and others (svg:a) by exact name.
  const name = el.namespaceURI === HTML_NS ? el.localName.toLowerCase() : el.localName;
  for (const attribute of URL_ATTRIBUTES.get(name) ?? []) {
    const value = el.getAttribute(attribute);
    if (value === null || /^data:/i.test(value.trim())) continue;
    const absolute = absoluteUrl(value, base);
    if (absolute === null) el.removeAttribute(attribute);
    else if (absolute !== value) el.setAttribute(attribute, absolute);
  }
  const srcset = el.getAttribute('srcset');
  if (srcset === null) return;
  const rewritten = srcset
    .split(/,\s+/)
    .map((candidate) => {
      const [url = '', ...rest] = candidate.trim().split(/\s+/);
      const absolute = /^data:/i.test(url) ? url : absoluteUrl(url, base);
      return absolute ? [absolute, ...rest].join(' ') : '';
    })
    .filter(Boolean)
    .join(', ');
  el.setAttribute('srcset', rewritten);
}
