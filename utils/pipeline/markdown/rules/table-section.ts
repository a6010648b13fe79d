import type { MarkdownRule } from '../rule';
import { closestTable, tableShape } from '../table-shape';

/** `<thead>`/`<tbody>`/`<tfoot>` of a pipe table: just their rows, no blank lines between. */
export const tableSectionRule: MarkdownRule = {
  name: 'tableSection',
  filter: (node) => {
    if (!['THEAD', 'TBODY', 'TFOOT', 'CAPTION'].includes(node.nodeName)) return false;
    const table = closestTable(node);
    return !!table && tableShape(table) === 'gfm';
  },
  // The caption is written by the table rule.
  replacement: (content, node) => (node.nodeName === 'CAPTION' ? '' : content),
};
