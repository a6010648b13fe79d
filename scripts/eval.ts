/**
 * npm run eval -- <corpus-dir>... [--predictions FILE] [--worst N] [--check-python] [--no-cache]
 *
 * Runs our pipeline (ClipResult.text) and plain Readability.js 0.6 (default options, textContent)
 * over every page of each corpus, in the same run, and prints P/R/F1 for both under the two metrics
 * of ../shared/eval/score.py (shingle4_w, shingle4_cjk). --check-python writes both extractors'
 * predictions per corpus, runs `python3 <score.py> <corpus> ours.json readability.json` and fails
 * unless every printed number agrees to 3 decimals.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import {
  METRIC_NAMES,
  pageScore,
  pageTriple,
  round3,
  scoreCorpus,
  type MetricName,
  type Score,
} from '../utils/eval/score';
import { loadCorpus, type Corpus } from './lib/corpus';
import type { EvalTask, EvalTaskResult } from './lib/eval-worker';
import { runPool } from './lib/worker-pool';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SCORER = resolve(repoRoot, '../shared/eval/score.py');
const EXTRACTORS = ['ours', 'readability'] as const;
type Extractor = (typeof EXTRACTORS)[number];

const USAGE = `usage: npm run eval -- <corpus-dir>... [--predictions FILE] [--worst N] [--check-python]
  [--scorer score.py] [--no-cache] [--workers 2] [--limit N]`;

interface CorpusRun {
  corpus: Corpus;
  results: Map<string, EvalTaskResult>;
  seconds: number;
}

function predictionsOf(run: CorpusRun, extractor: Extractor): Map<string, string> {
  return new Map([...run.results].map(([id, r]) => [id, r[extractor].text]));
}

function fmt(score: Score): string {
  return [score.precision, score.recall, score.f1].map((v) => round3(v).toFixed(3)).join('  ');
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function formatTable(runs: CorpusRun[]): string {
  const lines: string[] = [];
  const header = `${pad('corpus', 24)}${pad('pages', 7)}${pad('extractor', 13)}${METRIC_NAMES.map((m) => pad(`${m}  P      R      F1`, 30)).join('')}`;
  lines.push(header, '-'.repeat(header.length));
  for (const run of runs) {
    const truth = new Map(run.corpus.pages.map((p) => [p.id, p.text]));
    EXTRACTORS.forEach((extractor, i) => {
      const scores = scoreCorpus(truth, predictionsOf(run, extractor));
      const name = i === 0 ? pad(run.corpus.name, 24) + pad(String(truth.size), 7) : ' '.repeat(31);
      lines.push(
        name +
          pad(extractor, 13) +
          METRIC_NAMES.map((m) => pad(`${' '.repeat(m.length)}  ${fmt(scores[m])}`, 30)).join(''),
      );
    });
  }
  return lines.join('\n');
}

function formatWorst(run: CorpusRun, count: number): string {
  const metric: MetricName = 'shingle4_cjk';
  const rows = run.corpus.pages.map((page) => {
    const result = run.results.get(page.id);
    const score = (extractor: Extractor) =>
      pageScore(pageTriple(metric, page.text, result?.[extractor].text ?? ''));
    return { page, result, ours: score('ours'), readability: score('readability') };
  });
  rows.sort((a, b) => a.ours.f1 - b.ours.f1);
  const lines = [`worst ${count} pages of ${run.corpus.name} by our ${metric} F1 (P R F1):`];
  for (const row of rows.slice(0, count)) {
    const error = row.result?.ours.error ? `  [${row.result.ours.error}]` : '';
    lines.push(
      `  ${row.page.id}  ours ${fmt(row.ours)}  readability ${fmt(row.readability)}  ` +
        `${row.page.url}${error}`,
    );
  }
  return lines.join('\n');
}

interface PythonLine {
  corpus: string;
  prediction: string;
  [metric: string]: unknown;
}

/** Runs score.py on both extractors' predictions; returns mismatch descriptions (empty = agree). */
async function checkPython(run: CorpusRun, scorer: string, log: (s: string) => void) {
  const dir = await mkdtemp(join(tmpdir(), 'seed-eval-'));
  const mismatches: string[] = [];
  try {
    const files: string[] = [];
    for (const extractor of EXTRACTORS) {
      const file = join(dir, `${extractor}.json`);
      const output: Record<string, { articleBody: string }> = {};
      for (const [id, text] of predictionsOf(run, extractor)) output[id] = { articleBody: text };
      await writeFile(file, JSON.stringify(output));
      files.push(file);
    }
    const { stdout } = await promisify(execFile)('python3', [scorer, run.corpus.dir, ...files], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as PythonLine);
    const truth = new Map(run.corpus.pages.map((p) => [p.id, p.text]));
    let compared = 0;
    EXTRACTORS.forEach((extractor, i) => {
      const python = lines[i];
      const ours = scoreCorpus(truth, predictionsOf(run, extractor));
      for (const metric of METRIC_NAMES) {
        const pyScore = python?.[metric] as Record<string, number> | undefined;
        for (const key of ['precision', 'recall', 'f1'] as const) {
          compared++;
          const mine = ours[metric][key];
          const theirs = pyScore?.[key];
          // Equal after rounding; a value sitting on a rounding tie may round either way.
          const agrees =
            theirs !== undefined &&
            (round3(mine) === theirs || Math.abs(mine - theirs) <= 0.0005 + 1e-12);
          if (!agrees) {
            mismatches.push(
              `${run.corpus.name} ${extractor} ${metric}.${key}: ours ${mine} python ${theirs}`,
            );
          }
        }
      }
    });
    log(
      `python check ${run.corpus.name}: ${compared - mismatches.length}/${compared} values agree ` +
        `with ${scorer} to 3 decimals`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return mismatches;
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      predictions: { type: 'string' },
      worst: { type: 'string' },
      'check-python': { type: 'boolean', default: false },
      scorer: { type: 'string', default: DEFAULT_SCORER },
      'no-cache': { type: 'boolean', default: false },
      workers: { type: 'string', default: '2' },
      limit: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const limit = values.limit ? Number(values.limit) : undefined;
  if (limit !== undefined && values['check-python']) {
    console.error('--limit scores a sample; score.py scores every page: use one or the other');
    return 2;
  }
  const cacheDir = values['no-cache'] ? null : resolve(repoRoot, '.cache/eval/readability');

  const runs: CorpusRun[] = [];
  for (const dir of positionals) {
    const corpus = await loadCorpus(dir);
    if (limit !== undefined) corpus.pages = corpus.pages.slice(0, limit);
    const tasks: EvalTask[] = corpus.pages.map((p) => ({
      corpus: corpus.name,
      id: p.id,
      htmlPath: p.htmlPath,
      url: p.url,
      cacheDir,
    }));
    const started = performance.now();
    let done = 0;
    const settled = await runPool<EvalTask, EvalTaskResult>(
      tasks,
      {
        workerUrl: new URL('./lib/eval-worker.ts', import.meta.url),
        size: Number(values.workers),
        recycleAfter: 40,
        taskTimeoutMs: 600_000,
      },
      () => {
        done++;
        if (process.stderr.isTTY) process.stderr.write(`\r${corpus.name}: ${done}/${tasks.length}`);
      },
    );
    if (process.stderr.isTTY) process.stderr.write('\n');
    const results = new Map<string, EvalTaskResult>();
    settled.forEach((result, i) => {
      const task = tasks[i] as EvalTask;
      results.set(
        task.id,
        result instanceof Error
          ? {
              corpus: task.corpus,
              id: task.id,
              encoding: '',
              ours: { text: '', error: `${result.name}: ${result.message}` },
              readability: { text: '', error: `${result.name}: ${result.message}` },
              readabilityCached: false,
              oursMs: 0,
            }
          : result,
      );
    });
    const seconds = (performance.now() - started) / 1000;
    runs.push({ corpus, results, seconds });

    const errors = [...results.values()].filter((r) => r.ours.error);
    const cached = [...results.values()].filter((r) => r.readabilityCached).length;
    console.error(
      `${corpus.name}: ${corpus.pages.length} pages in ${seconds.toFixed(1)} s ` +
        `(readability cached for ${cached}); our pipeline gave no text on ${errors.length}` +
        (errors.length
          ? `: ${errors
              .slice(0, 5)
              .map((r) => `${r.id} ${r.ours.error}`)
              .join('; ')}`
          : ''),
    );
  }

  console.log(formatTable(runs));
  const worst = values.worst ? Number(values.worst) : 0;
  for (const run of runs) if (worst > 0) console.log(`\n${formatWorst(run, worst)}`);

  if (values.predictions) {
    const output: Record<string, { articleBody: string }> = {};
    for (const run of runs)
      for (const [id, text] of predictionsOf(run, 'ours')) output[id] = { articleBody: text };
    await writeFile(values.predictions, JSON.stringify(output, null, 1));
    console.error(`wrote ${Object.keys(output).length} predictions to ${values.predictions}`);
  }

  if (values['check-python']) {
    const scorer = resolve(values.scorer);
    await readFile(scorer); // fail early and clearly when the scorer is missing
    const mismatches: string[] = [];
    for (const run of runs) mismatches.push(...(await checkPython(run, scorer, console.log)));
    if (mismatches.length) {
      console.error(`python check FAILED:\n  ${mismatches.join('\n  ')}`);
      return 1;
    }
  }
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
