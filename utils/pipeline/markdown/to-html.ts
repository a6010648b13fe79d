import { marked } from 'marked';

// Kept apart from htmlToMarkdown so the content script (which only converts to Markdown) does not
// bundle marked.
/**
 * HTML for the preview pane. GitHub-flavoured, synchronous. The output is NOT sanitized: raw HTML
 * in the Markdown passes through, so callers render it only through components/SafeHtml.
 */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}
