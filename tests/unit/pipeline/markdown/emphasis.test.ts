import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../../utils/pipeline/markdown/to-html';
import { md } from './convert';

describe('strong, emphasis and strikethrough rules', () => {
  it('adds no spaces between CJK text and emphasis', () => {
    expect(md('<p>这是<strong>重点</strong>内容，<em>强调</em>文字。</p>')).toBe(
      '这是**重点**内容，*强调*文字。',
    );
  });

  it('falls back to HTML tags where asterisks next to CJK punctuation would not render', () => {
    const out = md('<p>他说<b>“你好”</b>。</p>');
    expect(out).toBe('他说<strong>“你好”</strong>。');
    expect(markdownToHtml(out)).toContain('<strong>“你好”</strong>');
  });

  it('renders every emphasis it writes (no stray asterisks in the preview)', () => {
    const cases = [
      '<p>文字<b>“引号”</b>文字</p>',
      '<p>（<em>括号</em>）</p>',
      '<p>a <b>b</b> c</p>',
      '<p><b>开头</b>，</p>',
    ];
    for (const html of cases) {
      const rendered = markdownToHtml(md(html));
      expect(rendered).not.toContain('*');
    }
  });

  it('moves whitespace out of the delimiters', () => {
    expect(md('<p>a<b> bold </b>c</p>')).toBe('a **bold** c');
  });

  it('does not double nested emphasis', () => {
    expect(md('<p><b>外<strong>内</strong></b></p>')).toBe('**外内**');
  });

  it('writes strikethrough with tildes', () => {
    expect(md('<p><del>删除</del>和<s>划掉</s></p>')).toBe('~~删除~~和~~划掉~~');
  });

  it('does not escape Chinese punctuation', () => {
    expect(md('<p>【新华社】“引号”——破折号……省略号！（括号）《书名》＊＃</p>')).toBe(
      '【新华社】“引号”——破折号……省略号！（括号）《书名》＊＃',
    );
  });

  it('joins hard-wrapped CJK lines without inserting a space', () => {
    expect(md('<p>一九八九年四\n月，我在湖南</p>')).toBe('一九八九年四月，我在湖南');
    expect(md('<p>hello\nworld</p>')).toBe('hello world');
  });
});
