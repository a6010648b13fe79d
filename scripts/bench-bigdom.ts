/**
 * `npx tsx scripts/bench-bigdom.ts` — big pages in real Chromium with the e2e build loaded
 * (issue 5): per-stage times of the pipeline on the page's main thread, then a real clip through
 * the background while the page counts its long tasks (PerformanceObserver 'longtask') and how
 * many 50 ms timer ticks it got to run. Needs `npm run build:e2e`.
 *
 * Pages: generated, never a corpus page. BENCH_PAGES=huge,50k (default both).
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser } from './lib/chromium';
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

/** Installs the long-task observer and the tick counter in the page's main world. */
const PROBE = `(() => {
  const probe = { longTasks: [], ticks: 0, maxGap: 0, gaps: 0, last: performance.now() };
  window.__probe = probe;
  const spin = () => {
    const now = performance.now();
    const gap = now - probe.last;
    if (gap > probe.maxGap) probe.maxGap = gap;
    if (gap > 50) { probe.gaps += 1; if (gap > 200) console.log('[gap] ' + (now - gap).toFixed(0) + ' +' + gap.toFixed(0)); }
    probe.last = now;
    setTimeout(spin, 5);
  };
  spin();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  setInterval(() => { probe.ticks += 1; }, 50);
})()`;

async function main(): Promise<void> {
  const which = (process.env.BENCH_PAGES ?? 'huge,50k').split(',');
  const bundle = await stagesBundle();
  const ext = await launchExtensionBrowser({ extraArgs: ['--js-flags=--max-old-space-size=4096'] });
  try {
    const control = await ext.openExtensionPage('popup.html');
    for (const name of which) {
      const spec = PAGES[name]!;
      const html = hugePageHtml(spec.elements, spec.bytes);
      const url = `http://127.0.0.1:9/${name}.html`;
      await ext.context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
      log(`${name}: ${(html.length / 1024 / 1024).toFixed(1)} MB`);

      // 1. Per-stage times on the page's main thread.
      const stagePage: Page = await ext.context.newPage();
      await stagePage.goto(url, { waitUntil: 'load' });
      await stagePage.addScriptTag({ content: bundle });
      const stages = await stagePage.evaluate('__bigdomStages()');
      await stagePage.close();
      console.log(`\n## ${name}: stages (ms)`);
      for (const [stage, value] of Object.entries(stages as Record<string, number>)) {
        console.log(`${stage.padEnd(28)} ${value.toFixed(1)}`);
      }

      // 2. A real clip through the background, long tasks observed in the page.
      const page = await ext.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
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
      await page.evaluate(
        'window.__probe.longTasks.length = 0; window.__probe.ticks = 0; window.__probe.maxGap = 0; window.__probe.gaps = 0',
      );
      page.on('console', (m) => log(`page: ${m.text()}`));
      ext.serviceWorker.on('console', (m) => log(`sw: ${m.text()}`));
      const started = Date.now();
      const outcome = (await control.evaluate(
        async (message) =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage(message),
        { type: 'clip-active-tab', tabId },
      )) as { ok: boolean; data?: { state: string; error?: { code: string } } };
      const total = Date.now() - started;
      const probe = (await page.evaluate('window.__probe')) as {
        longTasks: { duration: number }[];
        ticks: number;
        maxGap: number;
        gaps: number;
      };
      const longest = Math.max(0, ...probe.longTasks.map((t) => t.duration));
      const blocked = probe.longTasks.reduce((sum, t) => sum + t.duration, 0);
      console.log(`## ${name}: clip through the extension`);
      console.log(
        `outcome ${outcome.data?.state} ${outcome.data?.error?.code ?? ''}; total ${total} ms; ` +
          `long tasks ${probe.longTasks.length}, longest ${longest.toFixed(0)} ms, ` +
          `sum ${blocked.toFixed(0)} ms; timer gaps > 50 ms ${probe.gaps}, longest gap ${probe.maxGap.toFixed(0)} ms; 50 ms ticks run ${probe.ticks} of ~${Math.round(total / 50)}`,
      );
      await page.close();
    }
  } finally {
    await ext.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
