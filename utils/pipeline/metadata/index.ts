import type { ClipMetadata } from '../../types';
import { extractAuthor, extractSource } from './author';
import { extractPublishedAt } from './dates';
import { makeExcerpt } from './excerpt';
import { readJsonLd, jsonLdField } from './json-ld';
import { extractLang, isChinesePage } from './lang';
import { extractLeadImage } from './lead-image';
import { firstMeta, normalizeSpace, readMetaTags } from './meta-tags';
import { linesNearTitle, textLines } from './page-text';
import { extractSection } from './section';
import { hostOf, knownSiteName } from './site-names';
import { extractTitle } from './title';

export { countWords } from './words';
export { detectQualityFlags, TOO_SHORT_WORDS } from './quality-flags';
export { isPlaceholderImageUrl } from './placeholder-image';

/** What Readability (or the selection/whole-page path) found; every field but content optional. */
export interface ArticleFields {
  title?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  lang?: string;
  publishedTime?: string;
  /** The cleaned article body. */
  content: Element;
}

/**
 * Reads the clip's metadata off the prepared page (absolute URLs) and the cleaned article.
 * Pure: the document is only read.
 */
export function extractMetadata(doc: Document, url: string, article: ArticleFields): ClipMetadata {
  const tags = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  const host = hostOf(url);
  const articleText = textLines(article.content, 20_000).join(' ');

  const declaredSiteName = normalizeSpace(
    firstMeta(tags, [
      'og:site_name',
      'application-name',
      'apple-mobile-web-app-title',
      'twitter:site:name',
    ]) ||
      article.siteName ||
      jsonLdField(jsonLd, 'publisher'),
  );
  const tableName = knownSiteName(host);
  const siteName = declaredSiteName || tableName || host;
  const siteNames = [declaredSiteName, tableName].filter(Boolean);

  const headings = Array.from(doc.getElementsByTagName('h1'))
    .slice(0, 5)
    .map((h) => normalizeSpace(h.textContent))
    .filter((text) => text.length >= 2 && text.length <= 300);
  const title = extractTitle(doc, tags, { siteNames, host, headings }, article.title ?? '');

  const lang = extractLang(
    doc,
    tags,
    article.lang ?? '',
    articleText || normalizeSpace(doc.body?.textContent).slice(0, 5_000),
  );
  const nearTitle = linesNearTitle(doc, title);
  const publishedAt = extractPublishedAt(
    doc,
    tags,
    jsonLd,
    nearTitle,
    article.publishedTime ?? '',
    {
      chinese: isChinesePage(lang, host),
    },
  );
  const pageTop = doc.body ? textLines(doc.body, 8_000) : [];

  return {
    title,
    siteName,
    section: extractSection(doc, tags, jsonLd, title, siteNames),
    author: extractAuthor(tags, jsonLd, article.byline ?? '', nearTitle),
    source: extractSource(tags, nearTitle, pageTop),
    publishedAt,
    leadImage: extractLeadImage(tags, jsonLd, article.content, url),
    lang,
    excerpt: makeExcerpt(
      articleText,
      firstMeta(tags, ['description', 'og:description', 'twitter:description']) ||
        (article.excerpt ?? ''),
    ),
  };
}
