import { forEachElement } from '../../prepare/elements';
import type { CleanRule } from '../types';

const KEPT = new Set([
  'href',
  'src',
  'srcset',
  'alt',
  'title',
  'colspan',
  'rowspan',
  'datetime',
  'cite',
  'lang',
  'dir',
  'data-lang',
]);
const LANGUAGE_CLASS = /(?:^|\s)(?:lang(?:uage)?-|highlight-(?:source-)?|brush:\s*)([\w#+-]+)/i;

/**
 * Last rule: removes presentational and tracking attributes (class, id, style, data-*) now that the
 * rules that read class and id have run. A code block's language (class="language-ts" on the
 * `<pre>` or its `<code>`, or on a wrapper) is carried onto the `<pre>` as data-lang first, so the
 * Markdown step can fence it.
 */
export const stripAttributes: CleanRule = {
  name: 'strip-attributes',
  apply(root) {
    for (const pre of Array.from(root.querySelectorAll('pre'))) {
      if (pre.hasAttribute('data-lang')) continue;
      const sources = [
        pre,
        pre.querySelector('code'),
        pre.parentElement,
        pre.parentElement?.parentElement,
      ];
      for (const source of sources) {
        const match = LANGUAGE_CLASS.exec(source?.getAttribute('class') ?? '');
        if (match?.[1]) {
          pre.setAttribute('data-lang', match[1].toLowerCase());
          break;
        }
      }
    }
    // A TreeWalker and getAttributeNames(): the same elements and names as querySelectorAll('*')
    // and el.attributes, without the selector engine, jsdom's slow indexing of a live collection,
    // or Attr objects.
    const strip = (el: Element): void => {
      for (const name of el.getAttributeNames()) {
        if (!KEPT.has(name.toLowerCase())) el.removeAttribute(name);
      }
    };
    strip(root);
    forEachElement(root, strip);
  },
};
