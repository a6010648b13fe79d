import { compactLength } from './dom';
import { rootLines } from './line-cache';
import { removeLine, zones, type Line } from './lines';
import type { CleanRule } from './types';
import { withTraditional } from './zh-variants';
import { listOf } from '../prepare/elements';

export interface LineRuleOptions {
  name: string;
  /** Lines matching this are boilerplate. */
  pattern: RegExp;
  /** Longer lines are article text that happens to match; never removed. */
  maxLength: number;
  /** Where the rule may remove lines: anywhere, the head zone, or the tail zone. */
  zone?: 'any' | 'head' | 'tail' | 'edges';
  /** Skip lines inside these (e.g. list items that are part of the article). */
  skipInside?: string;
  /** Skip lines in cells of data tables (a layout table holding the whole page does not count). */
  skipDataTables?: boolean;
}

/**
 * Builds a rule that removes short lines matching a pattern. Most Chinese-news boilerplate is a
 * recognisable short line (责任编辑：…, 点击查看大图, 扫码关注…); each such rule is one file that
 * calls this with its own pattern.
 */
export function lineRule(options: LineRuleOptions): CleanRule {
  const pattern = withTraditional(options.pattern);
  return {
    name: options.name,
    apply(root, context) {
      const lines = rootLines(root, context);
      const { firstProse, lastProse } = zones(lines);
      let removed = false;
      lines.forEach((line: Line, index) => {
        if (compactLength(line.text) > options.maxLength) return;
        if (!pattern.test(line.text) && !pattern.test(line.text.replace(/\s+/g, ''))) return;
        const zone = options.zone ?? 'any';
        const inHead = firstProse < 0 || index < firstProse;
        const inTail = lastProse < 0 || index > lastProse;
        if (zone === 'head' && !inHead) return;
        if (zone === 'tail' && !inTail) return;
        if (zone === 'edges' && !inHead && !inTail) return;
        if (options.skipInside && line.container.closest(options.skipInside)) return;
        if (options.skipDataTables && isInDataTable(line.container)) return;
        removeLine(line, root);
        removed = true;
      });
      return removed;
    },
  };
}

/** A table whose rows mostly have two or more non-empty cells holds data, not page layout. */
export function isInDataTable(el: Element): boolean {
  const table = el.closest('table');
  if (!table) return false;
  const rows = listOf(table.rows);
  const multiCell = rows.filter(
    (row) => listOf(row.cells).filter((cell) => (cell.textContent ?? '').trim()).length >= 2,
  ).length;
  return rows.length >= 2 && multiCell >= rows.length / 2;
}
