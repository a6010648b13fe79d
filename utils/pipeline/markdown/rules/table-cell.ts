import type { MarkdownRule } from '../rule';
import { closestTable, tableShape } from '../table-shape';

/** A cell of a pipe table: one line, `|` escaped, line breaks as `<br>`. */
export const tableCellRule: MarkdownRule = {
  name: 'tableCell',
  filter: (node) => {
    if (node.nodeName !== 'TD' && node.nodeName !== 'TH') return false;
    const table = closestTable(node);
    return !!table && tableShape(table) === 'gfm';
  },
  replacement: (content) => {
    const text = content
      .trim()
      .replace(/ {2}\n/g, '<br>')
      .replace(/\n+/g, ' ')
      .replace(/(?<!\\)\|/g, '\\|');
    return ` ${text} |`;
  },
};
