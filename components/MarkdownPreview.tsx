/**
 * The preview body: the clip's Markdown rendered by marked (utils/pipeline/markdown) and then
 * sanitized by SafeHtml. Loaded with a dynamic import so marked and DOMPurify stay out of the
 * popup's first chunk.
 */
import { markdownToHtml } from '@/utils/pipeline/markdown/to-html';
import { SafeHtml } from './SafeHtml';

export interface MarkdownPreviewProps {
  markdown: string;
  /** Fallback when a clip has no Markdown (HTML body mode imports): still sanitized. */
  html: string;
  lang?: string;
}

export function MarkdownPreview({ markdown, html, lang }: MarkdownPreviewProps) {
  const rendered = markdown.trim() ? markdownToHtml(markdown) : html;
  return <SafeHtml html={rendered} class="preview-body" lang={lang} data-testid="preview" />;
}

export default MarkdownPreview;
