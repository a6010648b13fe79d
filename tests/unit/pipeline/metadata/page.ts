import { JSDOM } from 'jsdom';
import type { ClipMetadata } from '../../../../utils/types';
import { extractMetadata, type ArticleFields } from '../../../../utils/pipeline/metadata';

/** Metadata of a small page; the article body is the #content element (or the body). */
export function metaOf(
  html: string,
  url: string,
  article: Partial<ArticleFields> = {},
): ClipMetadata {
  const doc = new JSDOM(html, { url }).window.document;
  const content = doc.getElementById('content') ?? doc.body;
  return extractMetadata(doc, url, { ...article, content });
}
