/**
 * Visits the elements under `root` in document order, stopping when `visit` returns true or after
 * `limit` elements. A TreeWalker is linear in jsdom; complex attribute selectors and indexing a
 * live `getElementsByTagName('*')` collection are not.
 */
export function walkElements(
  root: Node,
  visit: (el: Element) => boolean | void,
  limit = 50_000,
): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let count = 0;
  for (let node = walker.nextNode(); node && count < limit; node = walker.nextNode(), count++) {
    if (visit(node as Element)) return;
  }
}
