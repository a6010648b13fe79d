/**
 * Whole-document lookups for the prepare step. Under jsdom a `querySelectorAll` over a full page goes
 * through a selector engine (several milliseconds each, more for the first one on a document), while
 * `getElementsByTagName` and a plain sibling walk do not; prepare runs a dozen such lookups per clip.
 */

/** Elements named `tag` under `root`, in document order, as a static list (= `querySelectorAll(tag)`). */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag));
}

/**
 * Calls `visit` for every element under `root` (not `root` itself), in document order. Iterative:
 * a user's selection is not depth-capped. `visit` may change attributes, not the tree.
 */
export function forEachElement(root: Document | Element, visit: (el: Element) => void): void {
  let el: Element | null = root.firstElementChild;
  while (el) {
    visit(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      const parent: Element | null = el.parentElement;
      el = parent && parent !== root ? parent : null;
    }
    el = el ? el.nextElementSibling : null;
  }
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
