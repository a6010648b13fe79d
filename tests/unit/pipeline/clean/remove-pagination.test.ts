import { describe, expect, it } from 'vitest';
import { removePagination } from '@/utils/pipeline/clean/rules/remove-pagination';
import { applyRule, PROSE } from './helpers';

describe('remove-pagination', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(
      removePagination,
      `<p>${PROSE}</p><div><a href="/1">上一页</a> 1 2 3 <a href="/2">下一页</a></div>`,
    );
    expect(text).toContain(PROSE);
    expect(text).not.toContain('下一页');
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '下一页' + PROSE.repeat(6);
    const { text } = applyRule(removePagination, `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`);
    expect(text).toContain(line);
  });
});
