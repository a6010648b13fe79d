import { insideSame, wrapInline } from '../flanking';
import type { MarkdownRule } from '../rule';

const TAGS = ['STRONG', 'B'] as const;

/** `<strong>`/`<b>` → `**text**` with no spaces added around CJK text (see flanking.ts). */
export const strongRule: MarkdownRule = {
  name: 'strong',
  filter: ['strong', 'b'],
  replacement: (content, node) =>
    insideSame(node, TAGS) ? content : wrapInline(content, node, '**', 'strong'),
};
