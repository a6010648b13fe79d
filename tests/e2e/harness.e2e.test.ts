/**
 * The harness itself: the fixture server answers with the declared charsets, Chromium decodes the
 * legacy-encoded pages to the expected text (so an encoding failure in the clip tests is the
 * clipper's, not the fixture's), and the extension page sees the test tabs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodedPages } from './fixtures/encoded-pages';
import { startE2E, type E2E } from './helpers/extension';

describe('e2e harness', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('finds the extension id from the service worker', () => {
    expect(e2e.ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(e2e.control.url()).toBe(`chrome-extension://${e2e.ext.extensionId}/popup.html`);
  });

  it('serves fixtures with explicit charsets', async () => {
    const response = await fetch(e2e.server.url('/zh-news.html'));
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('相关新闻');
    expect(text).not.toContain('{{ORIGIN}}');
  });

  for (const fixture of encodedPages()) {
    it(`Chromium decodes ${fixture.path} to the expected text`, async () => {
      const { page } = await e2e.openTestPage(fixture.path);
      expect(await page.title()).toBe(fixture.title);
      expect(await page.locator('article').innerText()).toContain(fixture.phrase);
      await page.close();
    });
  }

  it('lets the extension page find a test tab by URL', async () => {
    const { page, tabId, url } = await e2e.openTestPage('/en-article.html');
    expect(tabId).toBeGreaterThan(0);
    expect(await e2e.tabIdOf(url)).toBe(tabId);
    await page.close();
  });

  it('reads the extension database from an extension page', async () => {
    const dump = await e2e.readDb();
    expect(typeof dump).toBe('object');
  });
});
