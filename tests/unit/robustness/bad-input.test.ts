import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS, articleHtml, clipBytes, clipHtml, pseudoRandomBytes } from './helpers';

/**
 * Bad input never crashes or hangs the pipeline: each page either gives a clip or the typed
 * NoArticleError. (No timing assertions: "does not hang" means the test completes.)
 */
describe('pipeline robustness', () => {
  it('empty file: no article', () => {
    const outcome = clipBytes(new Uint8Array(0));
    expect(outcome.kind).toBe('no-article');
  });

  it('empty file with wholePage: a whole-page clip or no article, never a crash', () => {
    const outcome = clipBytes(new Uint8Array(0), { wholePage: true });
    expect(['clip', 'no-article']).toContain(outcome.kind);
  });

  it('binary garbage: a clip or no article', () => {
    for (const seed of [1, 2, 3]) {
      const outcome = clipBytes(pseudoRandomBytes(64 * 1024, seed));
      expect(['clip', 'no-article']).toContain(outcome.kind);
    }
  });

  it('binary garbage with NUL bytes and a fake <html> prefix', () => {
    const garbage = pseudoRandomBytes(32 * 1024, 9);
    const bytes = new Uint8Array([...new TextEncoder().encode('<html><body>'), ...garbage]);
    expect(['clip', 'no-article']).toContain(clipBytes(bytes).kind);
  });

  it('a page with no article (navigation only) throws NoArticleError', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/c/${i}">栏目${i}</a></li>`);
    const html = `<html><head><title>首页</title></head><body><nav><ul>${links.join('')}</ul></nav>
      <footer>版权所有</footer></body></html>`;
    const outcome = clipHtml(html);
    expect(outcome.kind).toBe('no-article');
    if (outcome.kind === 'no-article') expect(outcome.error.message).toMatch(/no article/i);
  });

  it('a frameset page: a clip or no article', () => {
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">
      <html><head><title>框架页</title></head>
      <frameset cols="20%,80%"><frame src="menu.html" name="menu"><frame src="main.html" name="main">
      <noframes><body>您的浏览器不支持框架。</body></noframes></frameset></html>`;
    expect(['clip', 'no-article']).toContain(clipHtml(html).kind);
  });

  it('5,000-deep nesting: a clip or no article, no stack overflow', () => {
    const depth = 5000;
    const html = `<html><body>${'<div>'.repeat(depth)}${articleHtml()}${'</div>'.repeat(depth)}</body></html>`;
    expect(['clip', 'no-article']).toContain(clipHtml(html).kind);
  });

  it('5,000-deep inline nesting inside a paragraph', () => {
    const depth = 5000;
    const html = `<html><body><article><p>${ARTICLE_PARAGRAPHS[0]}</p><p>${'<span>'.repeat(depth)}${ARTICLE_PARAGRAPHS[1]}${'</span>'.repeat(depth)}</p></article></body></html>`;
    expect(['clip', 'no-article']).toContain(clipHtml(html).kind);
  });

  it('a page with 50,000 nodes keeps its article', () => {
    // 12,500 list items × (li + a + text + whitespace) ≈ 50,000 nodes of navigation around it.
    const items = Array.from(
      { length: 12_500 },
      (_, i) => `<li><a href="/n/${i}">链接${i}</a></li>`,
    );
    const html = `<html><body><ul class="nav">${items.join('\n')}</ul>${articleHtml()}</body></html>`;
    const outcome = clipHtml(html);
    expect(outcome.kind).toBe('clip');
    if (outcome.kind === 'clip') expect(outcome.clip.text).toContain('国家统计局');
  });
});
