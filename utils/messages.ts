/**
 * Every message that crosses an extension context, in one place.
 *
 * - Extension pages (popup, full view) → background: `sendMessage({ type: 'clip-active-tab', … })`.
 *   The background answers through one listener built by `createMessageListener` (utils/background),
 *   which checks the sender and the payload shape before any handler runs.
 * - Runtime content script → background: not a message. `browser.scripting.executeScript` resolves to
 *   what the script's `main()` returned (`ContentClipResponse`); the background validates it with
 *   `parseContentClipResponse` because it came out of a web page's process.
 *
 * Nothing here touches IndexedDB, so the content script may import the types; nor the extension
 * API: the calls that do (sendMessage, currentExtension) are in messages-runtime.ts, so the content
 * script does not bundle the webextension-polyfill that `browser` brings.
 */
import type { Browser } from 'wxt/browser';
import type { ClipMetadata, ClipResult, QualityFlag } from './types';

// ---------------------------------------------------------------------------------------------
// Clip errors and status
// ---------------------------------------------------------------------------------------------

/** Why a clip did not happen. Each code has a user message and a next step (utils/clip-tab/errors.ts). */
export type ClipErrorCode =
  | 'no-tab' // the tab is gone or there is no active tab
  | 'protected-page' // chrome://, edge://, about:, extension pages: browsers forbid scripts there
  | 'web-store' // Chrome Web Store / addons.mozilla.org block extension scripts
  | 'view-source' // view-source: pages
  | 'pdf-viewer' // the built-in PDF viewer is not a web page
  | 'file-access' // file:// while "Allow access to file URLs" is off
  | 'page-loading' // the document is still being parsed (readyState 'loading')
  | 'no-selection' // "clip selection" with nothing selected
  | 'no-article' // the pipeline found no article; the UI offers wholePage: true
  | 'too-large' // too many elements to start, or the time budget ran out mid-clip
  | 'navigated-away' // the tab left the page while the clip ran; nothing was saved
  | 'injection-failed' // executeScript refused or threw
  | 'invalid-result' // the content script returned something that is not a clip
  | 'timeout' // the page took too long to clip
  | 'quota' // the browser refused to store more data
  | 'storage-failed' // any other database failure
  | 'unknown';

export const CLIP_ERROR_CODES: readonly ClipErrorCode[] = [
  'no-tab',
  'protected-page',
  'web-store',
  'view-source',
  'pdf-viewer',
  'file-access',
  'page-loading',
  'no-selection',
  'no-article',
  'too-large',
  'navigated-away',
  'injection-failed',
  'invalid-result',
  'timeout',
  'quota',
  'storage-failed',
  'unknown',
];

export interface ClipError {
  code: ClipErrorCode;
  /** What went wrong, in the UI language. */
  message: string;
  /** What the user can do next, in the UI language. */
  nextStep: string;
  /** True for 'no-article': the UI shows "Clip the whole page anyway" (send wholePage: true). */
  canClipWholePage?: boolean;
}

interface ClipStatusBase {
  tabId: number;
  /** The tab URL when the clip started. */
  url: string;
  startedAt: number;
  selectionOnly: boolean;
  wholePage: boolean;
}

export interface ClipRunning extends ClipStatusBase {
  state: 'running';
}

export interface ClipDone extends ClipStatusBase {
  state: 'done';
  finishedAt: number;
  clipId: string;
  title: string;
  /** True when a clip with the same canonical URL existed and was updated in place. */
  updated: boolean;
  flags: QualityFlag[];
  /** "Clipped" / "Updated the existing clip", in the UI language. */
  message: string;
}

export interface ClipFailed extends ClipStatusBase {
  state: 'error';
  finishedAt: number;
  error: ClipError;
}

export type ClipFinished = ClipDone | ClipFailed;
/** Stored as `lastClipStatus` (utils/settings.ts) so a popup opened later still sees the outcome. */
export type ClipStatus = ClipRunning | ClipFinished;

// ---------------------------------------------------------------------------------------------
// Extension page → background
// ---------------------------------------------------------------------------------------------

export interface ClipOptionsRequest {
  /** Clip only the current selection. */
  selectionOnly?: boolean;
  /** Clip the whole page even when no article is found (the answer to 'no-article'). */
  wholePage?: boolean;
}

export interface ClipActiveTabRequest extends ClipOptionsRequest {
  type: 'clip-active-tab';
  /**
   * The tab to clip; defaults to the active tab of the last focused window. The full view and the
   * e2e tests (which open popup.html as a tab) pass it explicitly.
   */
  tabId?: number;
}

export interface GetClipStatusRequest {
  type: 'get-clip-status';
}

/** The protocol: for each message type, its request and the response data. */
export interface MessageProtocol {
  'clip-active-tab': { request: ClipActiveTabRequest; response: ClipFinished };
  'get-clip-status': { request: GetClipStatusRequest; response: ClipStatus | null };
}

export type MessageType = keyof MessageProtocol;
export type RequestMessage = { [K in MessageType]: MessageProtocol[K]['request'] }[MessageType];
export type RequestOf<K extends MessageType> = MessageProtocol[K]['request'];
export type ResponseOf<K extends MessageType> = MessageProtocol[K]['response'];

/** Why the background refused a message (not a clip failure: those are `ClipFailed` data). */
export type MessageErrorCode = 'forbidden' | 'bad-request' | 'handler-failed';

/** Every answer from the background is wrapped, so a rejection is data, not a lost promise. */
export type MessageEnvelope<T> =
  { ok: true; data: T } | { ok: false; error: { code: MessageErrorCode; message: string } };

export class MessageError extends Error {
  override readonly name = 'MessageError';
  constructor(
    readonly code: MessageErrorCode | 'no-response',
    message: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Payload guards (hand-written: the payload came from another process)
// ---------------------------------------------------------------------------------------------

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

function isOptionalBoolean(value: unknown): value is boolean | undefined {
  return value === undefined || typeof value === 'boolean';
}

function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

const requestGuards: { [K in MessageType]: (value: Record<string, unknown>) => boolean } = {
  'clip-active-tab': (value) =>
    hasOnlyKeys(value, ['type', 'tabId', 'selectionOnly', 'wholePage']) &&
    (value.tabId === undefined || isTabId(value.tabId)) &&
    isOptionalBoolean(value.selectionOnly) &&
    isOptionalBoolean(value.wholePage),
  'get-clip-status': (value) => hasOnlyKeys(value, ['type']),
};

function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(requestGuards, value);
}

/** The request if `value` is a well-formed message of a known type, else a reason. */
export function parseRequest(
  value: unknown,
): { ok: true; request: RequestMessage } | { ok: false; reason: string } {
  if (!isRecord(value)) return { ok: false, reason: 'message is not an object' };
  if (!isMessageType(value.type)) return { ok: false, reason: 'unknown message type' };
  if (!requestGuards[value.type](value)) {
    return { ok: false, reason: `malformed '${value.type}' message` };
  }
  return { ok: true, request: value as unknown as RequestMessage };
}

export interface ExtensionIdentity {
  id: string;
  /** `browser.runtime.getURL('/')`: chrome-extension://<id>/ or moz-extension://<uuid>/ */
  baseUrl: string;
}

/**
 * True when the message came from one of this extension's own pages (popup, full view). Content
 * scripts share the extension id but run in web pages, so their `sender.url` is the page's URL and
 * they fail the URL check; other extensions fail the id check.
 */
export function isFromExtension(
  sender: Pick<Browser.runtime.MessageSender, 'id' | 'url'>,
  extension: ExtensionIdentity,
): boolean {
  if (sender.id !== extension.id) return false;
  if (typeof sender.url !== 'string') return false;
  return sender.url.startsWith(extension.baseUrl);
}

// ---------------------------------------------------------------------------------------------
// Content script → background (the executeScript result)
// ---------------------------------------------------------------------------------------------

/** What the background hands the runtime content script before injecting it. */
export interface ContentClipRequest {
  selectionOnly: boolean;
  wholePage: boolean;
  /** Category to write into the result (the pipeline may use it). */
  category?: string;
}

/** Global the background sets in the content script's isolated world before injecting the file. */
export const CONTENT_REQUEST_GLOBAL = '__seedClipperRequest';

/** Content-script side error codes (a subset of ClipErrorCode). */
export type ContentClipErrorCode =
  | 'no-article'
  | 'too-large'
  | 'no-selection'
  | 'pdf-viewer'
  | 'page-loading'
  | 'navigated-away'
  | 'unknown';

export type ContentClipResponse =
  | {
      ok: true;
      result: ClipResult;
      /** The raw HTML of the clipped document ('' when too large to keep). */
      pageHtml: string;
      /** location.href of the top document the script ran in (checked against the tab's URL). */
      pageUrl: string;
      /** Set when the article came from a same-origin frame. */
      frameUrl?: string;
    }
  | { ok: false; code: ContentClipErrorCode; message: string };

/** Upper bounds so a hostile or huge page cannot make the background store something absurd. */
export const CONTENT_LIMITS = {
  maxFieldChars: 10_000,
  maxBodyChars: 20_000_000,
  maxPageHtmlChars: 64_000_000,
  maxFlags: 16,
} as const;

const QUALITY_FLAGS: readonly QualityFlag[] = [
  'too-short',
  'login-wall',
  'placeholders',
  'whole-page',
  'selection',
];

function isBoundedString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isHttpUrl(value: unknown): value is string {
  if (!isBoundedString(value, CONTENT_LIMITS.maxFieldChars)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:';
  } catch {
    return false;
  }
}

const META_STRING_FIELDS: readonly (keyof ClipMetadata)[] = [
  'title',
  'siteName',
  'section',
  'author',
  'source',
  'leadImage',
  'lang',
  'excerpt',
];

function isClipMetadata(value: unknown): value is ClipMetadata {
  if (!isRecord(value)) return false;
  for (const field of META_STRING_FIELDS) {
    if (!isBoundedString(value[field], CONTENT_LIMITS.maxFieldChars)) return false;
  }
  return (
    value.publishedAt === null || isBoundedString(value.publishedAt, CONTENT_LIMITS.maxFieldChars)
  );
}

/** Shape check of a ClipResult (the id is recomputed by the background, so it is not trusted). */
export function isClipResult(value: unknown): value is ClipResult {
  if (!isRecord(value)) return false;
  const body = CONTENT_LIMITS.maxBodyChars;
  return (
    isHttpUrl(value.url) &&
    isHttpUrl(value.canonicalUrl) &&
    isBoundedString(value.id, 64) &&
    isClipMetadata(value.meta) &&
    isBoundedString(value.html, body) &&
    isBoundedString(value.markdown, body) &&
    isBoundedString(value.text, body) &&
    typeof value.wordCount === 'number' &&
    Number.isFinite(value.wordCount) &&
    value.wordCount >= 0 &&
    Array.isArray(value.flags) &&
    value.flags.length <= CONTENT_LIMITS.maxFlags &&
    value.flags.every((flag) => QUALITY_FLAGS.includes(flag as QualityFlag))
  );
}

function copyClipResult(result: ClipResult): ClipResult {
  const meta = result.meta;
  return {
    url: result.url,
    canonicalUrl: result.canonicalUrl,
    id: result.id,
    meta: {
      title: meta.title,
      siteName: meta.siteName,
      section: meta.section,
      author: meta.author,
      source: meta.source,
      publishedAt: meta.publishedAt,
      leadImage: meta.leadImage,
      lang: meta.lang,
      excerpt: meta.excerpt,
    },
    html: result.html,
    markdown: result.markdown,
    text: result.text,
    wordCount: result.wordCount,
    flags: [...new Set(result.flags)],
  };
}

/** The content script's answer if it has the right shape, else null. */
export function parseContentClipResponse(value: unknown): ContentClipResponse | null {
  if (!isRecord(value) || typeof value.ok !== 'boolean') return null;
  if (value.ok) {
    if (!isClipResult(value.result)) return null;
    if (!isBoundedString(value.pageHtml, CONTENT_LIMITS.maxPageHtmlChars)) return null;
    if (!isHttpUrl(value.pageUrl)) return null;
    if (value.frameUrl !== undefined && !isHttpUrl(value.frameUrl)) return null;
    // Rebuilt field by field so nothing the page process added rides along into storage.
    return {
      ok: true,
      result: copyClipResult(value.result),
      pageHtml: value.pageHtml,
      pageUrl: value.pageUrl,
      ...(value.frameUrl === undefined ? {} : { frameUrl: value.frameUrl }),
    };
  }
  const codes: readonly ContentClipErrorCode[] = [
    'no-article',
    'too-large',
    'no-selection',
    'pdf-viewer',
    'page-loading',
    'navigated-away',
    'unknown',
  ];
  if (!codes.includes(value.code as ContentClipErrorCode)) return null;
  if (!isBoundedString(value.message, CONTENT_LIMITS.maxFieldChars)) return null;
  return { ok: false, code: value.code as ContentClipErrorCode, message: value.message };
}

export function isContentClipRequest(value: unknown): value is ContentClipRequest {
  return (
    isRecord(value) &&
    typeof value.selectionOnly === 'boolean' &&
    typeof value.wholePage === 'boolean' &&
    (value.category === undefined || isBoundedString(value.category, 200))
  );
}
