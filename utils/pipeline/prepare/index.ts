import { documentBaseUrl, makeUrlsAbsolute } from './absolute-urls';
import { cloneDocumentCapped } from './clone-capped';
import { resolveLazyImages } from './lazy-images';
import { resolveNoscriptImages } from './noscript-images';
import { stripActiveContent } from './strip-active-content';

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
export function prepareTree(doc: Document, root: ParentNode, baseUrl: string): void {
  resolveNoscriptImages(doc, root);
  resolveLazyImages(root);
  stripActiveContent(root);
  makeUrlsAbsolute(root, baseUrl);
}

export { documentBaseUrl } from './absolute-urls';
