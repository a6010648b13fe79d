import { compactLength, elementsOfTypes, matchesTypeSelector, textOf } from '../dom';
import { rootLines } from '../line-cache';
import { isProse } from '../lines';
import { closestTag } from '../closest-tag';
import { forEachElement, listOf } from '../../prepare/elements';
import type { CleanRule } from '../types';

const LI = new Set(['li']);
const BLOCKS = new Set(['ul', 'ol', 'dl', 'div', 'table', 'p', 'section', 'aside']);
const PRE_CODE = new Set(['pre', 'code']);
const TABLE = new Set(['table']);
const A = new Set(['a']);

/**
 * Blocks that are lists of links to other pages (headline lists, ad link farms, tag clouds): at
 * least three links and link text ≥ 60% of the block's text. A list item inside an article list is
 * judged with its list, not alone; blocks with most of the article text are never removed, and
 * neither are lists between prose paragraphs.
 */
export const removeLinkLists: CleanRule = {
  name: 'remove-link-lists',
  apply(root, context) {
    const total = compactLength(textOf(root));
    const proseNodes = rootLines(root, context)
      .filter((line) => isProse(line.text))
      .map((line) => line.nodes[0]!);
    const firstProse = proseNodes[0];
    const lastProse = proseNodes[proseNodes.length - 1];
    let changed = false;
    // = querySelectorAll('ul, ol, dl, div, table, p, section, aside') by a TreeWalker, and a
    // block's links by a walk of its own: the same elements, without the selector engine (and
    // without iterating a jsdom HTMLCollection, whose every `length` read scans it for a named
    // item: quadratic in the links).
    const blocks: Element[] = [];
    // How many <a> each element holds, from the same walk: a block with fewer than three cannot
    // have three links, and most blocks are skipped without listing their links (a subtree
    // pass each). Removals below never raise a later block's count (a later block is never an
    // ancestor of an earlier one), so the counts only ever over-estimate.
    const anchors = new Map<Element, number>();
    forEachElement(root, (el) => {
      if (matchesTypeSelector(el, BLOCKS)) blocks.push(el);
      if (!matchesTypeSelector(el, A)) return;
      for (let up = el.parentElement; up && up !== root; up = up.parentElement)
        anchors.set(up, (anchors.get(up) ?? 0) + 1);
    });
    for (const el of blocks) {
      if ((anchors.get(el) ?? 0) < 3) continue;
      if (!root.contains(el) || closestTag(el, LI) || closestTag(el, PRE_CODE)) continue;
      if (isInLabelledTable(el)) continue;
      const anchorsInBlock = elementsOfTypes(el, A);
      const links = anchorsInBlock.filter((a) => a.hasAttribute('href') && textOf(a));
      if (links.length < 3) continue;
      const length = compactLength(textOf(el));
      if (length > total * 0.5) continue;
      if (wordLinkDensity(el, anchorsInBlock) < 0.6) continue;
      // In-page links (a table of contents, footnotes) are part of the article.
      const external = links.filter((a) => !(a.getAttribute('href') ?? '').startsWith('#'));
      if (external.length < 3) continue;
      if (!outsideProse(el, firstProse, lastProse)) continue;
      el.remove();
      changed = true;
    }
    return changed;
  },
};

/**
 * A table whose rows pair a header cell with a data cell (an infobox: "Capital | Wellington") is
 * data about the subject, however many of its values are links.
 */
function isInLabelledTable(el: Element): boolean {
  const table = closestTag(el, TABLE) as HTMLTableElement | null;
  if (!table) return false;
  let labelled = 0;
  for (const row of listOf(table.rows)) {
    const cells = listOf(row.cells);
    if (cells.some((c) => c.tagName === 'TH') && cells.some((c) => c.tagName === 'TD')) labelled++;
    if (labelled >= 3) return true;
  }
  return false;
}

/**
 * Link density over letters only: counts like "(88)" and separators do not dilute a link list.
 * `anchors`: every <a> under `el`.
 */
function wordLinkDensity(el: Element, anchors: readonly Element[]): number {
  const letters = (text: string): number => text.replace(/[\s\d\p{P}\p{S}]+/gu, '').length;
  const total = letters(el.textContent ?? '');
  if (total === 0) return 0;
  const linked = anchors.reduce((sum, a) => sum + letters(a.textContent ?? ''), 0);
  return linked / total;
}

/**
 * Only lists before the first or after the last prose line go: a list of links between paragraphs
 * (a changelog, sources cited mid-article) is part of the article.
 */
function outsideProse(el: Element, first: Node | undefined, last: Node | undefined): boolean {
  if (!first || !last) return true;
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, spelled out for non-browser globals
  const PRECEDING = 2;
  if (el.contains(first) || el.contains(last)) return false;
  return (
    (el.compareDocumentPosition(first) & FOLLOWING) !== 0 ||
    (el.compareDocumentPosition(last) & PRECEDING) !== 0
  );
}
