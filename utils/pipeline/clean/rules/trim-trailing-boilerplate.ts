import { compactLength, hasMedia, textOf } from '../dom';
import { rootLines } from '../line-cache';
import { isProse, removeLine } from '../lines';
import type { CleanRule } from '../types';

/**
 * After the article's last paragraph, pages append short non-prose lines: listings (户型 面积 价格),
 * navigation words, counters. Walking back from the end, short lines without sentence punctuation
 * are removed until a prose line, a heading, or media is reached. Only when the article has prose at
 * all (a list-only clip such as a recipe index is left alone), and at most a few lines of it so a
 * page ending in a real list keeps it unless it is a run of many short lines.
 */
export const trimTrailingBoilerplate: CleanRule = {
  name: 'trim-trailing-boilerplate',
  apply(root, context) {
    const lines = rootLines(root, context);
    const lastProse = lines.map((l) => isProse(l.text)).lastIndexOf(true);
    if (lastProse < 0) return;
    const tail = lines.slice(lastProse + 1);
    if (tail.length === 0) return;
    const proseLength = lines
      .slice(0, lastProse + 1)
      .reduce((sum, l) => sum + compactLength(l.text), 0);
    const tailLength = tail.reduce((sum, l) => sum + compactLength(l.text), 0);
    const removable = tail.every(
      (l) =>
        compactLength(l.text) <= 30 &&
        // Dialogue and sign-offs (“谢谢你。”, 特此通告。) end sentences; listings do not.
        !/[。！？!?]/.test(l.text) &&
        !l.container.closest('table, pre, ol, ul, blockquote, figure, h1, h2, h3, h4, h5, h6') &&
        !l.nodes.some((n) => n.nodeType === 1 && hasMedia(n as Element)),
    );
    // A long tail of short lines is a listing appended to the page; a short one is the article's end.
    if (!removable || tailLength > proseLength * 0.5) return;
    // A numbered list written as lines ("1、香港") is content, not a listing.
    const numbered = tail.filter((l) => /^\(?\d{1,3}\s*[、.．)）]/.test(l.text)).length;
    if (numbered >= tail.length / 2) return;
    if (tail.length < 2 && !/^[\d\s.,:：/-]*$/.test(textOf(tail[0]?.container))) return;
    for (const line of tail) removeLine(line, root);
  },
};
