/**
 * Browsers' HTML parsers stop nesting at 512 levels (deeper elements become siblings), so a live
 * page never arrives deeper than that — but a saved page parsed by jsdom can be 5,000 levels deep, and
 * jsdom's recursive `cloneNode`, Readability and serializers then overflow the stack. This clone walks
 * the tree with an explicit stack and applies the same cap, so every later stage sees a tree a browser
 * could have built.
 */
export const MAX_TREE_DEPTH = 512;

export function cloneDocumentCapped(doc: Document, maxDepth = MAX_TREE_DEPTH): Document {
  const out = doc.cloneNode(false) as Document;
  // Each entry: a source node whose children still need copying, its copy, and its depth.
  const pending: { source: Node; copy: Node; depth: number }[] = [
    { source: doc, copy: out, depth: 0 },
  ];
  while (pending.length > 0) {
    const { source, copy, depth } = pending.pop()!;
    for (let child = source.firstChild; child; child = child.nextSibling) {
      const childCopy = out.importNode(child, false);
      copy.appendChild(childCopy);
      if (!child.firstChild) continue;
      if (depth + 1 < maxDepth) {
        pending.push({ source: child, copy: childCopy, depth: depth + 1 });
      } else {
        appendDescendantsFlat(child, childCopy, out);
      }
    }
  }
  return out;
}

/** Every descendant of `source`, in document order, as a direct child of `target` (text order kept). */
function appendDescendantsFlat(source: Node, target: Node, out: Document): void {
  let node: Node | null = source.firstChild;
  while (node) {
    target.appendChild(out.importNode(node, false));
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== source && !node.nextSibling) node = node.parentNode;
    node = node && node !== source ? node.nextSibling : null;
  }
}
