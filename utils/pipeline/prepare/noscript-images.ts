import { isPlaceholderImageUrl } from '../clean/placeholder-image';
/**
 * `noscripts`: the page's `<noscript>` elements in document order. Returns the images it put into
 * the page (the later steps must see them too).
 *
 * Lazy loaders often ship the real `<img>` inside `<noscript>` next to a placeholder. When the
 * placeholder is the noscript's previous sibling it is replaced by the real image; a noscript that
 * only holds an image (and has no visible image beside it) is unwrapped.
 *
 * With scripting enabled (a browser) `<noscript>` content is raw text; with scripting disabled
 * (jsdom) it is parsed as elements. Both are handled.
 */
export function resolveNoscriptImages(doc: Document, noscripts: readonly Element[]): Element[] {
  const inserted: Element[] = [];
  for (const noscript of noscripts) {
    const img = imageInside(doc, noscript);
    if (!img) continue;
    const previous = noscript.previousElementSibling;
    const previousImg =
      previous?.tagName === 'IMG' ? previous : (previous?.querySelector?.('img') ?? null);
    if (previousImg && isPlaceholderImageUrl(previousImg.getAttribute('src'))) {
      previousImg.replaceWith(img);
      noscript.remove();
      inserted.push(img);
    } else if (!previousImg) {
      noscript.replaceWith(img);
      inserted.push(img);
    }
  }
  return inserted;
}

function imageInside(doc: Document, noscript: Element): Element | null {
  const elements = noscript.children;
  if (elements.length > 0) {
    if (elements.length !== 1) return null;
    const only = elements[0]!;
    const img =
      only.tagName === 'IMG'
        ? only
        : only.querySelectorAll('img').length === 1
          ? only.querySelector('img')
          : null;
    return img ? (doc.importNode(img, true) as Element) : null;
  }
  const text = noscript.textContent ?? '';
  if (!/^\s*<img\b[^<]*>\s*$/i.test(text)) return null;
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  if (!Parser) return null;
  const parsed = new Parser().parseFromString(text, 'text/html');
  const img = parsed.querySelector('img');
  return img ? (doc.importNode(img, true) as Element) : null;
}
