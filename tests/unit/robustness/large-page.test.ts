import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS, articleHtml, clipHtml } from './helpers';

/**
 * A ~22 MB page, shaped like real heavy pages: megabytes of inline script state and style, a
 * 5,000-link navigation and comments, the article in the middle. It must complete with the article
 * (no timing assert; the generous timeout only stops a hang from blocking the suite forever).
 */
function twentyMegabytePage(): string {
  const state = JSON.stringify(
    Array.from({ length: 100_000 }, (_, i) => ({
      id: i,
      title: `条目${i}`,
      summary: 'x'.repeat(150),
    })),
  );
  const style = Array.from(
    { length: 30_000 },
    (_, i) => `.c${i}{color:#${(i % 4096).toString(16)}}`,
  );
  const nav = Array.from(
    { length: 5_000 },
    (_, i) => `<li><a href="/n/${i}">导航链接${i}</a></li>`,
  );
  const comments = Array.from(
    { length: 2_000 },
    (_, i) =>
      `<div class="comment"><span>网友${i}</span><p>评论内容${'好'.repeat(i % 50)}</p></div>`,
  );
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>大页面</title>
    <style>${style.join('')}</style><script>window.__STATE__=${state}</script></head><body>
    <ul class="nav">${nav.join('')}</ul>${articleHtml()}
    <div class="comments">${comments.join('')}</div></body></html>`;
}

describe('a 20 MB page', () => {
  it('completes with a clip or no article', { timeout: 900_000 }, () => {
    const html = twentyMegabytePage();
    expect(new TextEncoder().encode(html).length).toBeGreaterThan(18 * 1024 * 1024);
    const outcome = clipHtml(html);
    expect(['clip', 'no-article']).toContain(outcome.kind);
    if (outcome.kind === 'clip')
      expect(outcome.clip.text).toContain(ARTICLE_PARAGRAPHS[0].slice(0, 20));
  });
});
