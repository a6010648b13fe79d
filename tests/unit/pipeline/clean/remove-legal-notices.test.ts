import { describe, expect, it } from 'vitest';
import { removeLegalNotices } from '@/utils/pipeline/clean/rules/remove-legal-notices';
import { applyRule, PROSE } from './helpers';

describe('remove-legal-notices', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(
      removeLegalNotices,
      `<p>${PROSE}</p><p>电话：021-52921234 传真：021-62677454</p><p>新民网版权所有</p>`,
    );
    expect(text).toContain(PROSE);
    expect(text).not.toContain('传真：');
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '传真：' + PROSE.repeat(6);
    const { text } = applyRule(removeLegalNotices, `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`);
    expect(text).toContain(line);
  });
});
