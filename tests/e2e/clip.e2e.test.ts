/**
 * Clip a Chinese news page and an English article in real Chromium, find both in the popup list,
 * and find each by searching a word of its body (Chinese and Latin).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipDone } from '../../utils/messages';
import { startE2E, type E2E } from './helpers/extension';
import {
  byTestId,
  openCollectionView,
  openPreview,
  rowById,
  search,
  TESTID,
  waitForRows,
} from './helpers/ui';

function expectDone(outcome: { state: string }): asserts outcome is ClipDone {
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'done' });
}

describe('clip in real Chromium', () => {
  let e2e: E2E;
  let zh: ClipDone;
  let en: ClipDone;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('clips the Chinese news page: lazy image resolved, 相关新闻 and 责任编辑 gone', async () => {
    const outcome = await e2e.clipPage('/zh-news.html');
    expectDone(outcome);
    zh = outcome;
    expect(zh.clipId).toMatch(/^[0-9a-f]{16}$/);
    expect(zh.title).toBe('山区梯田迎来丰收季 合作社带动村民增收');
    expect(zh.updated).toBe(false);

    const { clip, body } = await e2e.stored(zh.clipId);
    expect(clip).toBeDefined();
    const markdown = body?.markdown ?? '';
    expect(markdown).toContain('合作社统一收购');
    expect(markdown).toContain('/img/terraces.png'); // data-original, not the placeholder
    expect(markdown).not.toContain('placeholder.gif');
    expect(markdown).not.toContain('相关新闻');
    expect(markdown).not.toContain('秋粮收购工作全面展开');
    expect(markdown).not.toContain('责任编辑');
    expect(markdown).not.toContain('热门排行');
  });

  it('clips the English article', async () => {
    const outcome = await e2e.clipPage('/en-article.html');
    expectDone(outcome);
    en = outcome;
    expect(en.title).toBe('Harbour seals return to the estuary after twenty years');
    const { body } = await e2e.stored(en.clipId);
    expect(body?.markdown).toContain('forty-two animals');
    expect(body?.markdown).toContain('## Counting from the shore');
    expect(body?.markdown).not.toContain('Most read');
  });

  it('shows both clips in the popup list, newest first', async () => {
    const popup = await openCollectionView(e2e);
    const ids = await waitForRows(popup, (rows) => rows.length >= 2);
    expect(ids.indexOf(en.clipId)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(zh.clipId)).toBeGreaterThan(ids.indexOf(en.clipId));
    await expect(rowById(popup, zh.clipId).innerText()).resolves.toContain('山区梯田迎来丰收季');
    await expect(rowById(popup, en.clipId).innerText()).resolves.toContain('Harbour seals');
    await popup.close();
  });

  it('search finds the Chinese clip by a Chinese word of its body, and the English one by an English word', async () => {
    const popup = await openCollectionView(e2e);
    await waitForRows(popup, (rows) => rows.length >= 2);

    await search(popup, '晒场'); // only in the body, not the title
    await waitForRows(popup, (rows) => rows.length === 1 && rows[0] === zh.clipId);

    await search(popup, '合作社');
    await waitForRows(popup, (rows) => rows.length === 1 && rows[0] === zh.clipId);

    await search(popup, 'telescopes');
    await waitForRows(popup, (rows) => rows.length === 1 && rows[0] === en.clipId);

    await search(popup, '不存在的词语');
    await waitForRows(popup, (rows) => rows.length === 0);

    await search(popup, '');
    await waitForRows(popup, (rows) => rows.length >= 2);
    await popup.close();
  });

  it('previews a clip from the list, rendered from its Markdown', async () => {
    const popup = await openCollectionView(e2e);
    await waitForRows(popup, (rows) => rows.includes(zh.clipId));
    const preview = await openPreview(popup, zh.clipId);
    await expect(preview.innerText()).resolves.toContain('合作社统一收购');
    const images = await preview
      .locator('img')
      .evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src') ?? ''));
    expect(images.some((src) => src.endsWith('/img/terraces.png'))).toBe(true);
    await byTestId(popup, TESTID.detail).waitFor();
    await popup.close();
  });

  it('re-clipping the same page updates the clip in place and says so', async () => {
    const again = await e2e.clipPage('/zh-news.html');
    expectDone(again);
    expect(again.clipId).toBe(zh.clipId);
    expect(again.updated).toBe(true);
    const { count } = await e2e.stored(zh.clipId);
    expect(count).toBe(2);
  });
});
