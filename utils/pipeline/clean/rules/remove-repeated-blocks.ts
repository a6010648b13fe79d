import { compactLength } from '../dom';
import { rootLines } from '../line-cache';
import { removeLine } from '../lines';
import type { CleanRule } from '../types';

const MIN_LINES = 8;

function key(text: string): string {
  return text.replace(/[\s\u00a0]+/g, '').toLowerCase();
}

/**
 * Lines repeated from earlier in the article (pages that append the article's paragraphs again, or
 * a teaser block repeating the lead). Only substantial lines (≥ 20 characters) count, and a text
 * occurring more than twice is a deliberate refrain (a chorus, a table label), never removed.
 * Only second occurrences in the latter half of an article of at least MIN_LINES lines go.
 */
export const removeRepeatedBlocks: CleanRule = {
  name: 'remove-repeated-blocks',
  apply(root, context) {
    // Whole blocks only: a line wrapped with <br> inside a paragraph is not a repeated block.
    const lines = rootLines(root, context).filter(
      (line) =>
        compactLength(line.text) >= 20 &&
        compactLength(line.text) === compactLength(line.container.textContent ?? ''),
    );
    const counts = new Map<string, number>();
    for (const line of lines) counts.set(key(line.text), (counts.get(key(line.text)) ?? 0) + 1);
    // Short articles repeating a paragraph do it on purpose; template repeats come in long pages.
    if (lines.length < MIN_LINES) return false;
    let changed = false;
    const seen = new Set<string>();
    for (const [index, line] of lines.entries()) {
      const k = key(line.text);
      if (line.container.closest('pre, code, table')) continue;
      if (seen.has(k) && counts.get(k) === 2 && index >= lines.length / 2) {
        removeLine(line, root);
        changed = true;
      }
      seen.add(k);
    }
    return changed;
  },
};
