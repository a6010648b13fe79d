import { afterEach, describe, expect, it, vi } from 'vitest';
import { runContentClip, type ClipDocumentFn } from '@/utils/clip-tab/content-clip';
import { parseContentClipResponse } from '@/utils/messages';
import { clipDocumentAsync } from '@/utils/pipeline/run-async';

/**
 * The content script runs the pipeline stage by stage; between stages it gives the page its
 * thread back and stops — with a message, never a half clip — when the page has navigated or the
 * clip has run out of time.
 */
const defaults = { selectionOnly: false, wholePage: false };

afterEach(() => {
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
  vi.useRealTimers();
});

function addArticle(): void {
  const article = document.createElement('article');
  for (let i = 0; i < 5; i += 1) {
    const paragraph = document.createElement('p');
    paragraph.textContent = `Paragraph ${i} of the article, long enough to be read as prose, with commas, and more.`;
    article.append(paragraph);
  }
  document.body.append(article);
}

describe('runContentClip with the staged pipeline', () => {
  it('clips with clipDocumentAsync, letting page tasks run between stages', async () => {
    addArticle();
    let pageTicks = 0;
    const tick = () => {
      pageTicks += 1;
      if (pageTicks < 1000) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const answer = await runContentClip(window, defaults, clipDocumentAsync);
    pageTicks = 1000; // stops the loop
    expect(answer.ok && answer.result.text).toContain('Paragraph 4 of the article');
    expect(parseContentClipResponse(structuredClone(answer))?.ok).toBe(true);
  });

  it('page tasks run while a clip is under way (none could with one synchronous task)', async () => {
    addArticle();
    let pageTicks = 0;
    const ticksSeen: number[] = [];
    const loop = setInterval(() => (pageTicks += 1), 0);
    const recording: ClipDocumentFn = (doc, url, options, checkpoint) =>
      clipDocumentAsync(doc, url, options, async () => {
        ticksSeen.push(pageTicks);
        await checkpoint?.();
      });
    const answer = await runContentClip(window, defaults, recording);
    clearInterval(loop);
    expect(answer.ok).toBe(true);
    expect(ticksSeen.at(-1)!).toBeGreaterThan(ticksSeen[0]!);
  });

  it('stops with navigated-away when the page URL changes mid-clip', async () => {
    addArticle();
    const navigating: ClipDocumentFn = (doc, url, options, checkpoint) =>
      clipDocumentAsync(doc, url, options, async () => {
        window.history.pushState(null, '', '/another-story');
        await checkpoint?.();
      });
    const answer = await runContentClip(window, defaults, navigating);
    expect(answer).toMatchObject({ ok: false, code: 'navigated-away' });
    expect(parseContentClipResponse(structuredClone(answer))).toMatchObject({
      ok: false,
      code: 'navigated-away',
    });
  });

  it('a hash change is not a navigation', async () => {
    addArticle();
    const hashing: ClipDocumentFn = (doc, url, options, checkpoint) =>
      clipDocumentAsync(doc, url, options, async () => {
        window.location.hash = 'comments';
        await checkpoint?.();
      });
    expect((await runContentClip(window, defaults, hashing)).ok).toBe(true);
  });

  it('stops with too-large and a message once the time budget is spent', async () => {
    addArticle();
    const slow: ClipDocumentFn = (doc, url, options, checkpoint) =>
      clipDocumentAsync(doc, url, options, async () => {
        // Each stage "takes" a second.
        const now = Date.now();
        vi.spyOn(Date, 'now').mockReturnValue(now + 1000);
        await checkpoint?.();
      });
    const answer = await runContentClip(window, defaults, slow, 250_000, 1500);
    vi.restoreAllMocks();
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.code).toBe('too-large');
    expect(!answer.ok && answer.message).toMatch(/too large to clip/);
  });

  it('says how many elements a page too large to start has', async () => {
    addArticle();
    const answer = await runContentClip(window, defaults, clipDocumentAsync, 3);
    expect(answer).toMatchObject({ ok: false, code: 'too-large' });
    expect(!answer.ok && answer.message).toMatch(/too large to clip: \d+ elements/);
  });
});
