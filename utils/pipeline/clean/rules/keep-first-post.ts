import { compactLength } from '../dom';
import { rootLines } from '../line-cache';
import { isProse, type Line } from '../lines';
import type { CleanRule } from '../types';

/** A date with a clock time: how a blog or forum stamps each post (2005-03-21 01:20:44). */
const TIMESTAMP =
  /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:[上下]午\s*)?\d{1,2}\s*[:：]\s*\d{2}/;

/** Post stamps are short lines (a title with its date, "由X张贴 @ date"), never sentences. */
const MAX_STAMP_LINE = 80;
const MIN_POSTS = 3;

/**
 * A blog's archive page (a month of posts) and a forum thread (a post and its replies) are a
 * series of posts: units of the same shape, each with its own date-and-time stamp and its own
 * prose. The page's article is the first post; the others are separate articles (or replies) that
 * Readability took along because together they outweigh any one of them. Keeps the first post of
 * such a series and removes the later ones. Needs at least three posts, all the same element with
 * the same class, each holding prose — a news article with one dateline, or with a comment list
 * whose entries carry no prose, is never a series.
 */
export const keepFirstPost: CleanRule = {
  name: 'keep-first-post',
  apply(root, context) {
    const lines = rootLines(root, context);
    const stamped = lines.filter(
      (line) => compactLength(line.text) <= MAX_STAMP_LINE && TIMESTAMP.test(line.text),
    );
    if (stamped.length < MIN_POSTS) return false;
    const posts = findSeries(root, stamped);
    if (!posts) return false;
    const withProse = new Set<Element>();
    for (const line of lines) {
      if (!isProse(line.text)) continue;
      const post = posts.find((p) => p.contains(line.container));
      if (post) withProse.add(post);
    }
    if (posts.some((post) => !withProse.has(post))) return false;
    for (const post of posts.slice(1)) post.remove();
    return true;
  },
};

/**
 * The units of the series: for every element, its children that hold a stamp line; the element
 * with the most such children (at least MIN_POSTS, all of one tag and class) is the series'
 * container. Returns those children in document order, or null.
 */
function findSeries(root: Element, stamped: Line[]): Element[] | null {
  const unitsByParent = new Map<Element, Set<Element>>();
  for (const line of stamped) {
    let child: Element = line.container;
    for (
      let parent = child.parentElement;
      child !== root && parent;
      parent = parent.parentElement
    ) {
      let units = unitsByParent.get(parent);
      if (!units) unitsByParent.set(parent, (units = new Set()));
      units.add(child);
      if (parent === root) break;
      child = parent;
    }
  }
  let best: Element[] | null = null;
  for (const units of unitsByParent.values()) {
    if (units.size < MIN_POSTS || (best && units.size <= best.length)) continue;
    const list = Array.from(units);
    const shape = signature(list[0]!);
    if (list.every((unit) => signature(unit) === shape)) best = list;
  }
  return best;
}

function signature(el: Element): string {
  return `${el.tagName} ${el.getAttribute('class') ?? ''}`;
}
