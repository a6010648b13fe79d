import { documentBaseUrl, makeElementUrlsAbsolute } from './absolute-urls';
import { cloneDocumentCapped } from './clone-capped';
import { forEachElement } from './elements';
import { resolveLazyImages } from './lazy-images';
import { resolveNoscriptImages } from './noscript-images';
import { removeActiveElements, stripActiveAttributes } from './strip-active-content';

/**
 * Returns a prepared clone of `doc` (the live page is never touched): real image URLs swapped in,
 * every URL absolute, scripts/styles/handlers gone. JSON-LD and `<meta>` stay for the metadata step.
 */
export function preparePage(doc: Document, url: string): Document {
  const clone = cloneDocumentCapped(doc);
  prepareTree(clone, clone, documentBaseUrl(doc, url));
  return clone;
}

/** The same preparation for any subtree (a user's selection parsed on its own). */
export function prepareTree(doc: Document, root: Document | Element, baseUrl: string): void {
  resolveNoscriptImages(doc, root);
  resolveLazyImages(root);
  // stripActiveContent then makeUrlsAbsolute, with their per-element attribute passes fused into
  // one walk (each element's attributes are handled independently of the others).
  removeActiveElements(root);
  forEachElement(root, (el) => {
    stripActiveAttributes(el);
    makeElementUrlsAbsolute(el, baseUrl);
  });
}

export { documentBaseUrl } from './absolute-urls';
