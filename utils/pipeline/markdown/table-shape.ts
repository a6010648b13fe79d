/**
 * How a table becomes Markdown. `gfm`: a pipe table (one header row, no merged cells, cells of
 * inline content). `html`: kept as (sanitized) HTML because a pipe table cannot express it —
 * colspan/rowspan, nested tables, lists or several paragraphs in a cell. `unwrap`: a one-column
 * layout table (old Chinese sites put whole articles in one), written as the blocks it contains.
 */
import { childElements, listOf } from '../prepare/elements';
export type TableShape = 'gfm' | 'html' | 'unwrap';

const BLOCKS_IN_CELL = new Set([
  'TABLE',
  'UL',
  'OL',
  'DL',
  'PRE',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'FIGURE',
]);
const PARAGRAPH_LIKE = new Set(['P', 'DIV', 'SECTION', 'ARTICLE']);

const shapes = new WeakMap<Element, TableShape>();

export function tableShape(table: Element): TableShape {
  let shape = shapes.get(table);
  if (!shape) {
    shape = computeShape(table);
    shapes.set(table, shape);
  }
  return shape;
}

/** The rows of this table (not of tables nested in it), in document order. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of childElements(table)) {
    if (child.nodeName === 'TR') rows.push(child);
    else if (['THEAD', 'TBODY', 'TFOOT'].includes(child.nodeName)) {
      for (const row of childElements(child)) if (row.nodeName === 'TR') rows.push(row);
    }
  }
  return rows;
}

export function rowCells(row: Element): Element[] {
  return childElements(row).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH');
}

export function closestTable(node: Node): Element | null {
  for (let p = node.parentNode; p; p = p.parentNode)
    if (p.nodeName === 'TABLE') return p as Element;
  return null;
}

/** Number of columns a pipe table needs: the widest row. */
export function columnCount(table: Element): number {
  return Math.max(1, ...tableRows(table).map((row) => rowCells(row).length));
}

/** The row written as the header: the first row of `<thead>`, else the first row. */
export function headerRow(table: Element): Element | null {
  const thead = childElements(table).find((c) => c.nodeName === 'THEAD');
  const fromHead = thead ? childElements(thead).find((c) => c.nodeName === 'TR') : undefined;
  return fromHead ?? tableRows(table)[0] ?? null;
}

function computeShape(table: Element): TableShape {
  const rows = tableRows(table);
  if (rows.length === 0) return 'unwrap';
  const cells = rows.flatMap(rowCells);
  if (rows.every((row) => rowCells(row).length <= 1)) return 'unwrap';
  for (const cell of cells) {
    if (
      Number(cell.getAttribute('colspan') ?? '1') > 1 ||
      Number(cell.getAttribute('rowspan') ?? '1') > 1
    )
      return 'html';
    let paragraphs = 0;
    for (const el of listOf(cell.getElementsByTagName('*'))) {
      if (BLOCKS_IN_CELL.has(el.nodeName)) return 'html';
      if (PARAGRAPH_LIKE.has(el.nodeName) && ++paragraphs > 1) return 'html';
    }
  }
  return 'gfm';
}
