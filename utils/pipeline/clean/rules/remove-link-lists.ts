import { compactLength, textOf } from '../dom';
import type { CleanRule } from '../types';

/**
 * Blocks that are lists of links to other pages (headline lists, ad link farms, tag clouds): at
 * least three links and link text ≥ 60% of the block's text. A list item inside an article list is
 * judged with its list, not alone; blocks with most of the article text are never removed.
 */
export const removeLinkLists: CleanRule = {
  name: 'remove-link-lists',
  apply(root) {
    const total = compactLength(textOf(root));
    for (const el of Array.from(
      root.querySelectorAll('ul, ol, dl, div, table, p, section, aside'),
    )) {
      if (!root.contains(el) || el.closest('li') || el.closest('pre, code')) continue;
      const links = Array.from(el.querySelectorAll('a[href]')).filter((a) => textOf(a));
      if (links.length < 3) continue;
      const length = compactLength(textOf(el));
      if (length > total * 0.5) continue;
      if (wordLinkDensity(el) < 0.6) continue;
      // In-page links (a table of contents, footnotes) are part of the article.
      const external = links.filter((a) => !(a.getAttribute('href') ?? '').startsWith('#'));
      if (external.length < 3) continue;
      el.remove();
    }
  },
};

/** Link density over letters only: counts like "(88)" and separators do not dilute a link list. */
function wordLinkDensity(el: Element): number {
  const letters = (text: string): number => text.replace(/[\s\d\p{P}\p{S}]+/gu, '').length;
  const total = letters(el.textContent ?? '');
  if (total === 0) return 0;
  const linked = Array.from(el.querySelectorAll('a')).reduce((sum, a) => sum + letters(a.textContent ?? ''), 0);
  return linked / total;
}
