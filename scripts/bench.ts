/**
 * npm run bench -- [corpus-dir...] [--limit N] [--reps 3] [--workers 1]
 *
 * Pipeline time per page (clipDocument) against plain Readability + Turndown and against Defuddle
 * (its Node entry, markdown on), measured in the same run, interleaved per page in a shuffled order,
 * several repetitions after a warm-up. Prints median and p95 per extractor and the ratios.
 * Defaults to the three dev corpora in ../shared/corpus; --limit N takes N pages per corpus, spread
 * evenly. One worker by default so the extractors do not compete for the two cores.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  BENCH_EXTRACTORS,
  type BenchExtractor,
  type BenchTask,
  type BenchTaskResult,
} from './lib/bench-worker';
import { loadCorpus, type CorpusPage } from './lib/corpus';
import { runPool } from './lib/worker-pool';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_CORPORA = ['readability-testpages', 'cwced-zh', 'news-zh'].map((name) =>
  resolve(repoRoot, '../shared/corpus', name),
);

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const lo = sorted[lower] as number;
  const hi = sorted[upper] as number;
  return lo + (hi - lo) * (position - lower);
}

function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** N pages spread evenly over the corpus (not the first N: ids are not random in every corpus). */
function sample(pages: CorpusPage[], limit: number | undefined): CorpusPage[] {
  if (limit === undefined || limit >= pages.length) return pages;
  return Array.from({ length: limit }, (_, i) => pages[Math.floor((i * pages.length) / limit)]!);
}

function pad(text: string, width: number, right = false): string {
  if (text.length >= width) return text;
  const fill = ' '.repeat(width - text.length);
  return right ? fill + text : text + fill;
}

function table(label: string, results: BenchTaskResult[]): string {
  // A page's time is the median of its repetitions: one descheduled run does not count.
  const perPage = (name: BenchExtractor) => results.map((r) => median(r.times[name]));
  const stats = Object.fromEntries(
    BENCH_EXTRACTORS.map((name) => {
      const times = perPage(name);
      return [name, { median: median(times), p95: quantile(times, 0.95) }];
    }),
  ) as Record<BenchExtractor, { median: number; p95: number }>;
  const ours = stats.ours;
  const lines = [
    `${label}: ${results.length} pages`,
    `  ${pad('extractor', 24)}${pad('median ms', 12, true)}${pad('p95 ms', 12, true)}` +
      `${pad('ours ÷ it (median)', 22, true)}${pad('ours ÷ it (p95)', 18, true)}`,
  ];
  for (const name of BENCH_EXTRACTORS) {
    const s = stats[name];
    lines.push(
      `  ${pad(name, 24)}${pad(s.median.toFixed(1), 12, true)}${pad(s.p95.toFixed(1), 12, true)}` +
        (name === 'ours'
          ? ''
          : `${pad(`${(ours.median / s.median).toFixed(2)}×`, 22, true)}` +
            `${pad(`${(ours.p95 / s.p95).toFixed(2)}×`, 18, true)}`),
    );
  }
  const pageRatios = results.map(
    (r) => median(r.times.ours) / median(r.times['readability+turndown']),
  );
  lines.push(
    `  per-page ratio ours ÷ readability+turndown: median ${median(pageRatios).toFixed(2)}×, ` +
      `p95 ${quantile(pageRatios, 0.95).toFixed(2)}×`,
  );
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      limit: { type: 'string' },
      reps: { type: 'string', default: '3' },
      workers: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run bench -- [corpus-dir...] [--limit N] [--reps 3] [--workers 1]');
    return 0;
  }
  const limit = values.limit ? Number(values.limit) : undefined;
  const reps = Math.max(1, Number(values.reps));
  const dirs = positionals.length ? positionals : DEV_CORPORA;

  const tasks: BenchTask[] = [];
  for (const dir of dirs) {
    const corpus = await loadCorpus(dir);
    for (const page of sample(corpus.pages, limit)) {
      tasks.push({
        corpus: corpus.name,
        id: page.id,
        htmlPath: page.htmlPath,
        url: page.url,
        reps,
        seed: tasks.length + 1,
      });
    }
  }

  const started = performance.now();
  let done = 0;
  const settled = await runPool<BenchTask, BenchTaskResult>(
    tasks,
    {
      workerUrl: new URL('./lib/bench-worker.ts', import.meta.url),
      size: Math.max(1, Number(values.workers)),
      recycleAfter: 40,
      taskTimeoutMs: 600_000,
    },
    () => {
      done++;
      if (process.stderr.isTTY) process.stderr.write(`\rbench: ${done}/${tasks.length}`);
    },
  );
  if (process.stderr.isTTY) process.stderr.write('\n');
  const results = settled.filter((r): r is BenchTaskResult => !(r instanceof Error));
  const lost = settled.length - results.length;

  console.log(
    `bench: ${results.length} pages × ${reps} repetitions (interleaved, shuffled order, warm-up), ` +
      `${((performance.now() - started) / 1000).toFixed(0)} s` +
      (lost ? `; ${lost} pages failed to run and are left out` : ''),
  );
  const corpora = [...new Set(results.map((r) => r.corpus))];
  for (const corpus of corpora) {
    console.log(
      table(
        corpus,
        results.filter((r) => r.corpus === corpus),
      ),
    );
  }
  if (corpora.length > 1) console.log(table('all corpora', results));
  const failures = BENCH_EXTRACTORS.map(
    (name) => `${name} ${results.filter((r) => r.failed.includes(name)).length}`,
  );
  console.log(`pages where the extractor threw (timed until the throw): ${failures.join(', ')}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
