import { runContentClip, takeContentRequest } from '@/utils/clip-tab/content-clip';
import { clipDocumentAsync } from '@/utils/pipeline/run-async';

/**
 * The content script, injected on demand by the background (`scripting.executeScript({files})`)
 * into the page's isolated world, so page scripts that override globals cannot reach it. Returns
 * plain data; the background validates and saves it. Never imports the database
 * (tests/unit/extension). The pipeline runs stage by stage with the page's own tasks in between, so
 * a huge page stays responsive.
 *
 * An unlisted script rather than a `*.content.ts` entrypoint: it is only ever injected by the
 * background, and WXT's content-script wrapper (ContentScriptContext) bundles the
 * webextension-polyfill, about 10 KB of the 120 KB budget, for APIs this script never calls.
 */
export default defineUnlistedScript(() => {
  const request = takeContentRequest(globalThis as unknown as Record<string, unknown>);
  return runContentClip(window, request, clipDocumentAsync);
});
