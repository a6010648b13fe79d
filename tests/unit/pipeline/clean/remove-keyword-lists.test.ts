import { describe, expect, it } from 'vitest';
import { removeKeywordLists } from '@/utils/pipeline/clean/rules/remove-keyword-lists';
import { applyRule, PROSE } from './helpers';

describe('remove-keyword-lists', () => {
  it('removes 更多关于…的新闻 and its list', () => {
    const { text } = applyRule(
      removeKeywordLists,
      `<p>${PROSE}</p><div><div>更多关于 <a href="/k1">嘉茂</a> <a href="/k2">西直门</a> 的新闻</div><ul><li><a href="/1">某新闻</a></li></ul></div>`,
    );
    expect(text).toBe(PROSE);
  });
});
