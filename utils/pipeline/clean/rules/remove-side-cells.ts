import { compactLength, elementsOfTypes, textOf } from '../dom';
import { rootLines } from '../line-cache';
import { proseLength } from '../lines';
import type { CleanRule } from '../types';
import { childElements } from '../../prepare/elements';

const CELLS = new Set(['td', 'th']);

/**
 * Old pages lay out the whole page in a table: the article in one cell, a side column (author
 * card, category lists with counts, archives, ads) in the next. When Readability picks that table,
 * the side column comes along. A cell is a side column when a sibling cell in the same row holds
 * most of the article's prose and the cell itself holds almost none. Data tables are never like
 * that: no single cell of theirs holds most of the article's prose.
 */
export const removeSideCells: CleanRule = {
  name: 'remove-side-cells',
  apply(root, context) {
    // Rows are the parents of cells: Readability turns the <tr> it keeps into a <div> and leaves
    // the <td>s in it, so a row is not always a <tr>.
    const rows = new Set<Element>();
    for (const cell of elementsOfTypes(root, CELLS)) {
      if (cell.parentElement) rows.add(cell.parentElement);
    }
    if (rows.size === 0) return false;
    const totalProse = proseLength(root, rootLines(root, context));
    if (totalProse < 200) return false;
    let changed = false;
    for (const row of rows) {
      if (!root.contains(row)) continue;
      const cells = childElements(row).filter((c) => /^T[DH]$/.test(c.tagName));
      if (cells.length < 2) continue;
      const prose = cells.map((cell) => proseLength(cell));
      const main = prose.indexOf(Math.max(...prose));
      const mainProse = prose[main] ?? 0;
      if (mainProse < totalProse * 0.6) continue;
      cells.forEach((cell, i) => {
        if (i === main) return;
        const length = compactLength(textOf(cell));
        // Spacer and picture-only cells carry no boilerplate text; leave them.
        if (length < 20) return;
        if ((prose[i] ?? 0) > mainProse * 0.05) return;
        // A row Readability rebuilt is where it also assembles short pages with their margin
        // columns (a story and the day's trivia beside it): there only a plain stack of widgets,
        // two or more link lists, counts as a side column.
        if (row.tagName !== 'TR' && cell.querySelectorAll('ul, ol').length < 2) return;
        cell.replaceChildren();
        changed = true;
      });
    }
    return changed;
  },
};
