import { listOf } from '../prepare/elements';

/**
 * `<meta>` values of a page, looked up by any of the names sites use for the same thing
 * (`property="og:title"`, `name="og:title"`, `itemprop="headline"` …). Keys are lower-cased, the
 * first non-empty value for a key wins (pages often repeat a tag with a site-wide default later).
 */
export type MetaTags = Map<string, string>;

export function readMetaTags(doc: Document): MetaTags {
  return metaTagsOf(listOf(doc.getElementsByTagName('meta')));
}

/** readMetaTags from the page's `<meta>` elements in document order (readPageFacts lists them). */
export function metaTagsOf(metas: readonly Element[]): MetaTags {
  const tags: MetaTags = new Map();
  // `property` (Open Graph's own attribute) before `name`/`itemprop`/`http-equiv` spellings.
  for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
    for (const meta of metas) {
      const value = (meta.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
      if (!value) continue;
      // One tag may declare several properties: property="og:title twitter:title".
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !tags.has(key)) tags.set(key, value);
      }
    }
  }
  return tags;
}

/** The first of `keys` that the page sets. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return '';
}

/** Whitespace collapsed (including NBSP and ideographic space), trimmed. */
export function normalizeSpace(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}
