import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../../utils/pipeline/markdown';
import { markdownToHtml } from '../../../../utils/pipeline/markdown/to-html';

describe('markdownToHtml', () => {
  it('renders GFM tables and strikethrough synchronously', () => {
    const html = markdownToHtml('| a | b |\n| --- | --- |\n| 1 | 2 |\n\n~~x~~');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>x</del>');
  });
});

describe('htmlToMarkdown input forms', () => {
  it('accepts an HTML string', () => {
    expect(htmlToMarkdown('<p>字符串 <b>输入</b></p>')).toBe('字符串 **输入**');
  });

  it('does not modify the element it is given', () => {
    const div = document.createElement('div');
    const p = document.createElement('p');
    p.textContent = '第一\n第二';
    div.append(p);
    htmlToMarkdown(div);
    expect(p.textContent).toBe('第一\n第二');
  });
});
