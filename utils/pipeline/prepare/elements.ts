/**
 * Whole-document lookups for the prepare step. Under jsdom a `querySelectorAll` over a full page goes
 * through a selector engine (several milliseconds each, more for the first one on a document), while
 * `getElementsByTagName` and a plain sibling walk do not; prepare runs a dozen such lookups per clip.
 */

/** Elements named `tag` under `root`, in document order, as a static list (= `querySelectorAll(tag)`). */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  return listOf(root.getElementsByTagName(tag));
}

/**
 * A static copy of a live collection (`children`, `rows`, `getElementsByTagName`…). Not Array.from:
 * an array iterator reads `length` at every step, and under jsdom every read of a non-index property
 * of an HTMLCollection scans the collection for an element of that id or name, so Array.from and
 * for…of were quadratic in its size. Here `length` is read once and the items by index (no scan).
 */
export function listOf<T extends Element>(collection: HTMLCollectionOf<T>): T[] {
  const length = collection.length;
  const out = new Array<T>(length);
  for (let i = 0; i < length; i++) out[i] = collection[i]!;
  return out;
}

/**
 * The element children of `el`, as a static list (= `Array.from(el.children)`), by a sibling walk:
 * under jsdom `children` is a live collection that re-walks the children whenever the tree changed.
 */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) out.push(child);
  return out;
}

/**
 * Calls `visit` for every element under `root` (not `root` itself), in document order. Iterative:
 * a user's selection is not depth-capped. `visit` may change attributes, not the tree. A
 * TreeWalker: under jsdom it walks a page in half the time of a firstElementChild /
 * nextElementSibling walk, and far faster than indexing a getElementsByTagName('*') collection.
 */
export function forEachElement(root: Document | Element, visit: (el: Element) => void): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Element);
}

/**
 * For each of `tags`, the elements under `root` that `getElementsByTagName(tag)` lists (lower-case
 * tags: HTML elements by local name, others by exact qualified name), in document order, from one
 * walk that also calls `visit` for every element (as forEachElement does). The preparation steps
 * each looked their elements up with a walk of their own over the whole page.
 */
export function elementsByTags<T extends string>(
  root: Document | Element,
  tags: readonly T[],
  visit: (el: Element) => void,
): Record<T, Element[]> {
  const lists = new Map<string, Element[]>(tags.map((tag) => [tag, []]));
  forEachElement(root, (el) => {
    // A prefixed element's qualified name (svg:img) is not its local name.
    if (el.prefix === null) lists.get(el.localName)?.push(el);
    visit(el);
  });
  return Object.fromEntries(lists) as Record<T, Element[]>;
}

/** `[attr~="token" i]`: the attribute's whitespace-separated tokens include `token`, ASCII case-insensitively. */
export function hasToken(el: Element, attribute: string, token: string): boolean {
  const value = el.getAttribute(attribute);
  if (value === null) return false;
  return asciiLower(value)
    .split(/[ \t\n\r\f]+/)
    .includes(token);
}

/** `[attr="value" i]`. */
export function attributeEquals(el: Element, attribute: string, value: string): boolean {
  const actual = el.getAttribute(attribute);
  return actual !== null && asciiLower(actual) === value;
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}
