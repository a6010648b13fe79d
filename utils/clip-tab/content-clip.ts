/**
 * What the runtime content script does, as a function of its world (window + the pipeline), so
 * it runs the same in the page and in a jsdom test. Returns plain data only; it never touches the
 * database (the background validates and saves).
 */
import {
  CONTENT_LIMITS,
  CONTENT_REQUEST_GLOBAL,
  isContentClipRequest,
  type ContentClipRequest,
  type ContentClipResponse,
} from '../messages';
import { BROWSER_MIN_ARTICLE_WORDS } from '../pipeline/readability';
import { yieldToPage, type Checkpoint } from '../pipeline/run-async';
import type { ClipResult } from '../types';
import { undoGbkMisread } from '../encoding/mojibake';
import { withShadowRootsFlattened } from './flatten-shadow';
import { repairMisreadGbk } from './repair-encoding';
import { selectionToHtml } from './selection';

export interface PipelineOptions {
  selectionHtml?: string;
  wholePage?: boolean;
  category?: string;
  minArticleWords?: number;
}

/** The pipeline: clipDocumentAsync in the browser (it calls `checkpoint` between its stages). */
export type ClipDocumentFn = (
  doc: Document,
  url: string,
  options?: PipelineOptions,
  checkpoint?: Checkpoint,
) => ClipResult | Promise<ClipResult>;

/**
 * Above this many elements the clip would take tens of seconds even in stages (measured in
 * Chromium: 100,000 elements / 20 MB ≈ 3–13 s on a loaded 2-core machine), so it stops with a
 * message before starting. A selection clip is still allowed: the user asked for it and its
 * article part is small.
 */
export const MAX_CLIP_ELEMENTS = 250_000;

/**
 * A clip still running after this long stops at its next stage boundary with too-large, so the
 * user gets that message and its next step rather than the background's 120 s timeout.
 */
export const MAX_CLIP_MS = 90_000;

/** Thrown by the checkpoint to stop the pipeline between two stages. */
class ClipStopped extends Error {
  constructor(
    readonly code: 'navigated-away' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/** Frames with less text than this are ads or widgets, not an article. */
const MIN_FRAME_TEXT = 200;

/** Read (and clear) the options the background set in this isolated world before injecting. */
export function takeContentRequest(scope: Record<string, unknown>): ContentClipRequest {
  const value = scope[CONTENT_REQUEST_GLOBAL];
  delete scope[CONTENT_REQUEST_GLOBAL];
  return isContentClipRequest(value) ? value : { selectionOnly: false, wholePage: false };
}

function isNoArticle(error: unknown): boolean {
  return error instanceof Error && error.name === 'NoArticleError';
}

/** Same-origin frame documents (cross-origin ones throw or give null), most text first. */
function sameOriginFrameDocuments(doc: Document): Document[] {
  const docs: { doc: Document; textLength: number }[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let frameDoc: Document | null = null;
    try {
      frameDoc = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      frameDoc = null;
    }
    const textLength = frameDoc?.body?.textContent?.trim().length ?? 0;
    if (frameDoc && textLength >= MIN_FRAME_TEXT) docs.push({ doc: frameDoc, textLength });
  }
  return docs.sort((a, b) => b.textLength - a.textLength).map((entry) => entry.doc);
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 500);
}

function keptHtml(html: string): string {
  // Too big to keep: the clip is still saved, without its raw HTML.
  return html.length <= CONTENT_LIMITS.maxPageHtmlChars ? html : '';
}

function pageHtmlOf(doc: Document): string {
  return keptHtml(doc.documentElement?.outerHTML ?? '');
}

interface ClipSource {
  /** What the pipeline reads. */
  doc: Document;
  pageHtml: () => string;
  /** Set when the browser decoded GBK bytes as this Latin code page and the text was repaired. */
  misreadAs?: string;
}

/**
 * The document to clip: shadow roots flattened, and GBK text the browser decoded as Latin
 * repaired (then the stored HTML is the repaired one, flattened content included).
 */
function clipSourceOf(doc: Document, url: string): ClipSource {
  const flattened = withShadowRootsFlattened(doc, url);
  const repaired = repairMisreadGbk(flattened, url, doc.characterSet);
  if (!repaired) return { doc: flattened, pageHtml: () => pageHtmlOf(doc) };
  return {
    doc: repaired.doc,
    pageHtml: () => keptHtml(repaired.html),
    misreadAs: repaired.misreadAs,
  };
}

function withoutHash(url: string): string {
  const index = url.indexOf('#');
  return index === -1 ? url : url.slice(0, index);
}

/**
 * Between two pipeline stages: give the page its thread back, then stop if the page has moved on
 * (a half-clipped page must not be saved under the new URL) or the clip has run out of time.
 */
function makeCheckpoint(win: Window, pageUrl: string, maxMs: number): Checkpoint {
  const startedAt = Date.now();
  return async () => {
    await yieldToPage();
    if (withoutHash(win.location.href) !== withoutHash(pageUrl)) {
      throw new ClipStopped('navigated-away', 'The page changed while it was being clipped.');
    }
    if (Date.now() - startedAt > maxMs) {
      throw new ClipStopped(
        'too-large',
        `This page is too large to clip: it was still being read after ${Math.round(maxMs / 1000)} s.`,
      );
    }
  };
}

export async function runContentClip(
  win: Window,
  request: ContentClipRequest,
  clipDocument: ClipDocumentFn,
  maxElements: number = MAX_CLIP_ELEMENTS,
  maxMs: number = MAX_CLIP_MS,
): Promise<ContentClipResponse> {
  try {
    return await clipPage(win, request, clipDocument, maxElements, maxMs);
  } catch (error) {
    if (error instanceof ClipStopped)
      return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'unknown', message: errorMessage(error) };
  }
}

async function clipPage(
  win: Window,
  request: ContentClipRequest,
  clipDocument: ClipDocumentFn,
  maxElements: number,
  maxMs: number,
): Promise<ContentClipResponse> {
  const doc = win.document;
  const pageUrl = win.location.href;
  if (doc.contentType === 'application/pdf') {
    return { ok: false, code: 'pdf-viewer', message: 'This is the PDF viewer, not a web page.' };
  }
  // The HTML is still arriving: a clip now would cut the article off.
  if (doc.readyState === 'loading') {
    return { ok: false, code: 'page-loading', message: 'The page is still loading.' };
  }
  const elements = doc.getElementsByTagName('*').length;
  if (!request.selectionOnly && elements > maxElements) {
    return {
      ok: false,
      code: 'too-large',
      message: `This page is too large to clip: ${elements} elements (the limit is ${maxElements}).`,
    };
  }
  let selectionHtml: string | undefined;
  if (request.selectionOnly) {
    selectionHtml = selectionToHtml(win);
    if (!selectionHtml) {
      return { ok: false, code: 'no-selection', message: 'Nothing is selected on the page.' };
    }
  }
  const checkpoint = makeCheckpoint(win, pageUrl, maxMs);
  const top = clipSourceOf(doc, pageUrl);
  if (top.misreadAs) {
    // Serializing, repairing and parsing a mislabelled page is a task of its own.
    await checkpoint();
    if (selectionHtml) selectionHtml = undoGbkMisread(selectionHtml, top.misreadAs);
  }
  const options: PipelineOptions = {
    selectionHtml,
    wholePage: request.wholePage,
    category: request.category,
    minArticleWords: BROWSER_MIN_ARTICLE_WORDS,
  };
  let topClip: ContentClipResponse | undefined;
  try {
    const result = await clipDocument(top.doc, pageUrl, options, checkpoint);
    // Serializing a 20 MB page is a task of its own.
    await checkpoint();
    topClip = { ok: true, result, pageHtml: top.pageHtml(), pageUrl };
    // A full article in the top document wins; a stub ("loading the story…") may be the frame
    // around the real article.
    if (request.selectionOnly || !result.flags.includes('too-short')) return topClip;
  } catch (error) {
    if (error instanceof ClipStopped) throw error;
    if (!isNoArticle(error)) return { ok: false, code: 'unknown', message: errorMessage(error) };
  }
  // Framesets and pages that show the article in a same-origin iframe keep it there.
  for (const frameDoc of sameOriginFrameDocuments(doc)) {
    const frameUrl = frameDoc.URL;
    try {
      const frame = clipSourceOf(frameDoc, frameUrl);
      const result = await clipDocument(
        frame.doc,
        frameUrl,
        { category: request.category, minArticleWords: BROWSER_MIN_ARTICLE_WORDS },
        checkpoint,
      );
      if (topClip?.ok && topClip.result.wordCount >= result.wordCount) break;
      await checkpoint();
      return { ok: true, result, pageHtml: frame.pageHtml(), pageUrl, frameUrl };
    } catch (error) {
      if (error instanceof ClipStopped) throw error;
      if (!isNoArticle(error)) continue;
    }
  }
  if (topClip) return topClip;
  return {
    ok: false,
    code: 'no-article',
    message: 'No article was found on this page.',
  };
}
