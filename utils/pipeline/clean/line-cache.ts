import { forEachElement } from '../prepare/elements';
import { matchesTypeSelector } from './dom';
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
  private elementsRoot: Element | null = null;
  private elements: readonly Element[] | null = null;

  /** collectLines(root), from the cache while the tree has not changed. */
  get(root: Element): readonly Line[] {
    if (this.lines === null || this.root !== root) {
      this.root = root;
      this.lines = collectLines(root);
    }
    return this.lines;
  }

  /** Every element under root (root excluded), in document order, from the cache likewise. */
  elementsUnder(root: Element): readonly Element[] {
    if (this.elements === null || this.elementsRoot !== root) {
      this.elementsRoot = root;
      const found: Element[] = [];
      forEachElement(root, (el) => found.push(el));
      this.elements = found;
    }
    return this.elements;
  }

  invalidate(): void {
    this.lines = null;
    this.elements = null;
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

/**
 * Every element under the article root (root excluded), in document order, shared like rootLines:
 * a dozen rules each walked the whole article to list their candidates. The same rule applies: a
 * rule that has removed something must not ask again in the same run. Do not modify the array.
 */
export function rootElements(root: Element, context: CleanContext): readonly Element[] {
  if (context.lines) return context.lines.elementsUnder(root);
  const found: Element[] = [];
  forEachElement(root, (el) => found.push(el));
  return found;
}

/** rootElements filtered to a list of lower-case type selectors (= elementsOfTypes(root, tags)). */
export function rootElementsOfTypes(
  root: Element,
  context: CleanContext,
  tags: ReadonlySet<string>,
): Element[] {
  return rootElements(root, context).filter((el) => matchesTypeSelector(el, tags));
}
