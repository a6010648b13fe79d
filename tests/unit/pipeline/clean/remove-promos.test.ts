import { describe, expect, it } from 'vitest';
import { removePromos } from '@/utils/pipeline/clean/rules/remove-promos';
import { applyRule, PROSE } from './helpers';

describe('remove-promos', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(removePromos, `<p>${PROSE}</p><p>扫码关注我们的微信公众号</p>`);
    expect(text).toContain(PROSE);
    expect(text).not.toContain('扫码关注');
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '扫码关注' + PROSE.repeat(6);
    const { text } = applyRule(removePromos, `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`);
    expect(text).toContain(line);
  });
  it("removes the site's feedback prompt", () => {
    const { text } = applyRule(
      removePromos,
      `<p>${PROSE}</p><p>如果您对本频道有任何意见或建议，请到留言板反馈。</p>`,
    );
    expect(text).toBe(PROSE);
  });
});
