import { describe, expect, it } from 'vitest';
import { removeRelated } from '@/utils/pipeline/clean/rules/remove-related';
import { applyRule, PROSE } from './helpers';

describe('remove-related', () => {
  it('removes a 相关新闻 heading and the link list after it', () => {
    const { text } = applyRule(
      removeRelated,
      `<p>${PROSE}</p><h3>相关新闻</h3><ul><li><a href="/1">新闻一标题</a></li><li><a href="/2">新闻二标题</a></li></ul>`,
    );
    expect(text).toBe(PROSE);
  });
  it('handles traditional script headings and inline 相关阅读： lines', () => {
    const { text } = applyRule(
      removeRelated,
      `<p>${PROSE}</p><p>相关阅读：某某新闻标题</p><div><b>最熱門新聞</b><ul><li><a href="/1">一</a></li></ul></div>`,
    );
    expect(text).toBe(PROSE);
  });
  it('removes a 更多相关… heading with its list', () => {
    const { text } = applyRule(
      removeRelated,
      `<p>${PROSE}</p><p>更多相关搜索：</p><ul><li><a href="/s/1">关键词一</a></li><li><a href="/s/2">关键词二</a></li></ul>`,
    );
    expect(text).toBe(PROSE);
  });
  it('recognises a letter-spaced heading', () => {
    const { text } = applyRule(
      removeRelated,
      `<p>${PROSE}</p><div><b>相 关 新 闻</b><ul><li><a href="/1">一则</a></li><li><a href="/2">二则</a></li></ul></div>`,
    );
    expect(text).toBe(PROSE);
  });
});
