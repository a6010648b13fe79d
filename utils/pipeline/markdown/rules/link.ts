import type { MarkdownRule } from '../rule';
import { baseUrlOf, markdownDestination, markdownTitle, resolveUrl } from '../url-safety';

/**
 * `<a href>` → `[text](absolute-url "title")`. Script-capable hrefs (javascript:, vbscript:,
 * data:) and same-page anchors keep only their text; a link around blocks keeps the blocks, since
 * a Markdown link cannot span paragraphs.
 */
export const linkRule: MarkdownRule = {
  name: 'link',
  filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
  replacement: (content, node) => {
    const text = content.trim();
    if (!text) return '';
    const href = node.getAttribute('href') ?? '';
    if (/^\s*#/.test(href) || /\n\s*\n/.test(text)) return content;
    const url = resolveUrl(href, baseUrlOf(node));
    if (!url) return content;
    return `[${text.replace(/\n+/g, ' ')}](${markdownDestination(url)}${markdownTitle(node.getAttribute('title'))})`;
  },
};
