import type { ClipMetadata, ClipResult, QualityFlag } from '@/utils/types';
import { clipIdForUrlSync } from '@/utils/seed/url';
import { consumeElementToMarkdown } from './markdown';
import {
  countWords,
  detectQualityFlags,
  metadataFromFacts,
  readPageFacts,
  type PageFacts,
} from './metadata';
import { htmlToPlainText } from './plain-text';
import { preparePage } from './prepare';
import {
  extractArticle,
  needsPreparedPage,
  readArticle,
  type ExtractedArticle,
} from './readability';

export { NoArticleError, isNoArticleError } from './errors';
export { htmlToPlainText } from './plain-text';
// The stages of clipDocument, for a caller that runs them one at a time (e.g. yielding in between).
export { preparePage } from './prepare';
export { extractArticle, readArticle, type ExtractedArticle } from './readability';
export { readPageFacts, type PageFacts } from './metadata';

export interface ClipOptions {
  /** HTML of the user's selection: clipped (and cleaned) instead of the detected article. */
  selectionHtml?: string;
  /** Clip the whole page when no article is found instead of throwing NoArticleError. */
  wholePage?: boolean;
  /** The collection category (stored by the caller; accepted here so one options object flows through). */
  category?: string;
  /** See ExtractOptions.minArticleWords: the extension passes BROWSER_MIN_ARTICLE_WORDS. */
  minArticleWords?: number;
}

/**
 * Page in, clean article out: prepare a clone (lazy images, absolute URLs, no scripts) → read the
 * page's metadata facts → Readability on that clone (on a second clone only when the selection or
 * whole-page path may still need the page) → cleaning rules → metadata → Markdown → plain text →
 * quality flags. Never modifies `doc`. Throws NoArticleError when there is no article and
 * `wholePage` is not set.
 */
export function clipDocument(doc: Document, url: string, options: ClipOptions = {}): ClipResult {
  const prepared = preparePage(doc, url);
  const page = readPageFacts(prepared, url);
  const fields = readArticle(prepared, !needsPreparedPage(options));
  const article = extractArticle(prepared, url, options, fields);
  return assembleClip(page, article, url);
}

/** The stages after extraction (describe → render), shared with run-async.ts. */
export function assembleClip(page: PageFacts, article: ExtractedArticle, url: string): ClipResult {
  const described = describeClip(page, url, article);
  return { url, ...described, ...renderClip(article) };
}

/** Stage 3: what the clip is — metadata off the page's facts and the article, canonical URL, id. */
export function describeClip(
  page: PageFacts,
  url: string,
  article: ExtractedArticle,
): { canonicalUrl: string; id: string; meta: ClipMetadata } {
  const meta = metadataFromFacts(page, url, {
    title: article.title,
    byline: article.byline,
    excerpt: article.excerpt,
    siteName: article.siteName,
    lang: article.lang,
    publishedTime: article.publishedTime,
    content: article.content,
  });
  const canonicalUrl = page.canonicalUrl;
  return { canonicalUrl, id: clipIdForUrlSync(canonicalUrl), meta };
}

/**
 * Stage 4 (last): the article as HTML, plain text and Markdown, with its quality flags. Consumes
 * `article.content` (the Markdown step changes it), so describeClip must run before.
 */
export function renderClip(
  article: ExtractedArticle,
): Pick<ClipResult, 'html' | 'markdown' | 'text' | 'wordCount' | 'flags'> {
  const text = htmlToPlainText(article.content);
  const wordCount = countWords(text);
  const flags: QualityFlag[] = detectQualityFlags(text, article.content, wordCount);
  if (article.mode === 'whole-page') flags.push('whole-page');
  if (article.mode === 'selection') flags.push('selection');
  const html = article.content.innerHTML.trim();
  return {
    html,
    markdown: consumeElementToMarkdown(article.content),
    text,
    wordCount,
    flags: [...new Set(flags)],
  };
}
