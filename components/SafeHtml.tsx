/**
 * The ONLY place in the extension that turns a string into DOM (ESLint forbids it elsewhere).
 * Clipped pages are untrusted: their HTML/Markdown goes through DOMPurify here, with a policy
 * stricter than DOMPurify's default — no script/style/frames/plugins/forms/media, no event
 * handlers, no inline styles, and URLs only http(s) (mailto: and #fragments for links). In
 * particular data:, javascript: and vbscript: URLs never survive, not even on images (DOMPurify
 * would keep data: images by default). Links open in a new tab without access to this page.
 */
import DOMPurify, { type Config } from 'dompurify';
import { useMemo } from 'preact/hooks';

const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'link',
  'meta',
  'base',
  'template',
  'noscript',
  'audio',
  'video',
  'source',
  'track',
  'portal',
];

const FORBID_ATTR = [
  'style',
  'srcset',
  'ping',
  'autoplay',
  'action',
  'formaction',
  'background',
  'poster',
  'xlink:href',
  'usemap',
];

/** Attributes whose value is a URL; each is checked against the scheme allowlist below. */
const URL_ATTRS = ['href', 'src', 'cite', 'longdesc', 'data', 'codebase', 'lowsrc', 'dynsrc'];

const PURIFY_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_NAMED_PROPS: true,
  // Only absolute http(s) and mailto: URLs, or in-page #fragments. Checked again in the hook,
  // because DOMPurify lets data: through on <img> regardless of this expression.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

/** Whether a URL attribute value may stay: http(s) for everything, mailto:/#fragment for links. */
export function isAllowedUrl(value: string, attribute: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (compact.startsWith('https:') || compact.startsWith('http:')) return true;
  if (attribute === 'href') return compact.startsWith('mailto:') || compact.startsWith('#');
  return false;
}

// A private instance, so these hooks never affect another use of DOMPurify.
const purifier = DOMPurify(window);

purifier.addHook('afterSanitizeAttributes', (node) => {
  const element = node as Element;
  if (typeof element.getAttribute !== 'function') return;
  for (const attribute of URL_ATTRS) {
    const value = element.getAttribute(attribute);
    if (value !== null && !isAllowedUrl(value, attribute)) element.removeAttribute(attribute);
  }
  if (element.tagName === 'A' && element.hasAttribute('href')) {
    const href = element.getAttribute('href') ?? '';
    if (!href.startsWith('#')) {
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
    }
  }
  if (element.tagName === 'IMG') {
    // The preview should not tell the page's server who is reading, nor load every image at once.
    element.setAttribute('referrerpolicy', 'no-referrer');
    element.setAttribute('loading', 'lazy');
  }
});

/** Sanitized HTML string for untrusted `html` (exported for tests and nothing else). */
export function sanitizeHtml(html: string): string {
  return purifier.sanitize(html, { ...PURIFY_CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}

export interface SafeHtmlProps {
  /** Untrusted HTML (e.g. Markdown rendered by marked); sanitized before it reaches the DOM. */
  html: string;
  class?: string;
  'data-testid'?: string;
  lang?: string;
}

export function SafeHtml({ html, class: className, lang, ...rest }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  return (
    <div
      class={className}
      lang={lang || undefined}
      data-testid={rest['data-testid']}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
