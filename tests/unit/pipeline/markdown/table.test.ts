import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { consumeElementToMarkdown } from '../../../../utils/pipeline/markdown';
import { md } from './convert';

describe('table rules', () => {
  it('writes a simple table as a GFM pipe table with the first row as header', () => {
    expect(
      md('<table><tr><th>名称</th><th>数量</th></tr><tr><td>苹果</td><td>3</td></tr></table>'),
    ).toBe('| 名称 | 数量 |\n| --- | --- |\n| 苹果 | 3 |');
  });

  it('uses the thead row as header and pads short rows', () => {
    const out = md(
      '<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
    );
    expect(out).toBe('| A | B |\n| --- | --- |\n| 1 | |');
  });

  it('escapes pipes inside cells and keeps inline formatting', () => {
    const out = md(
      '<table><tr><td>a|b</td><td><b>bold</b></td></tr><tr><td>c</td><td>d</td></tr></table>',
    );
    expect(out).toContain('| a\\|b | **bold** |');
  });

  it('keeps tables with colspan/rowspan as HTML, without handlers or script URLs', () => {
    const out = md(
      '<table><tr><td colspan="2" onclick="steal()">合并 <a href="javascript:alert(1)">x</a></td></tr><tr><td>1</td><td>2</td></tr></table>',
    );
    expect(out).toMatch(/^<table>/);
    expect(out).toContain('colspan="2"');
    expect(out).not.toContain('onclick');
    expect(out).not.toContain('javascript:');
  });

  it('drops scripts and forms from a table kept as HTML', () => {
    const out = md(
      '<table><tr><td rowspan="2">甲<script>steal()</script></td><td><form><input name="q"></form>乙</td></tr><tr><td>丙</td></tr></table>',
    );
    expect(out).toMatch(/^<table>/);
    expect(out).not.toMatch(/script|form|input/);
    expect(out).toContain('甲');
    expect(out).toContain('乙');
  });

  it('converts a consumed article like a copied one, and leaves no cloneNode override behind', () => {
    const html =
      '<h2>标题</h2><p>第一行\n第二行</p><table><tr><td colspan="2" onclick="x()">合并</td></tr><tr><td>1</td><td>2</td></tr></table>';
    const dom = new JSDOM(`<!doctype html><body><div id="root">${html}</div></body>`);
    const root = dom.window.document.getElementById('root')!;
    const expected = md(html);
    expect(consumeElementToMarkdown(root)).toBe(expected);
    expect(Object.prototype.hasOwnProperty.call(root, 'cloneNode')).toBe(false);
    expect(root.isConnected).toBe(false);
  });

  it('keeps tables with lists in cells as HTML', () => {
    const out = md('<table><tr><td><ul><li>x</li></ul></td><td>y</td></tr></table>');
    expect(out).toMatch(/^<table>/);
  });

  it('unwraps one-column layout tables into their paragraphs', () => {
    const out = md('<table><tr><td><p>第一段。</p><p>第二段。</p></td></tr></table>');
    expect(out).toBe('第一段。\n\n第二段。');
  });

  it('writes a caption as an italic line above the table', () => {
    const out = md(
      '<table><caption>表1 数据</caption><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>',
    );
    expect(out.split('\n')[0]).toBe('*表1 数据*');
  });
});
