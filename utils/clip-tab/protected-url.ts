/**
 * Pages a clip cannot run on, decided from the tab before injecting, so the user gets the reason
 * and a next step instead of a raw executeScript error.
 */
import type { ClipErrorCode } from '../messages';

/** Extension stores: browsers refuse extension scripts there even with host permissions. */
const STORE_PAGES: readonly { host: string; pathPrefix: string }[] = [
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'addons.mozilla.org', pathPrefix: '/' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
];

/** Chrome's built-in PDF viewer is itself an extension page. */
const CHROME_PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

export interface TabLike {
  url?: string;
  pendingUrl?: string;
  status?: string;
}

export interface ClassifyOptions {
  /** `browser.extension.isAllowedFileSchemeAccess()` */
  fileSchemeAllowed: boolean;
}

/** The reason a URL cannot be clipped, or null when it can. */
export function classifyUrl(rawUrl: string, options: ClassifyOptions): ClipErrorCode | null {
  if (/^view-source:/i.test(rawUrl)) return 'view-source';
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return 'protected-page';
  }
  if (url.protocol === 'chrome-extension:' && url.hostname === CHROME_PDF_VIEWER_ID) {
    return 'pdf-viewer';
  }
  if (url.protocol === 'file:') {
    if (!options.fileSchemeAllowed) return 'file-access';
  } else if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // chrome:, edge:, about:, chrome-extension:, moz-extension:, devtools:, data:, blob: …
    return 'protected-page';
  }
  const host = url.hostname.toLowerCase();
  if (STORE_PAGES.some((page) => page.host === host && url.pathname.startsWith(page.pathPrefix))) {
    return 'web-store';
  }
  if (/\.pdf$/i.test(url.pathname)) return 'pdf-viewer';
  return null;
}

/**
 * The reason a tab cannot be clipped, or null. A tab whose URL is hidden from us (no activeTab
 * grant yet) is let through: the injection itself then decides, and its error is reported.
 *
 * `tab.status === 'loading'` is deliberately not a refusal: news pages stay 'loading' long after
 * their text is there (ads, trackers, the tab even reports it for a moment after `load`). The
 * content script refuses while `document.readyState` is still 'loading' (the DOM is incomplete),
 * which is the case that matters.
 */
export function classifyTab(tab: TabLike, options: ClassifyOptions): ClipErrorCode | null {
  const url = tab.url || tab.pendingUrl;
  return url ? classifyUrl(url, options) : null;
}
