import { elementsByTag, forEachElement, hasToken } from './elements';

/** URL schemes that run code or smuggle a document when followed. */
export const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;
const URL_ATTRIBUTE_NAMES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'srcset',
];

/**
 * Removes what could run or restyle: `<script>` (except JSON-LD, which the metadata step reads),
 * `<style>`, stylesheet links, event-handler attributes, and `javascript:`/`vbscript:` URLs. `data:`
 * URLs are dropped from links and frames (not from images, where they are just pixels).
 */
export function stripActiveContent(root: Document | Element): void {
  removeActiveElements(
    elementsByTag(root, 'script'),
    elementsByTag(root, 'style'),
    elementsByTag(root, 'link'),
  );
  forEachElement(root, stripActiveAttributes);
}

/**
 * The element half of stripActiveContent: scripts (but JSON-LD), styles, stylesheet links, from
 * the page's lists of each tag.
 */
export function removeActiveElements(
  scripts: readonly Element[],
  styles: readonly Element[],
  links: readonly Element[],
): void {
  for (const script of scripts) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') {
      script.remove();
    }
  }
  for (const el of styles) el.remove();
  for (const el of links) {
    if (hasToken(el, 'rel', 'stylesheet')) el.remove();
  }
}

/** The attribute half of stripActiveContent, for one element. */
export function stripActiveAttributes(el: Element): void {
  for (const qualifiedName of el.getAttributeNames()) {
    const name = qualifiedName.toLowerCase();
    if (name.startsWith('on')) {
      el.removeAttribute(qualifiedName);
    } else if (URL_ATTRIBUTE_NAMES.includes(name)) {
      const value = el.getAttribute(qualifiedName) ?? '';
      if (!UNSAFE_URL.test(value)) continue;
      const isImagePixels = el.tagName === 'IMG' && /^\s*data:image\//i.test(value);
      if (!isImagePixels) el.removeAttribute(qualifiedName);
    }
  }
}
