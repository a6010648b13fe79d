/**
 * `npx tsx scripts/bench-bigdom.ts` — big pages in real Chromium with the e2e build loaded
 * (issue 5): per-stage times of the pipeline on the page's main thread, then a real clip through
 * the background while the page runs a 5 ms timer chain. The longest gap in that chain is the
 * longest task the page had to wait for (PerformanceObserver 'longtask' does not see tasks of an
 * extension's isolated world, measured: a 7 s clip task reported as nothing); gaps over 50 ms are
 * counted as long tasks. Needs `npm run build:e2e`.
 *
 * Pages: generated (tests/e2e/helpers/big-page.ts), never a corpus page.
 * Env: BENCH_PAGES=huge,50k  BENCH_EXTS=dirA,dirB (builds to compare, run in turn)  BENCH_ROUNDS=1
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { defaultExtensionDir, launchExtensionBrowser } from './lib/chromium';
import { hugePageHtml } from '../tests/e2e/helpers/big-page';

interface ChromeApi {
  tabs: { query(info: object): Promise<{ id?: number; url?: string; status?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

const log = (message: string) => process.stderr.write(`[bigdom] ${message}\n`);

const PAGES: Record<string, { elements: number; bytes: number }> = {
  huge: { elements: 100_000, bytes: 20 * 1024 * 1024 },
  '50k': { elements: 50_000, bytes: 2.5 * 1024 * 1024 },
};

async function stagesBundle(): Promise<string> {
  const result = await build({
    entryPoints: ['scripts/lib/bigdom-stages.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    alias: { '@': '.' },
  });
  return result.outputFiles[0]!.text;
}

/** The page-side probe, in the page's main world. */
const PROBE = `(() => {
  const probe = { ticks: 0, maxGap: 0, gaps: 0, last: performance.now() };
  window.__probe = probe;
  const spin = () => {
    const now = performance.now();
    const gap = now - probe.last;
    if (gap > probe.maxGap) probe.maxGap = gap;
    if (gap > 50) { probe.gaps += 1; }
    probe.last = now;
    setTimeout(spin, 5);
  };
  spin();
  setInterval(() => { probe.ticks += 1; }, 50);
})()`;

interface ClipRun {
  state: string;
  total: number;
  longest: number;
  longTasks: number;
  ticks: number;
}

async function measureClip(
  ext: Awaited<ReturnType<typeof launchExtensionBrowser>>,
  control: Page,
  url: string,
): Promise<ClipRun> {
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await page.evaluate(PROBE);
  await page.waitForTimeout(500);
  const tabId = await control.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    for (let i = 0; i < 200; i += 1) {
      const tab = (await api.tabs.query({})).find((t) => t.url === wanted);
      if (tab?.status === 'complete') return tab.id ?? -1;
      await new Promise((r) => setTimeout(r, 50));
    }
    return -1;
  }, url);
  await page.evaluate('Object.assign(window.__probe, { ticks: 0, maxGap: 0, gaps: 0 })');
  const started = Date.now();
  const outcome = (await control.evaluate(
    async (message) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage(message),
    { type: 'clip-active-tab', tabId },
  )) as { ok: boolean; data?: { state: string; error?: { code: string } } };
  const total = Date.now() - started;
  const probe = (await page.evaluate('window.__probe')) as {
    ticks: number;
    maxGap: number;
    gaps: number;
  };
  await page.close();
  return {
    state: `${outcome.data?.state ?? 'refused'}${outcome.data?.error ? ` ${outcome.data.error.code}` : ''}`,
    total,
    longest: probe.maxGap,
    longTasks: probe.gaps,
    ticks: probe.ticks,
  };
}

async function main(): Promise<void> {
  const which = (process.env.BENCH_PAGES ?? 'huge,50k').split(',');
  const exts = (process.env.BENCH_EXTS ?? defaultExtensionDir()).split(',');
  const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
  const bundle = await stagesBundle();
  const pages = which.map((name) => {
    const spec = PAGES[name]!;
    return {
      name,
      url: `http://127.0.0.1:9/${name}.html`,
      html: hugePageHtml(spec.elements, spec.bytes),
    };
  });
  const runs: { page: string; ext: string; run: ClipRun }[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const extensionDir of exts) {
      const ext = await launchExtensionBrowser({
        extensionDir,
        extraArgs: ['--js-flags=--max-old-space-size=4096'],
      });
      try {
        for (const { url, html } of pages) {
          await ext.context.route(url, (route) =>
            route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
          );
        }
        const control = await ext.openExtensionPage('popup.html');
        for (const { name, url, html } of pages) {
          if (round === 0 && extensionDir === exts[0]) {
            // Per-stage times on the page's main thread, each stage run synchronously.
            const stagePage = await ext.context.newPage();
            await stagePage.goto(url, { waitUntil: 'load', timeout: 180_000 });
            await stagePage.addScriptTag({ content: bundle });
            const stages = (await stagePage.evaluate('__bigdomStages()')) as Record<string, number>;
            await stagePage.close();
            console.log(`\n## ${name} (${(html.length / 1024 / 1024).toFixed(1)} MB): stages, ms`);
            for (const [stage, value] of Object.entries(stages)) {
              console.log(`${stage.padEnd(28)} ${value.toFixed(1)}`);
            }
          }
          const run = await measureClip(ext, control, url);
          runs.push({ page: name, ext: extensionDir, run });
          log(`${name} ${extensionDir}: ${JSON.stringify(run)}`);
        }
      } finally {
        await ext.close();
      }
    }
  }
  console.log(
    '\n## clips through the extension (page-side: longest gap between its 5 ms timer ticks)',
  );
  console.log('page | build | outcome | total ms | longest task ms | tasks > 50 ms | ticks run');
  for (const { page, ext, run } of runs) {
    console.log(
      `${page} | ${ext} | ${run.state} | ${run.total} | ${run.longest.toFixed(0)} | ${run.longTasks} | ${run.ticks}`,
    );
  }
  console.log('\n## medians (longest task as a share of the clip: load-independent)');
  console.log('page | build | total ms | longest task ms | tasks > 50 ms | longest / total');
  for (const { name } of pages) {
    for (const ext of exts) {
      const mine = runs.filter((r) => r.page === name && r.ext === ext).map((r) => r.run);
      const share = median(mine.map((r) => r.longest / r.total));
      console.log(
        `${name} | ${ext} | ${median(mine.map((r) => r.total)).toFixed(0)} | ` +
          `${median(mine.map((r) => r.longest)).toFixed(0)} | ${median(mine.map((r) => r.longTasks))} | ` +
          `${(share * 100).toFixed(0)}%`,
      );
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
