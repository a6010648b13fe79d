/**
 * Worker thread of `npm run eval`: one message = one page; answers with both extractors' texts.
 * Plain Readability's text is cached in .cache/eval/ keyed by a hash of the decoded page, its URL
 * and the Readability version, so re-runs only pay for our pipeline.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { decodePage, extract, pageUrl, type ExtractorOutcome } from './page-runner';

export interface EvalTask {
  corpus: string;
  id: string;
  htmlPath: string;
  url: string;
  /** Directory of the Readability cache; null disables it. */
  cacheDir: string | null;
}

export interface EvalTaskResult {
  corpus: string;
  id: string;
  /** The encoding the page was decoded with. */
  encoding: string;
  ours: ExtractorOutcome;
  readability: ExtractorOutcome;
  readabilityCached: boolean;
  oursMs: number;
}

const readabilityVersion = (
  createRequire(import.meta.url)('@mozilla/readability/package.json') as { version: string }
).version;

async function readCached(path: string): Promise<ExtractorOutcome | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ExtractorOutcome;
  } catch {
    return null;
  }
}

async function runTask(task: EvalTask): Promise<EvalTaskResult> {
  const bytes = new Uint8Array(await readFile(task.htmlPath));
  const { html, encoding } = decodePage(bytes);
  const url = pageUrl(task.url, task.id);

  let readability: ExtractorOutcome | null = null;
  let cachePath: string | null = null;
  if (task.cacheDir) {
    const key = createHash('sha256')
      .update(`readability@${readabilityVersion}\0${url}\0${html}`)
      .digest('hex');
    cachePath = join(task.cacheDir, `${key}.json`);
    readability = await readCached(cachePath);
  }
  const readabilityCached = readability !== null;
  if (!readability) {
    readability = extract('readability', html, url);
    if (cachePath && task.cacheDir) {
      await mkdir(task.cacheDir, { recursive: true });
      await writeFile(cachePath, JSON.stringify(readability));
    }
  }

  const started = performance.now();
  const ours = extract('ours', html, url);
  const oursMs = performance.now() - started;
  return {
    corpus: task.corpus,
    id: task.id,
    encoding,
    ours,
    readability,
    readabilityCached,
    oursMs,
  };
}

parentPort?.on('message', (task: EvalTask) => {
  runTask(task).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) => {
      // Reading the file failed (the extractors never throw out of extract()): report it as a page
      // with no output from either extractor.
      const message = error instanceof Error ? error.message : String(error);
      parentPort?.postMessage({
        corpus: task.corpus,
        id: task.id,
        encoding: '',
        ours: { text: '', error: message },
        readability: { text: '', error: message },
        readabilityCached: false,
        oursMs: 0,
      } satisfies EvalTaskResult);
    },
  );
});
