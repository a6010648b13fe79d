import { hasScriptableScheme } from './url-safety';
import { matchesTypeSelector } from '../clean/dom';
import { forEachElement } from '../prepare/elements';

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
const DROP_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
  'form',
  'input',
  'button',
  'textarea',
  'select',
]);

/**
 * HTML of an element that Markdown keeps as HTML (a complex table), without what the cleaning
 * stage may have missed: scripts, event handlers, script-capable URLs. `el` is changed: it is a node
 * of the tree Turndown converts (its own copy, or an article the pipeline has handed over), so a
 * copy of it would only cost time.
 */
export function sanitizedOuterHtml(el: Element): string {
  const descendants: Element[] = [];
  forEachElement(el, (node) => descendants.push(node));
  for (const node of [el, ...descendants]) {
    // A dropped element's descendants are still visited below: harmless, they left with it.
    if (node !== el && matchesTypeSelector(node, DROP_ELEMENTS)) {
      node.remove();
      continue;
    }
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
  return el.outerHTML;
}
