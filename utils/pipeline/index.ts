import type { ClipResult, QualityFlag } from '@/utils/types';
import { clipIdForUrlSync } from '@/utils/seed/url';
import { findCanonicalUrl } from './canonical';
import { htmlToMarkdown } from './markdown';
import { countWords, detectQualityFlags, extractMetadata } from './metadata';
import { htmlToPlainText } from './plain-text';
import { preparePage } from './prepare';
import { extractArticle, type ExtractedArticle } from './readability';

export { NoArticleError, isNoArticleError } from './errors';
export { htmlToPlainText } from './plain-text';

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
 * Page in, clean article out: prepare a clone (lazy images, absolute URLs, no scripts) → Readability
 * on a second clone → cleaning rules → metadata → Markdown → plain text → quality flags.
 * Never modifies `doc`. Throws NoArticleError when there is no article and `wholePage` is not set.
 */
export function clipDocument(doc: Document, url: string, options: ClipOptions = {}): ClipResult {
  const prepared = preparePage(doc, url);
  const article = extractArticle(prepared, url, options);
  return assembleClip(prepared, article, url);
}

/** The stages after extraction (metadata → Markdown → flags), shared with run-async.ts. */
export function assembleClip(
  prepared: Document,
  article: ExtractedArticle,
  url: string,
): ClipResult {
  const meta = extractMetadata(prepared, url, {
    title: article.title,
    byline: article.byline,
    excerpt: article.excerpt,
    siteName: article.siteName,
    lang: article.lang,
    publishedTime: article.publishedTime,
    content: article.content,
  });
  const text = htmlToPlainText(article.content);
  const flags: QualityFlag[] = detectQualityFlags(text, article.content);
  if (article.mode === 'whole-page') flags.push('whole-page');
  if (article.mode === 'selection') flags.push('selection');
  const canonicalUrl = findCanonicalUrl(prepared, url);
  return {
    url,
    canonicalUrl,
    id: clipIdForUrlSync(canonicalUrl),
    meta,
    html: article.content.innerHTML.trim(),
    markdown: htmlToMarkdown(article.content),
    text,
    wordCount: countWords(text),
    flags: [...new Set(flags)],
  };
}
