/**
 * URL checks shared by the link and image rules. Browsers ignore ASCII whitespace and control
 * characters inside a scheme (`java\tscript:` runs), so they are removed before the scheme test.
 */
const SCRIPT_SCHEME = /^(?:javascript|vbscript|livescript|data):/i;

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]+/g;

export function hasScriptableScheme(url: string): boolean {
  return SCRIPT_SCHEME.test(url.replace(IGNORED_IN_SCHEME, ''));
}

/**
 * `url` made absolute against `base` when possible. Returns null for script-capable schemes.
 * A relative URL with no usable base (a detached string fragment) is returned as written.
 */
export function resolveUrl(url: string, base: string | null | undefined): string | null {
  const raw = url.trim();
  if (!raw || hasScriptableScheme(raw)) return null;
  try {
    const resolved = new URL(raw, base && /^https?:/i.test(base) ? base : undefined);
    if (hasScriptableScheme(resolved.href)) return null;
    return resolved.href;
  } catch {
    return /^[a-z][a-z0-9+.-]*:/i.test(raw) ? null : raw;
  }
}

/** A URL written so Markdown reads it back whole: spaces, angle brackets and parentheses encoded. */
export function markdownDestination(url: string): string {
  return url.replace(
    /[\s<>()]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A link/image title inside double quotes. */
export function markdownTitle(title: string | null): string {
  const text = (title ?? '').replace(/\s+/g, ' ').trim();
  return text ? ` "${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : '';
}

/** The node's base URL, or null where the DOM does not implement it (Turndown's Node parser). */
export function baseUrlOf(node: Node): string | null {
  try {
    return node.baseURI;
  } catch {
    return null;
  }
}
