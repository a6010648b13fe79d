import type { MarkdownRule } from '../rule';
import { closestTable, columnCount, headerRow, rowCells, tableShape } from '../table-shape';

/** A row of a pipe table: `| a | b |`, padded to the table's width; the header row gets `| --- |`. */
export const tableRowRule: MarkdownRule = {
  name: 'tableRow',
  filter: (node) => {
    if (node.nodeName !== 'TR') return false;
    const table = closestTable(node);
    return !!table && tableShape(table) === 'gfm';
  },
  replacement: (content, node) => {
    const table = closestTable(node)!;
    const columns = columnCount(table);
    const missing = columns - rowCells(node).length;
    const row = `|${content}${' |'.repeat(Math.max(0, missing))}`;
    if (headerRow(table) !== node) return `\n${row}`;
    return `\n${row}\n|${' --- |'.repeat(columns)}`;
  },
};
