import { runContentClip, takeContentRequest } from '@/utils/clip-tab/content-clip';
import { clipDocumentAsync } from '@/utils/pipeline/run-async';

/**
 * Injected on demand by the background (`registration: 'runtime'`, no static matches), into the
 * page's isolated world, so page scripts that override globals cannot reach it. Returns plain data;
 * the background validates and saves it. Never imports the database (tests/unit/extension). The
 * pipeline runs stage by stage with the page's own tasks in between, so a huge page stays responsive.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main() {
    const request = takeContentRequest(globalThis as unknown as Record<string, unknown>);
    return runContentClip(window, request, clipDocumentAsync);
  },
});
