import { compactLength, linkDensity, textOf } from './dom';
import { isProse, type Line } from './lines';

/**
 * Removes a boilerplate section introduced by a heading line (相关新闻, 更多关于…的新闻): the heading
 * and the link lists after it. When the heading and its list share a small wrapper, the wrapper
 * goes; otherwise following siblings go while they look like lists, stopping at the first prose.
 */
export function removeSection(line: Line, root: Element): void {
  let heading: Element = line.container;
  if (heading === root) {
    // The heading is a bare line inside the root: remove its nodes and the link run after it.
    const last = line.nodes[line.nodes.length - 1];
    let next = last?.nextSibling ?? null;
    for (const node of line.nodes) node.parentNode?.removeChild(node);
    while (next && !isSectionEnd(next)) {
      const after: ChildNode | null = next.nextSibling;
      next.parentNode?.removeChild(next);
      next = after;
    }
    return;
  }
  const total = compactLength(textOf(root));
  // Climb while the wrapper is small and holds nothing but the heading and link lists.
  for (
    let parent = heading.parentElement;
    parent && parent !== root;
    parent = parent.parentElement
  ) {
    const rest = compactLength(textOf(parent)) - compactLength(textOf(heading));
    const restDense = rest === 0 || linkDensity(parent) >= 0.5;
    if (compactLength(textOf(parent)) < total * 0.4 && restDense && !hasProse(parent))
      heading = parent;
    else break;
  }
  let next = heading.nextElementSibling;
  heading.remove();
  while (next && !isSectionEnd(next)) {
    const after = next.nextElementSibling;
    next.remove();
    next = after;
  }
}

function hasProse(el: Element): boolean {
  return Array.from(el.querySelectorAll('p, div, li')).some(
    (block) => isProse(textOf(block)) && linkDensity(block) < 0.3,
  );
}

function isSectionEnd(node: Node): boolean {
  if (node.nodeType === 3) return compactLength(node.nodeValue ?? '') > 30;
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.tagName === 'BR') return false;
  const text = textOf(el);
  if (!text) return el.querySelector('img') !== null;
  if (/^(?:UL|OL|DL|TABLE)$/.test(el.tagName) && linkDensity(el) >= 0.3) return false;
  if (linkDensity(el) >= 0.5) return false;
  return isProse(text) || compactLength(text) > 60;
}
