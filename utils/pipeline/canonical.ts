import { canonicalizeUrl } from '@/utils/seed/url';
import { absoluteUrl } from './prepare/absolute-urls';
import { attributeEquals, elementsByTag, hasToken } from './prepare/elements';

/** Host without a leading "www." / "m." so www.example.com and m.example.com count as one site. */
function siteOf(host: string): string {
  return host.toLowerCase().replace(/^(?:www|m|wap)\./, '');
}

/**
 * The page's canonical URL: `<link rel=canonical>` or `og:url` when it points at the same site
 * (a cross-site canonical is a syndication hint, not this page's identity), else the page URL —
 * then normalized by the seed module's canonicalizeUrl (tracking parameters, case, fragment).
 */
export function findCanonicalUrl(doc: Document, url: string): string {
  return canonicalUrlOf(elementsByTag(doc, 'link'), elementsByTag(doc, 'meta'), url);
}

/**
 * findCanonicalUrl from the page's `<link>` and `<meta>` elements in document order (readPageFacts
 * lists them in its one walk over the page).
 */
export function canonicalUrlOf(
  links: readonly Element[],
  metas: readonly Element[],
  url: string,
): string {
  // `link[rel~="canonical" i][href]` and `meta[property="og:url" i][content]`, without a selector
  // engine pass over the whole page for each.
  const candidates = [
    links
      .find((link) => link.hasAttribute('href') && hasToken(link, 'rel', 'canonical'))
      ?.getAttribute('href'),
    metas
      .find((meta) => meta.hasAttribute('content') && attributeEquals(meta, 'property', 'og:url'))
      ?.getAttribute('content'),
  ];
  let pageHost = '';
  try {
    pageHost = siteOf(new URL(url).hostname);
  } catch {
    // A non-URL (a file path given to the CLI) has no site: any absolute canonical is taken.
  }
  for (const candidate of candidates) {
    const absolute = candidate ? absoluteUrl(candidate, url) : null;
    if (!absolute || !/^https?:/i.test(absolute)) continue;
    if (pageHost && siteOf(new URL(absolute).hostname) !== pageHost) continue;
    return safeCanonicalize(absolute);
  }
  return safeCanonicalize(url);
}

function safeCanonicalize(url: string): string {
  try {
    return canonicalizeUrl(url);
  } catch {
    return url;
  }
}
