/**
 * `clipDocument` for a live page: the same stages, in the same order, each in a main-thread task of
 * its own with a `checkpoint` between them. On a 100,000-element page the synchronous pipeline is
 * one task of several seconds, during which the tab cannot scroll, type or paint; split at its
 * stage boundaries the page gets the thread back between stages, and the caller can stop the clip
 * there (the page navigated, the clip ran out of time). The output is identical to clipDocument's
 * (tests/unit/pipeline/run-async.test.ts); the CLI and the evaluation keep the synchronous one.
 */
import type { ClipResult } from '@/utils/types';
import { cloneDocumentChunked } from './clone-chunked';
import { assembleClip, type ClipOptions } from './index';
import { documentBaseUrl, prepareTree } from './prepare';
import { readPageFacts } from './metadata';
import { extractArticle, needsPreparedPage, readArticle } from './readability';

/** Called between stages: resolves to continue, rejects to stop the clip. */
export type Checkpoint = () => Promise<void>;

/**
 * Lets the page's own tasks (input, rendering, timers) run. A timer task, not scheduler.yield():
 * a yield continuation outranks the page's timers, which would then wait for the whole clip.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function clipDocumentAsync(
  doc: Document,
  url: string,
  options: ClipOptions = {},
  checkpoint: Checkpoint = yieldToPage,
): Promise<ClipResult> {
  // preparePage, split: the clone (itself in chunks), then the preparation rules on it.
  const baseUrl = documentBaseUrl(doc, url);
  const prepared = await cloneDocumentChunked(doc, checkpoint);
  await checkpoint();
  prepareTree(prepared, prepared, baseUrl);
  const page = readPageFacts(prepared, url);
  await checkpoint();
  const fields = readArticle(prepared, !needsPreparedPage(options));
  await checkpoint();
  const article = extractArticle(prepared, url, options, fields);
  await checkpoint();
  return assembleClip(page, article, url);
}
