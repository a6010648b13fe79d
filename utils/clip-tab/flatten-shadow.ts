/**
 * Open shadow roots are invisible to `cloneNode` and to Readability, so web components' text would
 * be lost. When a page has any, the content script clips a flattened copy instead: each host's
 * shadow tree in place of its children, each <slot> replaced by the nodes assigned to it.
 * Closed shadow roots stay closed (the page chose that); the live page is never modified.
 */

const SHOW_ELEMENT = 0x1;

export function hasOpenShadowRoot(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if ((node as Element).shadowRoot) return true;
  }
  return false;
}

function isSlot(node: Node): node is HTMLSlotElement {
  return node.nodeType === 1 && (node as Element).localName === 'slot';
}

function appendFlattened(parent: Node, child: Node, out: Document, inShadow: boolean): void {
  if (inShadow && isSlot(child)) {
    const assigned =
      typeof child.assignedNodes === 'function' ? child.assignedNodes({ flatten: true }) : [];
    if (assigned.length > 0) {
      for (const node of assigned) parent.appendChild(cloneFlattened(node, out, false));
      return;
    }
    // No assigned nodes: the slot's fallback content is what renders.
    for (const fallback of Array.from(child.childNodes)) {
      appendFlattened(parent, fallback, out, inShadow);
    }
    return;
  }
  parent.appendChild(cloneFlattened(child, out, inShadow));
}

function cloneFlattened(node: Node, out: Document, inShadow: boolean): Node {
  const copy = out.importNode(node, false);
  const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
  const children = shadow ? shadow.childNodes : node.childNodes;
  for (const child of Array.from(children)) {
    appendFlattened(copy, child, out, inShadow || shadow !== null);
  }
  return copy;
}

/**
 * A detached copy of `doc` with open shadow roots flattened into the light DOM, or `doc` itself
 * when it has none (the pipeline clones it anyway, and the live document keeps `currentSrc`).
 */
export function withShadowRootsFlattened(doc: Document, url: string): Document {
  if (!hasOpenShadowRoot(doc) || !doc.documentElement) return doc;
  const out = doc.implementation.createHTMLDocument('');
  const root = cloneFlattened(doc.documentElement, out, false);
  out.replaceChild(root, out.documentElement);
  // The copy's base URL is about:blank; keep relative links and images resolvable.
  if (!out.querySelector('base[href]')) {
    const base = out.createElement('base');
    base.setAttribute('href', url);
    const head =
      out.head ??
      out.documentElement.insertBefore(out.createElement('head'), out.documentElement.firstChild);
    head.insertBefore(base, head.firstChild);
  }
  return out;
}
