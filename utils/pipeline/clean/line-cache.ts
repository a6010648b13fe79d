import { collectLines, type Line } from './lines';
import type { CleanContext } from './types';

/**
 * The article's lines, collected once and shared by consecutive rules that leave the tree as it
 * was. About a dozen rules judge the article line by line, and most of them remove nothing from a
 * given page: collecting the same lines again for each was most of the cleaning step's time.
 * cleanArticle drops the lines after any rule that may have changed the tree (CleanOutcome).
 */
export class LineCache {
  private root: Element | null = null;
  private lines: readonly Line[] | null = null;

  /** collectLines(root), from the cache while the tree has not changed. */
  get(root: Element): readonly Line[] {
    if (this.lines === null || this.root !== root) {
      this.root = root;
      this.lines = collectLines(root);
    }
    return this.lines;
  }

  invalidate(): void {
    this.lines = null;
  }
}

/**
 * The lines of the article root, shared through the context when cleanArticle runs the rule. Only
 * for a rule that has not changed the tree yet in this run: the cache knows about earlier rules,
 * not about what the asking rule itself removed.
 */
export function rootLines(root: Element, context: CleanContext): readonly Line[] {
  return context.lines ? context.lines.get(root) : collectLines(root);
}
