import { describe, expect, it } from 'vitest';
import { removeSideCells } from '@/utils/pipeline/clean/rules/remove-side-cells';
import { htmlToPlainText } from '@/utils/pipeline/plain-text';
import { applyRule, PROSE } from './helpers';

const ARTICLE = Array.from({ length: 6 }, () => `<p>${PROSE}</p>`).join('');

/**
 * A <div> of <td>s, the way Readability leaves a table row it keeps (an HTML parser drops a <td>
 * outside a table, so the row is built by hand); returns the text after the rule.
 */
function cleanRebuiltRow(cells: string[]): string {
  const doc = new DOMParser().parseFromString(
    '<div id="root"><div id="row"></div></div>',
    'text/html',
  );
  const row = doc.getElementById('row')!;
  for (const html of cells) {
    const cell = doc.createElement('td');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    cell.append(...Array.from(parsed.body.childNodes, (node) => doc.importNode(node, true)));
    row.append(cell);
  }
  const root = doc.getElementById('root')!;
  removeSideCells.apply(root, { title: '', url: 'https://example.com/a.html' });
  return htmlToPlainText(root);
}

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
  it('empties the side column of a row Readability turned into a <div>', () => {
    const side =
      '<b>[某人]个人类别</b><ul><a href="/c/1">随笔</a> (12)<br><a href="/c/2">旅行</a> (3)</ul>' +
      '<b>[某人]存档目录</b><ul><li><a href="/m/200604">April 2006</a></li><li><a href="/m/200603">March 2006</a></li></ul>';
    const text = cleanRebuiltRow([ARTICLE, side]);
    expect(text).toContain(PROSE);
    expect(text).not.toContain('存档目录');
    expect(text).not.toContain('April 2006');
  });
  it('keeps a margin column without link lists in a rebuilt row', () => {
    const margin =
      '<b>1月1日の豆知識</b><p>きょうの記念日<a href="/k">元旦</a></p><p>きょうの誕生花<a href="/h">松</a></p>';
    expect(cleanRebuiltRow([ARTICLE, margin])).toContain('きょうの誕生花');
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
