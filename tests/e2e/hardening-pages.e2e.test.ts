/**
 * Issue 5 in the real browser, the cases hardening.e2e.test.ts does not cover: a page with no
 * article (`<div>hi</div>`), the Chrome Web Store, page MutationObservers that throw while the
 * DOM keeps changing, and a frameset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipDone, ClipErrorCode, ClipFailed, ClipFinished } from '../../utils/messages';
import { startE2E, type E2E } from './helpers/extension';

function expectDone(outcome: ClipFinished): asserts outcome is ClipDone {
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'done' });
}

function expectError(outcome: ClipFinished, code: ClipErrorCode): asserts outcome is ClipFailed {
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'error', error: { code } });
  const failed = outcome as ClipFailed;
  expect(failed.error.message.length).toBeGreaterThan(5);
  expect(failed.error.nextStep.length).toBeGreaterThan(5);
}

describe('hardening in real Chromium: odd pages', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  async function clipTab(tabId: number, wholePage = false): Promise<ClipFinished> {
    const envelope = await e2e.clip(tabId, { wholePage });
    if (!envelope.ok) throw new Error(`refused: ${JSON.stringify(envelope)}`);
    return envelope.data;
  }

  const clipCount = async () => (await e2e.readDb(['clips'])).clips?.length ?? 0;

  it('a page whose body is just <div>hi</div> gives no-article, saves nothing, and clips as a whole page on request', async () => {
    const { page, tabId } = await e2e.openTestPage('/stub-hi.html');
    const before = await clipCount();
    expectError(await clipTab(tabId), 'no-article');
    expect(await clipCount()).toBe(before);
    // The next step the popup offers: "Clip the whole page anyway".
    const whole = await clipTab(tabId, true);
    expectDone(whole);
    expect(whole.flags).toContain('whole-page');
    const { body } = await e2e.stored(whole.clipId);
    expect(body?.markdown?.trim()).toBe('hi');
    await page.close();
  });

  for (const url of [
    'https://chromewebstore.google.com/detail/seed-clipper-test/abcdefghijklmnopabcdefghijklmnop',
    'https://chrome.google.com/webstore/detail/abcdefghijklmnopabcdefghijklmnop',
  ]) {
    it(`the Web Store (${new URL(url).host}) gives web-store with a next step, nothing saved`, async () => {
      // No network here, so the tab shows the browser's error page — at the store's real URL,
      // which is what the background sees. (Serving a fake store page with context.route makes
      // Chromium close the context: store URLs are special to it.)
      const tabId = await e2e.createTab(url);
      const before = await clipCount();
      expectError(await clipTab(tabId), 'web-store');
      expect(await clipCount()).toBe(before);
    });
  }

  it('page MutationObservers that throw while the DOM keeps changing do not reach the clip', async () => {
    const { page, tabId } = await e2e.openTestPage('/observers.html');
    // The hostile observers really run (and throw) in the page.
    await page.waitForFunction('window.__observerCalls > 10');
    const outcome = await clipTab(tabId);
    expectDone(outcome);
    expect(outcome.title).toBe('Harbour ferry returns after winter repairs');
    const { body } = await e2e.stored(outcome.clipId);
    expect(body?.markdown).toContain('three months in dry dock');
    expect(body?.markdown).toContain('first Sunday of every month');
    expect(body?.markdown).not.toContain('MutationObserver');
    // The page is still alive and its observers still fire after the clip.
    const calls = Number(await page.evaluate('window.__observerCalls'));
    await page.waitForFunction(`window.__observerCalls > ${calls}`);
    await page.close();
  });

  it('a frameset page: the article in its main frame is clipped, not the menu', async () => {
    const { page, tabId } = await e2e.openTestPage('/frameset.html');
    await page.frame({ name: 'main' })?.locator('article').waitFor();
    const outcome = await clipTab(tabId);
    expectDone(outcome);
    const { body } = await e2e.stored(outcome.clipId);
    expect(body?.markdown).toContain('picking by floodlight');
    expect(body?.markdown).toContain('publish advice for other fruit farms');
    expect(body?.markdown).not.toContain('About the archive');
    await page.close();
  });
});
