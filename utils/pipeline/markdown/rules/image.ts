import { isPlaceholderImageUrl } from '../../metadata/placeholder-image';
import type { MarkdownRule } from '../rule';
import { baseUrlOf, markdownDestination, markdownTitle, resolveUrl } from '../url-safety';

/**
 * `<img>` → `![alt](absolute-url "title")`. Lazy-loading placeholders and inline `data:` images are
 * dropped: a seed file needs a URL a reader can fetch, not a spacer GIF or a base64 blob.
 */
export const imageRule: MarkdownRule = {
  name: 'image',
  filter: 'img',
  replacement: (_content, node) => {
    const src = node.getAttribute('src') ?? '';
    if (isPlaceholderImageUrl(src) || /^\s*data:/i.test(src)) return '';
    const url = resolveUrl(src, baseUrlOf(node));
    if (!url) return '';
    const alt = (node.getAttribute('alt') ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\[\]]/g, '\\$&');
    return `![${alt}](${markdownDestination(url)}${markdownTitle(node.getAttribute('title'))})`;
  },
};
