/**
 * Bundled by `scripts/bench-bigdom.ts` and evaluated in a test page: times each pipeline stage on
 * the live document, the way the content script would run it (one stage = one main-thread task).
 */
import { Readability } from '@mozilla/readability';
import { withShadowRootsFlattened } from '../../utils/clip-tab/flatten-shadow';
import { cleanArticle } from '../../utils/pipeline/clean';
import { htmlToMarkdown } from '../../utils/pipeline/markdown';
import { extractMetadata } from '../../utils/pipeline/metadata';
import { htmlToPlainText } from '../../utils/pipeline/plain-text';
import { preparePage } from '../../utils/pipeline/prepare';

function time<T>(out: Record<string, number>, name: string, run: () => T): T {
  const start = performance.now();
  const value = run();
  out[name] = performance.now() - start;
  return value;
}

(globalThis as Record<string, unknown>).__bigdomStages = (): Record<string, number> => {
  const out: Record<string, number> = {};
  const url = location.href;
  out.elements = document.getElementsByTagName('*').length;
  const html = time(out, 'serialize (outerHTML)', () => document.documentElement.outerHTML);
  out.htmlMB = html.length / 1024 / 1024;
  time(out, 'parse (DOMParser)', () => new DOMParser().parseFromString(html, 'text/html'));
  const doc = time(out, 'flatten shadow check', () => withShadowRootsFlattened(document, url));
  const prepared = time(out, 'prepare (clone + rules)', () => preparePage(doc, url));
  const clone = time(out, 'clone for Readability', () => prepared.cloneNode(true) as Document);
  const parsed = time(out, 'Readability.parse', () =>
    new Readability<Element>(clone, { keepClasses: true, serializer: (n) => n as Element }).parse(),
  );
  const content = parsed?.content ?? document.createElement('div');
  out.articleElements = content.getElementsByTagName('*').length;
  time(out, 'clean rules', () => cleanArticle(content, { title: parsed?.title ?? '', url }));
  time(out, 'metadata', () => extractMetadata(prepared, url, { content }));
  time(out, 'plain text', () => htmlToPlainText(content));
  time(out, 'markdown', () => htmlToMarkdown(content));
  return out;
};
