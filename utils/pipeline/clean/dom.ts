import { BLOCK_TAGS } from '../block-tags';
import { forEachElement } from '../prepare/elements';

/** Small DOM helpers shared by the cleaning rules. */

/** Visible text of an element with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text length without any whitespace: fair for CJK and Latin text alike. */
export function compactLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** Total text length of links inside `el`, without whitespace. */
export function linkTextLength(el: Element): number {
  let total = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) total += compactLength(a.textContent ?? '');
  return total;
}

/** Share of an element's text that is link text (0 when it has no text). */
export function linkDensity(el: Element): number {
  const length = compactLength(el.textContent ?? '');
  return length === 0 ? 0 : linkTextLength(el) / length;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const MEDIA_TAGS = new Set([
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'svg',
  'math',
  'table',
  'pre',
]);

/**
 * Whether `el` would match a list of lower-case type selectors (`img, video, …`): HTML elements match
 * case-insensitively, others (SVG, MathML) by their exact local name, as in CSS.
 */
export function matchesTypeSelector(el: Element, tags: ReadonlySet<string>): boolean {
  const name = el.namespaceURI === HTML_NS ? el.localName.toLowerCase() : el.localName;
  return tags.has(name);
}

/**
 * `root.querySelectorAll('a, b, …')` for a list of lower-case type selectors (root excluded, document
 * order), by one TreeWalker pass: jsdom's selector engine answers a tag list with a pass per tag
 * and a sort.
 */
export function elementsOfTypes(root: Element, tags: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  forEachElement(root, (el) => {
    if (matchesTypeSelector(el, tags)) found.push(el);
  });
  return found;
}

/**
 * `el` is or holds an image, video, table… A plain walk rather than `matches`/`querySelector` with a
 * nine-selector list: it runs for every candidate line of every line rule, and jsdom's selector engine
 * made it a hot spot.
 */
export function hasMedia(el: Element): boolean {
  if (matchesTypeSelector(el, MEDIA_TAGS)) return true;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (hasMedia(child)) return true;
  }
  return false;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/**
 * The "lines" of an article: the innermost block elements that carry text directly (a `<p>`, an
 * `<li>`, a `<div>` whose children are inline). Rules that look at lines (credits, dates, …) work on
 * these.
 */
export function textBlocks(root: Element): Element[] {
  const blocks: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!isBlock(el)) continue;
    if (hasDirectText(el)) blocks.push(el);
  }
  return blocks;
}

export function hasDirectText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) return true;
    if (child.nodeType === 1 && !isBlock(child as Element) && textOf(child)) return true;
  }
  return false;
}

/**
 * Removes `el`, then any ancestor (below `root`) left without text or media, so removing a line
 * does not leave empty wrappers behind.
 */
export function removeWithEmptyAncestors(el: Element, root: Element): void {
  let parent = el.parentElement;
  el.remove();
  while (parent && parent !== root && !textOf(parent) && !hasMedia(parent)) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/** The text of `el` up to its first block child: the "line" a text node starts. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** Elements in document order that come after `el` (following siblings of it and of its ancestors). */
export function followingElements(el: Element, root: Element): Element[] {
  const out: Element[] = [];
  let current: Element | null = el;
  while (current && current !== root) {
    for (let sib = current.nextElementSibling; sib; sib = sib.nextElementSibling) out.push(sib);
    current = current.parentElement;
  }
  return out;
}
