import { wrapInline } from '../flanking';
import type { MarkdownRule } from '../rule';

/** `<del>`, `<s>`, `<strike>` → GFM `~~text~~` (or `<del>` where the tildes would not flank). */
export const strikethroughRule: MarkdownRule = {
  name: 'strikethrough',
  filter: ['del', 's', 'strike' as 's'],
  replacement: (content, node) => wrapInline(content, node, '~~', 'del'),
};
