import { describe, expect, it } from 'vitest';
import { removeSideCells } from '@/utils/pipeline/clean/rules/remove-side-cells';
import { applyRule, PROSE } from './helpers';

describe('remove-side-cells', () => {
  it('empties the side column of a layout table holding the article', () => {
    const side =
      '<b>我的分类</b><ul><li><a href="/c/1">随笔</a> (12)</li><li><a href="/c/2">旅行</a> (3)</li></ul><p>2006年4月</p>';
    const { text } = applyRule(
      removeSideCells,
      `<table><tr><td><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></td><td>${side}</td></tr></table>`,
    );
    expect(text).toContain(PROSE);
    expect(text).not.toContain('随笔');
    expect(text).not.toContain('我的分类');
  });
  it('keeps a data table whose cells share the text', () => {
    const row = `<tr><td>${PROSE}</td><td>第二列的说明文字，比较短。</td></tr>`;
    const { text } = applyRule(removeSideCells, `<table>${row}${row}${row}</table>`);
    expect(text).toContain('第二列的说明文字');
  });
  it('keeps a second cell that holds prose of its own', () => {
    const { text } = applyRule(
      removeSideCells,
      `<table><tr><td><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></td><td><p>${PROSE.replace('这是', '另外')}</p></td></tr></table>`,
    );
    expect(text).toContain('另外一段足够长');
  });
});
