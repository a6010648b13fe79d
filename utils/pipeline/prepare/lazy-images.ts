import { isPlaceholderImageUrl, looksLikeImageUrl } from '../clean/placeholder-image';
import { bestSrcsetCandidate } from './srcset';

/** Attributes lazy loaders keep the real image URL in, most specific first. */
export const LAZY_SRC_ATTRIBUTES = [
  'data-original',
  'data-src',
  'data-actualsrc',
  '_src',
  'data-lazy-src',
  'data-original-src',
  'data-url',
  'data-echo',
  'data-lazy',
  'data-hi-res-src',
] as const;

const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'] as const;

/**
 * `imgs`, `sources`, `pictures`: the page's elements of each tag (prepareTree's lists; an element
 * the page no longer holds only has its own attributes changed, which nothing reads).
 *
 * Swaps the real image URL into `src` for images a lazy loader has not loaded (saved pages, pages
 * clipped before scrolling). Extension-less CDN URLs (…/mmbiz_jpg/…?wx_fmt=jpeg) are accepted: a
 * lazy attribute's value is trusted to be an image when it looks like a URL at all.
 */
export function resolveLazyImages(
  imgs: readonly Element[],
  sources: readonly Element[],
  pictures: readonly Element[],
): void {
  for (const img of imgs) {
    const lazy = findLazySource(img);
    if (lazy && lazy !== img.getAttribute('src')) img.setAttribute('src', lazy);
    const srcset = LAZY_SRCSET_ATTRIBUTES.map((a) => img.getAttribute(a)).find(Boolean);
    if (srcset) img.setAttribute('srcset', srcset);
    if (isPlaceholderImageUrl(img.getAttribute('src'))) {
      const best = bestSrcsetCandidate(img.getAttribute('srcset'));
      if (best && looksLikeImageUrl(best)) img.setAttribute('src', best);
    }
  }
  // `picture source`: a <source> with a <picture> ancestor.
  for (const source of sources) {
    if (!source.parentElement?.closest('picture')) continue;
    const srcset = LAZY_SRCSET_ATTRIBUTES.map((a) => source.getAttribute(a)).find(Boolean);
    if (srcset) source.setAttribute('srcset', srcset);
  }
  // <picture> whose <img> is still a placeholder: take the best <source>.
  for (const picture of pictures) {
    const img = picture.querySelector('img');
    if (!img || !isPlaceholderImageUrl(img.getAttribute('src'))) continue;
    for (const source of Array.from(picture.querySelectorAll('source'))) {
      const best = bestSrcsetCandidate(source.getAttribute('srcset'));
      if (best && looksLikeImageUrl(best)) {
        img.setAttribute('src', best);
        break;
      }
    }
  }
}

function findLazySource(img: Element): string | null {
  for (const attribute of LAZY_SRC_ATTRIBUTES) {
    const value = img.getAttribute(attribute)?.trim();
    if (value && looksLikeImageUrl(value) && !isPlaceholderImageUrl(value)) return value;
  }
  return null;
}
