import { BLOCK_TAGS } from '../block-tags';
import { compactLength, hasMedia, matchesTypeSelector, removeWithEmptyAncestors } from './dom';

/**
 * A "line" of the article as a reader sees it: a run of inline content between block boundaries or
 * `<br>`s. Chinese news pages often put a whole article in one `<div>` with `<br>`s, so rules that
 * judge lines (dates, credits, promos) cannot work on block elements alone.
 */
export interface Line {
  nodes: Node[];
  text: string;
  /** The block element the line sits in. */
  container: Element;
}

function isBlockNode(node: Node): boolean {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
}

function isBr(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName === 'BR';
}

const BLOCK_OR_BR = new Set(['br', ...Array.from(BLOCK_TAGS, (tag) => tag.toLowerCase())]);

/**
 * An inline element is split into lines only when it holds `<br>`s or blocks. The same answer as
 * `el.querySelector('br, div, p, …')`, by a plain walk: a selector list of 40 tags per inline element
 * was the single most expensive call of the cleaning step under jsdom. `memo` is per collectLines call
 * (the tree does not change during one).
 */
function isTransparentInline(el: Element, memo: Map<Element, boolean>): boolean {
  const known = memo.get(el);
  if (known !== undefined) return known;
  let found = false;
  for (let child = el.firstElementChild; child && !found; child = child.nextElementSibling) {
    found = matchesTypeSelector(child, BLOCK_OR_BR) || isTransparentInline(child, memo);
  }
  memo.set(el, found);
  return found;
}

export function collectLines(root: Element): Line[] {
  const lines: Line[] = [];
  const memo = new Map<Element, boolean>();
  visitLines(root, lines, memo);
  return lines;
}

// collectLines' walk, as plain functions rather than closures made afresh for every block: it runs
// for every block of the article in nearly every cleaning rule.

/** The lines of one block element (its nested blocks recursively), in order. */
function visitLines(container: Element, lines: Line[], memo: Map<Element, boolean>): void {
  const current: Node[] = [];
  walkLines(container, container, current, lines, memo);
  flushLine(current, container, lines);
}

function walkLines(
  parent: Node,
  container: Element,
  current: Node[],
  lines: Line[],
  memo: Map<Element, boolean>,
): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (isBr(child)) {
      flushLine(current, container, lines);
    } else if (isBlockNode(child)) {
      flushLine(current, container, lines);
      visitLines(child as Element, lines, memo);
    } else if (child.nodeType === 1 && isTransparentInline(child as Element, memo)) {
      walkLines(child, container, current, lines, memo);
    } else if (child.nodeType === 1 || child.nodeType === 3) {
      current.push(child);
    }
  }
}

/** Ends the line being collected in `current` (kept when it has text or media) and empties it. */
function flushLine(current: Node[], container: Element, lines: Line[]): void {
  if (current.length === 0) return;
  const text = current
    .map((n) => n.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const media = current.some((n) => n.nodeType === 1 && hasMedia(n as Element));
  if (text || media) lines.push({ nodes: current.slice(), text, container });
  current.length = 0;
}

/** Removes a line's nodes (and the `<br>` ending it), then wrappers left empty. */
export function removeLine(line: Line, root: Element): void {
  const last = line.nodes[line.nodes.length - 1];
  let next = last?.nextSibling ?? null;
  while (next && next.nodeType === 3 && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
  if (next && isBr(next)) next.remove();
  for (const node of line.nodes) node.parentNode?.removeChild(node);
  const container = line.container;
  if (
    container !== root &&
    container.isConnected !== false &&
    !(container.textContent ?? '').trim() &&
    !hasMedia(container)
  ) {
    removeWithEmptyAncestors(container, root);
  }
}

/** A line that reads as article prose: long enough and ending sentences. */
export function isProse(text: string): boolean {
  return compactLength(text) >= 40 && /[。！？!?；.…]/.test(text);
}

/**
 * Lines before the first prose line are the "head zone" (title, date, source, breadcrumbs);
 * lines after the last prose line are the "tail zone" (credits, disclaimers, listings).
 */
export function zones(lines: readonly Line[]): { firstProse: number; lastProse: number } {
  // The line rules share one lines array while the tree is unchanged (LineCache): so its zones too.
  const known = zonesOf.get(lines);
  if (known) return known;
  let firstProse = -1;
  let lastProse = -1;
  lines.forEach((line, index) => {
    if (isProse(line.text)) {
      if (firstProse < 0) firstProse = index;
      lastProse = index;
    }
  });
  const found = { firstProse, lastProse };
  zonesOf.set(lines, found);
  return found;
}

const zonesOf = new WeakMap<readonly Line[], { firstProse: number; lastProse: number }>();

/**
 * Characters of prose (non-link sentence lines) inside `el`: how much article text it really holds.
 * `lines` are el's lines when the caller has them already (rootLines).
 */
export function proseLength(el: Element, lines: readonly Line[] = collectLines(el)): number {
  let total = 0;
  for (const line of lines) {
    if (!isProse(line.text)) continue;
    const linkText = line.nodes
      .map((n) =>
        n.nodeType === 1
          ? (n as Element).tagName === 'A'
            ? (n.textContent ?? '')
            : Array.from((n as Element).querySelectorAll('a'))
                .map((a) => a.textContent ?? '')
                .join('')
          : '',
      )
      .join('');
    const length = compactLength(line.text);
    if (compactLength(linkText) < length * 0.5) total += length;
  }
  return total;
}
