/**
 * Lazy-loading pages put a tiny or generic image in `src` until a script swaps the real one in.
 * Both the prepare step (which swaps the real URL in) and the cleaning step (which drops images
 * still showing a placeholder) need the same definition, so it lives here once.
 */

const PLACEHOLDER_NAME =
  /(?:^|[/_.-])(?:blank|spacer|pixel|transparent|placeholder|lazy(?:load)?|loading|load|grey|gray|default|empty|1x1|clear|dot|none|nopic|noimg|no-image)(?:[_.-][\w-]*)?\.(?:gif|png|jpe?g|svg|webp)(?:$|[?#])/i;

/** True when `src` is a placeholder rather than a real picture. Empty counts as a placeholder. */
export function isPlaceholderImageUrl(src: string | null | undefined): boolean {
  const value = (src ?? '').trim();
  if (!value || value === '#' || value === 'about:blank') return true;
  if (/^data:/i.test(value)) {
    // Inline images under ~200 bytes are spacer GIFs / 1×1 PNGs; real inline pictures are larger.
    return value.length < 200 || (/^data:image\/svg\+xml/i.test(value) && value.length < 600);
  }
  const path = value.split(/[?#]/)[0] ?? '';
  return PLACEHOLDER_NAME.test(path + (value.includes('?') ? '?' : ''));
}

/** A value that can be an image URL: no spaces, not a script or a bare word like "true". */
export function looksLikeImageUrl(value: string | null | undefined): boolean {
  const v = (value ?? '').trim();
  if (!v || /\s/.test(v) || /^(?:javascript|vbscript|about):/i.test(v)) return false;
  if (/^data:image\//i.test(v)) return true;
  return /^(?:https?:)?\/\//i.test(v) || /[/.]/.test(v);
}
