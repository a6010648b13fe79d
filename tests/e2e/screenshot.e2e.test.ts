/**
 * Takes docs/popup.png for the README: the popup (its own width × 600) with a few clips in it. Also a check
 * that the popup renders its list at popup size.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './helpers/extension';
import { openCollectionView, waitForRows } from './helpers/ui';

const PAGES = [
  '/en-article.html',
  '/encoded/big5.html',
  '/overrides.html',
  '/zh-news.html',
  '/encoded/gbk.html',
];

describe('popup screenshot', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('renders the popup with clips and saves docs/popup.png', async () => {
    for (const pathname of PAGES) {
      const outcome = await e2e.clipPage(pathname);
      expect(outcome.state, JSON.stringify(outcome)).toBe('done');
    }
    for (const page of e2e.ext.context.pages()) {
      if (page.url().startsWith(e2e.server.origin)) await page.close();
    }
    const popup = await openCollectionView(e2e, 'popup.html', { width: 400, height: 600 });
    await waitForRows(popup, (ids) => ids.length === PAGES.length);
    // A toolbar popup is as wide as its content (the stylesheet's fixed width): match it.
    const width = await popup.evaluate(() => document.documentElement.scrollWidth);
    await popup.setViewportSize({ width: Math.min(Math.max(width, 320), 800), height: 600 });
    await popup.evaluate(() => document.fonts.ready);
    mkdirSync(path.resolve('docs'), { recursive: true });
    const png = await popup.screenshot({ path: path.resolve('docs/popup.png') });
    expect(png.length).toBeGreaterThan(5_000);
    await popup.close();
  });
});
