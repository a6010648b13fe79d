import { elementsOfTypes } from '../dom';
import { rootLines } from '../line-cache';
import { isProse } from '../lines';
import type { CleanRule } from '../types';

/**
 * A date or a clock time: what every entry of a post listing carries. A month-day date needs "-",
 * "/" or 月 (a year-less "3.1" is a section number).
 */
const STAMP =
  /(?<!\d)(?:(?:19|20)\d{2}\s*[-/.年]\s*(?:0?[1-9]|1[0-2])\s*[-/.月]|(?:0?[1-9]|1[0-2])\s*[-/月])\s*(?:0?[1-9]|[12]\d|3[01])(?!\d)|(?<!\d)(?:[01]?\d|2[0-3])\s*:\s*[0-5]\d(?!\d)/;

const MIN_ENTRIES = 5;
const LISTS = new Set(['ul', 'ol']);
/** Letters outside the entry's links: an author bracket's 【】 or "字" may remain, a summary may not. */
const MAX_UNLINKED_LETTERS = 10;

/**
 * Listings of posts: a forum thread's reply tree ("回复线索": title【author】08-11 16:06 298字),
 * a blog's or a board's list of posts, a dated headline list. Every entry is a link with a date or
 * time and almost no text of its own. Such a list is an index of other pages however much of the
 * clip it fills — remove-link-lists spares blocks holding most of the text, and a reply tree of a
 * one-paragraph post is exactly that — so it goes whenever the article keeps prose outside it.
 * Entries with text of their own (a timeline, a list of events) are content, not a listing; and
 * only lists are judged, never tables: a table of dated, linked rows (a filmography, a schedule) is
 * data about the subject.
 */
export const removePostListings: CleanRule = {
  name: 'remove-post-listings',
  apply(root, context) {
    const listings: Element[] = [];
    for (const list of elementsOfTypes(root, LISTS)) {
      if (listings.some((outer) => outer.contains(list))) continue;
      if (isListing(list)) listings.push(list);
    }
    if (listings.length === 0) return false;
    const proseOutside = rootLines(root, context).some(
      (line) => isProse(line.text) && !listings.some((list) => list.contains(line.container)),
    );
    if (!proseOutside) return false;
    for (const list of listings) list.remove();
    return true;
  },
};

function isListing(list: Element): boolean {
  // Items at every depth: a reply tree nests the replies to a reply.
  const entries = Array.from(list.querySelectorAll('li'));
  if (entries.length < MIN_ENTRIES) return false;
  const listed = entries.filter(isListingEntry).length;
  return listed >= entries.length * 0.8;
}

const NESTED = new Set(['UL', 'OL']);

function isListingEntry(entry: Element): boolean {
  let text = '';
  let linked = 0;
  let links = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (NESTED.has(el.tagName)) continue;
        if (el.tagName === 'A') {
          const linkText = el.textContent ?? '';
          text += linkText;
          linked += letters(linkText);
          // In-page links (a table of contents) point into the article, not to other pages.
          const href = el.getAttribute('href') ?? '';
          if (letters(linkText) > 0 && href && !href.startsWith('#')) links++;
        } else {
          walk(el);
        }
      }
    }
  };
  walk(entry);
  return links > 0 && STAMP.test(text) && letters(text) - linked <= MAX_UNLINKED_LETTERS;
}

/** Letters only: digits, punctuation, symbols and spaces (dates, counts, brackets) do not count. */
function letters(text: string): number {
  return text.replace(/[\s\d\p{P}\p{S}]+/gu, '').length;
}
