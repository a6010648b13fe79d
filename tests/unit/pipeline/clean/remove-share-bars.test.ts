import { describe, expect, it } from 'vitest';
import { removeShareBars } from '@/utils/pipeline/clean/rules/remove-share-bars';
import { applyRule, PROSE } from './helpers';

describe('remove-share-bars', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(removeShareBars, `<p>${PROSE}</p><div>分享到：微博 微信</div>`);
    expect(text).toContain(PROSE);
    expect(text).not.toContain('分享到');
  });
  it("removes a blog post's bracketed [打印] link", () => {
    const { text } = applyRule(
      removeShareBars,
      `<p>${PROSE}</p><p>[<a href="/print">打印</a>]</p>`,
    );
    expect(text).toBe(PROSE);
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '分享到' + PROSE.repeat(6);
    const { text } = applyRule(removeShareBars, `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`);
    expect(text).toContain(line);
  });
});
