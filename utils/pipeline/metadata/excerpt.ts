import { normalizeSpace } from './meta-tags';

export const EXCERPT_CHARS = 200;

/**
 * About the first 200 characters of the article text, cut at a word boundary for spaced
 * languages and marked with … when cut; the page's description when the text is empty.
 */
export function makeExcerpt(text: string, description: string): string {
  const flat = normalizeSpace(text);
  if (!flat) return normalizeSpace(description);
  const chars = Array.from(flat);
  if (chars.length <= EXCERPT_CHARS) return flat;
  let cut = chars.slice(0, EXCERPT_CHARS).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // Only back off to a space in spaced text; CJK text can be cut anywhere.
  if (lastSpace > EXCERPT_CHARS * 0.6 && /\w$/.test(cut)) cut = cut.slice(0, lastSpace);
  return `${cut.replace(/[\s,，、;；:：]+$/, '')}…`;
}
