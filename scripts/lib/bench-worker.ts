/**
 * Worker thread of `npm run bench`: one message = one page. Each repetition runs the three
 * extractors in a shuffled order, each on a fresh jsdom of the same decoded page; only the
 * extraction is timed (parsing is the same for all three and not what is being compared).
 */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import TurndownService from 'turndown';
import { clipDocument } from '../../utils/pipeline/index';
import { decodePage, pageUrl, parsePage } from './page-runner';

export const BENCH_EXTRACTORS = ['ours', 'readability+turndown', 'defuddle'] as const;
export type BenchExtractor = (typeof BENCH_EXTRACTORS)[number];

export interface BenchTask {
  corpus: string;
  id: string;
  htmlPath: string;
  url: string;
  reps: number;
  seed: number;
}

export interface BenchTaskResult {
  corpus: string;
  id: string;
  /** Milliseconds per repetition, per extractor. */
  times: Record<BenchExtractor, number[]>;
  /** Extractors that threw (NoArticleError included); their time until the throw still counts. */
  failed: BenchExtractor[];
}

async function runExtractor(name: BenchExtractor, doc: Document, url: string): Promise<void> {
  if (name === 'ours') {
    clipDocument(doc, url);
  } else if (name === 'readability+turndown') {
    // An extension cannot let Readability mutate the live page, so the baseline pays for a clone
    // too, as our pipeline does; without it the ratio compared a clone against no clone.
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    if (article?.content) new TurndownService().turndown(article.content);
  } else {
    await Defuddle(doc, url, { markdown: true });
  }
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

let tasksInThisWorker = 0;

async function runTask(task: BenchTask): Promise<BenchTaskResult> {
  const { html } = decodePage(new Uint8Array(await readFile(task.htmlPath)));
  const url = pageUrl(task.url, task.id);
  const times = { ours: [], 'readability+turndown': [], defuddle: [] } as Record<
    BenchExtractor,
    number[]
  >;
  const failed = new Set<BenchExtractor>();
  // A fresh worker's first pages run cold code: one untimed round warms all three up.
  const warmUp = tasksInThisWorker++ < 3 ? 1 : 0;
  for (let rep = 0; rep < warmUp + task.reps; rep++) {
    for (const name of shuffled(BENCH_EXTRACTORS, task.seed + rep)) {
      const dom = parsePage(html, url);
      const started = performance.now();
      try {
        await runExtractor(name, dom.window.document, url);
      } catch {
        failed.add(name);
      }
      const elapsed = performance.now() - started;
      dom.window.close();
      if (rep >= warmUp) times[name].push(elapsed);
    }
  }
  return { corpus: task.corpus, id: task.id, times, failed: [...failed] };
}

parentPort?.on('message', (task: BenchTask) => {
  runTask(task).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) => {
      throw error;
    },
  );
});
