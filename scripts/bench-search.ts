/**
 * `npx tsx scripts/bench-search.ts` — search and import of the collection at 5,000 and 50,000 clips
 * in real Chromium, on the extension's own IndexedDB (the e2e build's bench page, entrypoints/bench;
 * build it first with `npm run build:e2e`).
 *
 * Bases: the articles of ../shared/corpus/news-zh and readability-testpages (read at run time, never
 * copied) become seed files; the bench page turns them into 50,000 generated clips (distinct titles,
 * sites, dates) and imports them through importZip in zips of 5,000. Queries are chosen from the
 * bases: for Chinese and English, a common word (in the most bases), a rare one (in one base), and
 * two-word queries of each. Each query runs RUNS+1 times at 5,000 and at 50,000 clips; the first
 * run is dropped; medians and the ratio 50,000/5,000 are printed (goal: ≤ 50 ms and ≤ 2).
 *
 * The same script measures an older build (E2E_EXTENSION_DIR=<its .output/chrome-mv3-e2e>):
 * a bench page without `searchPage` is timed with its `search`. Env: BENCH_CLIPS=50000 BENCH_MID=5000
 * BENCH_RUNS=9 BENCH_STOP_AT (stop after that many clips, for slow builds). BENCH_PROFILE_DIR keeps
 * the browser profile (and its database) in that directory; run again with BENCH_QUERY_ONLY=1 on it
 * to time the queries on the collection already there (e.g. a changed search build, same data).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeSeedFile } from '../utils/seed';
import { launchExtensionBrowser } from './lib/chromium';

const CORPUS = path.resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
const TOTAL = Number(process.env.BENCH_CLIPS ?? 50_000);
const MID = Number(process.env.BENCH_MID ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const STOP_AT = Number(process.env.BENCH_STOP_AT ?? TOTAL);
const CHUNK = 5_000;

const log = (message: string) => process.stderr.write(`[bench-search] ${message}\n`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Article {
  title: string;
  text: string;
}

function articles(dir: string): Article[] {
  const base = path.join(CORPUS, dir);
  const out: Article[] = [];
  for (const name of readdirSync(base)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const json = JSON.parse(readFileSync(path.join(base, name), 'utf8')) as Partial<Article>;
    if (typeof json.text === 'string' && json.text.trim() && typeof json.title === 'string') {
      out.push({ title: json.title, text: json.text });
    }
  }
  return out;
}

function seedText(article: Article, index: number): string {
  return writeSeedFile({
    frontMatter: {
      title: article.title,
      categories: ['news', 'site', 'source'],
      headimg: '',
      author: '',
      comments: false,
      date: new Date(Date.UTC(2022, 0, 1) + index * 86_400_000).toUTCString(),
      thumbnail: '',
    },
    body: article.text,
  });
}

/** Words per base: Chinese words of 2+ Han characters (Intl.Segmenter), English words of 5+ letters. */
function wordsOf(article: Article, zh: boolean): Set<string> {
  if (!zh) return new Set(article.text.toLowerCase().match(/\b[a-z]{5,}\b/g) ?? []);
  const words = new Set<string>();
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  for (const { segment, isWordLike } of segmenter.segment(article.text)) {
    if (isWordLike && /^[\u4e00-\u9fff]{2,}$/.test(segment)) words.add(segment);
  }
  return words;
}

interface Query {
  label: string;
  query: string;
}

function chooseQueries(list: Article[], zh: boolean, lang: string): Query[] {
  const docs = list.map((article) => wordsOf(article, zh));
  const counts = new Map<string, number>();
  for (const words of docs) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const common = ranked[0]![0];
  // The second common word: frequent with the first but not in every page that has it.
  const withFirst = docs.filter((words) => words.has(common));
  const together = new Map<string, number>();
  for (const words of withFirst)
    for (const word of words)
      if (word !== common) together.set(word, (together.get(word) ?? 0) + 1);
  const second = [...together.entries()]
    .filter(([, n]) => n < withFirst.length)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  // Rare: in exactly one base (deterministic pick from the middle of the alphabet).
  const rareWords = ranked.filter(([word, n]) => n === 1 && word.length >= (zh ? 2 : 6));
  const rare = rareWords[Math.floor(rareWords.length / 2)]![0];
  const rareDoc = docs.find((words) => words.has(rare))!;
  const rarePartner = [...rareDoc]
    .filter((word) => word !== rare)
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0]!;
  return [
    { label: `${lang} 1 word, common`, query: common },
    { label: `${lang} 2 words, common`, query: `${common} ${second}` },
    { label: `${lang} 1 word, rare`, query: rare },
    { label: `${lang} 2 words, rare+common`, query: `${rare} ${rarePartner}` },
  ];
}

interface CpuProfile {
  profile: {
    nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples: number[];
    timeDeltas: number[];
  };
}

/** BENCH_PROFILE=1: where the first import chunk's time goes (self time per function). */
function printProfile({ profile }: CpuProfile): void {
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
    byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0));
  }
  const top = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [name, micros] of top) log(`profile ${(micros / 1000).toFixed(0)} ms ${name}`);
}

async function main(): Promise<void> {
  const zh = articles('news-zh');
  const en = articles('readability-testpages').filter((a) => !/[\u4e00-\u9fff]/.test(a.text));
  const bases = [...zh, ...en];
  const queries = [...chooseQueries(zh, true, 'zh'), ...chooseQueries(en, false, 'en')];
  log(
    `${zh.length} zh + ${en.length} en bases; queries: ${queries.map((q) => q.query).join(' | ')}`,
  );

  const ext = await launchExtensionBrowser({
    extraArgs: ['--js-flags=--max-old-space-size=8192'],
    userDataDir: process.env.BENCH_PROFILE_DIR,
  });
  try {
    const page = await ext.openExtensionPage('bench.html');
    await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true');
    const call = <T>(fn: string, ...args: unknown[]): Promise<T> =>
      page.evaluate(
        ([name, list]) =>
          (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)
            .__bench![name as string]!(...(list as unknown[])),
        [fn, args] as const,
      ) as Promise<T>;
    const hasSearchPage = await page.evaluate(
      () =>
        typeof (globalThis as unknown as { __bench: { searchPage?: unknown } }).__bench
          .searchPage === 'function',
    );
    const searchFn = hasSearchPage ? 'searchPage' : 'search';
    log(`timing __bench.${searchFn}`);
    const existing = await call<number>('count');
    if (existing !== 0 && process.env.BENCH_QUERY_ONLY === '1') {
      for (const { label, query } of queries) {
        const { times, hits } = await call<{ times: number[]; hits: number }>(
          searchFn,
          query,
          RUNS + 1,
        );
        console.log(
          `${existing}: ${label} "${query}": ${median(times.slice(1)).toFixed(1)} ms (${hits} hits)`,
        );
      }
      return;
    }
    if (existing !== 0) throw new Error('the profile is not empty');
    await call(
      'setBases',
      bases.map((article, index) => seedText(article, index)),
    );

    const importStats = { files: 0, ms: 0 };
    let done = 0;
    const importTo = async (target: number): Promise<void> => {
      while (done < target) {
        const end = Math.min(target, done + CHUNK);
        const profile = process.env.BENCH_PROFILE === '1' && done === 0;
        const cdp = profile ? await page.context().newCDPSession(page) : null;
        if (cdp) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.start');
        }
        const result = await call<{ elapsed: number; imported: number; invalid: number }>(
          'importGenerated',
          done,
          end,
          TOTAL,
        );
        if (cdp) printProfile((await cdp.send('Profiler.stop')) as CpuProfile);
        importStats.files += result.imported;
        importStats.ms += result.elapsed;
        log(
          `imported ${end} (${result.imported} in ${(result.elapsed / 1000).toFixed(1)} s, ${Math.round(
            (result.imported / result.elapsed) * 1000,
          )} files/s, ${result.invalid} invalid)`,
        );
        done = end;
      }
    };
    const measure = async (): Promise<Map<string, { median: number; hits: number }>> => {
      const out = new Map<string, { median: number; hits: number }>();
      for (const { label, query } of queries) {
        const { times, hits } = await call<{ times: number[]; hits: number }>(
          searchFn,
          query,
          RUNS + 1,
        );
        out.set(label, { median: median(times.slice(1)), hits });
      }
      return out;
    };

    await importTo(Math.min(MID, STOP_AT));
    const atMid = await measure();
    for (const [label, m] of atMid)
      log(`${MID}: ${label}: ${m.median.toFixed(1)} ms (${m.hits} hits)`);
    if (STOP_AT <= MID) {
      console.log(`import: ${Math.round((importStats.files / importStats.ms) * 1000)} files/s`);
      return;
    }
    await importTo(Math.min(TOTAL, STOP_AT));
    const atTotal = await measure();
    const ids = await call<string[]>('allIds');
    const sample = Array.from({ length: 10 }, (_, k) => ids[Math.floor((k * ids.length) / 10)]!);
    const upkeep = hasSearchPage
      ? await call<{ edit: number[]; remove: number[]; undo: number[] }>('indexUpkeep', sample)
      : null;

    console.log(`\nSearch (${searchFn}, median of ${RUNS} runs) at ${MID} / ${done} clips`);
    console.log('| query | hits at 5k / 50k | median 5k | median 50k | 50k/5k |');
    console.log('|---|---|---|---|---|');
    for (const { label, query } of queries) {
      const a = atMid.get(label)!;
      const b = atTotal.get(label)!;
      console.log(
        `| ${label}: "${query}" | ${a.hits} / ${b.hits} | ${a.median.toFixed(1)} ms | ${b.median.toFixed(1)} ms | ${(b.median / a.median).toFixed(2)} |`,
      );
    }
    console.log(
      `\nimport: ${importStats.files} files in ${(importStats.ms / 1000).toFixed(1)} s = ${Math.round(
        (importStats.files / importStats.ms) * 1000,
      )} files/s (importZip, zips of ${CHUNK})`,
    );
    if (upkeep) {
      console.log(
        `index upkeep at ${done} clips (median of ${sample.length}): edit title ${median(upkeep.edit).toFixed(1)} ms, delete ${median(upkeep.remove).toFixed(1)} ms, undo ${median(upkeep.undo).toFixed(1)} ms`,
      );
    }
  } finally {
    await ext.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
