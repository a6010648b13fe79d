import type { ClipMetadata } from '../../types';
import { extractAuthor, extractSource } from './author';
import { extractPublishedAt } from './dates';
import { makeExcerpt } from './excerpt';
import { jsonLdField } from './json-ld';
import { extractLang, isChinesePage } from './lang';
import { extractLeadImage } from './lead-image';
import { firstMeta, normalizeSpace } from './meta-tags';
import { linesNearTitle, textLines } from './page-text';
import { readPageFacts, type PageFacts } from './page-facts';
import { extractSection } from './section';
import { hostOf, knownSiteName } from './site-names';
import { extractTitle } from './title';

export { countWords } from './words';
export { detectQualityFlags, TOO_SHORT_WORDS } from './quality-flags';
export { isPlaceholderImageUrl } from './placeholder-image';
export { readPageFacts, type PageFacts } from './page-facts';

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
  return metadataFromFacts(readPageFacts(doc, url), url, article);
}

/** extractMetadata from the page's facts, read before Readability changed the page (page-facts.ts). */
export function metadataFromFacts(
  page: PageFacts,
  url: string,
  article: ArticleFields,
): ClipMetadata {
  const { tags, jsonLd } = page;
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

  const headings = page.h1Texts;
  const title = extractTitle(
    page.titleElementText,
    tags,
    { siteNames, host, headings },
    article.title ?? '',
  );

  const lang = extractLang(
    page.rootLangs,
    tags,
    article.lang ?? '',
    articleText || page.bodyTextSample,
  );
  const nearTitle = linesNearTitle(page.titleHeadings, page.topLines, title);
  const publishedAt = extractPublishedAt(
    page.timeDate,
    tags,
    jsonLd,
    nearTitle,
    article.publishedTime ?? '',
    {
      chinese: isChinesePage(lang, host),
    },
  );
  const pageTop = page.pageTop;

  return {
    title,
    siteName,
    section: extractSection(tags, jsonLd, title, siteNames, page.breadcrumbs),
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
