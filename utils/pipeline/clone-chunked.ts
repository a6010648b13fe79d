/**
 * cloneDocumentCapped (prepare/clone-capped.ts) for the browser's staged pipeline: the same walk,
 * the same 512-level cap, the same tree out — but a checkpoint every `chunkNodes` nodes. Copying a
 * 100,000-element page node by node takes seconds in Chromium (measured 2.2 s on a loaded machine),
 * far too long for one task. A node's child list is always copied in one go, so a page that
 * changes between chunks gives a clone of its states at those moments, never a broken tree.
 */
import { MAX_TREE_DEPTH } from './prepare/clone-capped';

export const CLONE_CHUNK_NODES = 5_000;

export async function cloneDocumentChunked(
  doc: Document,
  checkpoint: () => Promise<void>,
  chunkNodes = CLONE_CHUNK_NODES,
  maxDepth = MAX_TREE_DEPTH,
): Promise<Document> {
  const out = doc.cloneNode(false) as Document;
  const pending: { source: Node; copy: Node; depth: number }[] = [
    { source: doc, copy: out, depth: 0 },
  ];
  let sinceCheckpoint = 0;
  while (pending.length > 0) {
    if (sinceCheckpoint >= chunkNodes) {
      sinceCheckpoint = 0;
      await checkpoint();
    }
    const { source, copy, depth } = pending.pop()!;
    for (let child = source.firstChild; child; child = child.nextSibling) {
      const childCopy = out.importNode(child, false);
      copy.appendChild(childCopy);
      sinceCheckpoint += 1;
      if (!child.firstChild) continue;
      if (depth + 1 < maxDepth) {
        pending.push({ source: child, copy: childCopy, depth: depth + 1 });
      } else {
        sinceCheckpoint += appendDescendantsFlat(child, childCopy, out);
      }
    }
  }
  return out;
}

/** Every descendant of `source`, in document order, as a direct child of `target`; returns the count. */
function appendDescendantsFlat(source: Node, target: Node, out: Document): number {
  let count = 0;
  let node: Node | null = source.firstChild;
  while (node) {
    target.appendChild(out.importNode(node, false));
    count += 1;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== source && !node.nextSibling) node = node.parentNode;
    node = node && node !== source ? node.nextSibling : null;
  }
  return count;
}
