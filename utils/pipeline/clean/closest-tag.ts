import { matchesTypeSelector } from './dom';

/**
 * `el.closest('li')` / `el.closest('pre, code')` for a list of lower-case type selectors, by walking
 * up the ancestors: the same element (the same matching as matchesTypeSelector), without a pass
 * through jsdom's selector engine, which made `closest` the costly part of rules that ask it for
 * every candidate element of the article.
 */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (matchesTypeSelector(node, tags)) return node;
  }
  return null;
}
