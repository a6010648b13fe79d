import { insideSame, wrapInline } from '../flanking';
import type { MarkdownRule } from '../rule';

const TAGS = ['EM', 'I'] as const;

/**
 * `<em>`/`<i>` → `*text*`. The asterisk (not `_`) because `_` never opens emphasis inside a word,
 * and CommonMark counts CJK characters as word characters.
 */
export const emphasisRule: MarkdownRule = {
  name: 'emphasis',
  filter: ['em', 'i'],
  replacement: (content, node) =>
    insideSame(node, TAGS) ? content : wrapInline(content, node, '*', 'em'),
};
