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
export function stripActiveContent(root: ParentNode): void {
  for (const script of Array.from(root.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') {
      script.remove();
    }
  }
  for (const el of Array.from(root.querySelectorAll('style, link[rel~="stylesheet" i]'))) {
    el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(el.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) {
        el.removeAttribute(attribute.name);
      } else if (URL_ATTRIBUTE_NAMES.includes(name) && UNSAFE_URL.test(attribute.value)) {
        const isImagePixels = el.tagName === 'IMG' && /^\s*data:image\//i.test(attribute.value);
        if (!isImagePixels) el.removeAttribute(attribute.name);
      }
    }
  }
}
