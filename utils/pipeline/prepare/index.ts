import { documentBaseUrl, makeElementUrlsAbsolute } from './absolute-urls';
import { cloneDocumentCapped } from './clone-capped';
import { elementsByTags } from './elements';
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
  const clean = (el: Element): void => {
    // Both steps only read and rewrite attributes: most elements of a page have none.
    if (!el.hasAttributes()) return;
    stripActiveAttributes(el);
    makeElementUrlsAbsolute(el, baseUrl);
  };
  // One walk over the page: it lists the elements the steps below work on and does the
  // per-element attribute pass (strip active content, then absolute URLs) on every element
  // whose attributes no later step reads or rewrites. Images and sources wait: their URLs are
  // replaced first (noscript and lazy images), as when the attribute pass ran last.
  const found = elementsByTags(root, PREPARE_TAGS, (el) => {
    // The same test as the lists' (a prefixed svg:img is not listed, so it is done now).
    if (el.prefix !== null || !ATTRIBUTES_LATER.has(el.localName)) clean(el);
  });
  // The steps run in this order; an element one of them detached stays in a later list, and
  // changing its attributes there changes nothing in the page.
  const images = [...found.img, ...resolveNoscriptImages(doc, found.noscript)];
  resolveLazyImages(images, found.source, found.picture);
  removeActiveElements(found.script, found.style, found.link);
  for (const el of images) clean(el);
  for (const el of found.source) clean(el);
}

const PREPARE_TAGS = ['noscript', 'img', 'source', 'picture', 'script', 'style', 'link'] as const;
/** Elements whose URL attributes the noscript and lazy-image steps read or replace. */
const ATTRIBUTES_LATER = new Set(['img', 'source']);

export { documentBaseUrl } from './absolute-urls';
