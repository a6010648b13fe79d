import { hasScriptableScheme } from './url-safety';

/**
 * HTML of an element that Markdown keeps as HTML (a complex table), without what the cleaning
 * stage may have missed: scripts, event handlers, script-capable URLs. The element is cloned;
 * the input is not changed.
 */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'cite',
  'srcset',
  'data',
]);
const DROP_ELEMENTS =
  'script, style, noscript, template, iframe, object, embed, link, meta, form, input, button, textarea, select';

export function safeOuterHtml(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const bad of Array.from(clone.querySelectorAll(DROP_ELEMENTS))) bad.remove();
  for (const node of [clone, ...Array.from(clone.querySelectorAll('*'))]) {
    for (const attr of Array.from(node.attributes)) {
      const name = attr.name.toLowerCase();
      if (
        name.startsWith('on') ||
        name === 'style' ||
        (URL_ATTRIBUTES.has(name) && hasScriptableScheme(attr.value))
      ) {
        node.removeAttribute(attr.name);
      }
    }
  }
  return clone.outerHTML;
}
