import { normalizeSpace } from './meta-tags';

/**
 * The visible text of part of a page as lines (one per block), for the metadata rules that read
 * printed lines such as `2022年07月17日 10:09 来源：新华社`. Stops after `maxChars` so a 20 MB page
 * costs no more than a small one.
 */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'SVG',
  'SELECT',
  'OPTION',
  'IFRAME',
]);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
]);

export function textLines(root: Node, maxChars = 20_000, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let current = '';
  let total = 0;
  const flush = (): void => {
    const line = normalizeSpace(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      // Lines are only ever appended: once there are maxLines, the rest cannot change them.
      if (total > maxChars || lines.length >= maxLines) return false;
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        current += text;
        total += text.length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      const inline = INLINE.has(tag);
      if (!inline) flush();
      else if (tag === 'TD' || tag === 'TH') current += ' ';
      if (!walk(child)) return false;
      if (!inline) flush();
    }
    return true;
  };
  walk(root);
  flush();
  return lines.length > maxLines ? lines.slice(0, maxLines) : lines;
}

/** An h1–h3 of the page as the title lookup sees it: its text and the lines printed after it. */
export interface TitleHeading {
  tag: 'H1' | 'H2' | 'H3';
  /** The heading's text, whitespace-normalized (at least two characters). */
  text: string;
  /** linesAfterHeading of it. */
  after: string[];
}

/** How many h1–h3 headings the title lookup considers, and how many lines it reads after one. */
export const MAX_TITLE_HEADINGS = 40;
export const NEAR_TITLE_LINES = 12;

/**
 * Lines printed right after the article heading (where news pages put date, 来源 and 作者), or the
 * top of the page (`topLines`) when there is no heading to anchor on.
 */
export function linesNearTitle(
  headings: readonly TitleHeading[],
  topLines: readonly string[],
  title: string,
): string[] {
  const heading = findTitleHeading(headings, title);
  return [...(heading ? heading.after : topLines)];
}

/** The lines after `heading`: its following siblings, then its ancestors' following siblings. */
export function linesAfterHeading(heading: Element, count = NEAR_TITLE_LINES): string[] {
  const after: string[] = [];
  // Walk following siblings up the ancestor chain until enough lines are collected.
  for (
    let node: Element | null = heading;
    node && after.length < count;
    node = node.parentElement
  ) {
    for (let sib = node.nextSibling; sib && after.length < count; sib = sib.nextSibling) {
      after.push(...textLines(sib, 2_000, count - after.length));
    }
    if (node.tagName === 'BODY') break;
  }
  return after;
}

/** The top of the page when no heading anchors the title lines. */
export function pageTopLines(doc: Document, count = NEAR_TITLE_LINES): string[] {
  return doc.body ? textLines(doc.body, 6_000).slice(0, count * 4) : [];
}

/** The h1 (or h2/h3 when no h1 matches) whose text is the title or part of it. */
export function findTitleHeading(
  headings: readonly TitleHeading[],
  title: string,
): TitleHeading | null {
  const wanted = normalizeSpace(title);
  // The longest heading that is (part of) the title: a logo h1 naming the site is part of the
  // title too, but shorter than the headline.
  let match: TitleHeading | null = null;
  let matchLength = 0;
  let firstH1: TitleHeading | null = null;
  for (const h of headings) {
    const text = h.text;
    if (text.length < 2) continue;
    if (!firstH1 && h.tag === 'H1') firstH1 = h;
    const matches =
      text === wanted || (text.length >= 4 && (wanted.includes(text) || text.includes(wanted)));
    if (wanted && matches && text.length > matchLength) {
      match = h;
      matchLength = text.length;
    }
  }
  return match ?? firstH1;
}
