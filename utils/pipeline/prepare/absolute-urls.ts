/** Attributes holding one URL, by the elements that carry them. */
const URL_ATTRIBUTES: ReadonlyArray<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['track[src]', 'src'],
  ['link[href]', 'href'],
  ['blockquote[cite]', 'cite'],
  ['q[cite]', 'cite'],
];

/**
 * The base every relative URL resolves against: the page's `<base href>` (itself relative to the
 * page URL) when present, else the page URL.
 */
export function documentBaseUrl(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
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
export function makeUrlsAbsolute(root: ParentNode, base: string): void {
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      const value = el.getAttribute(attribute) ?? '';
      if (/^data:/i.test(value.trim())) continue;
      const absolute = absoluteUrl(value, base);
      if (absolute === null) el.removeAttribute(attribute);
      else if (absolute !== value) el.setAttribute(attribute, absolute);
    }
  }
  for (const el of Array.from(root.querySelectorAll('[srcset]'))) {
    const srcset = el.getAttribute('srcset') ?? '';
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
}
