import { describe, expect, it } from 'vitest';
import { md } from './convert';

describe('link rule', () => {
  it('writes absolute links', () => {
    expect(md('<p><a href="/news/2.html" title="下一篇">下一篇</a></p>')).toBe(
      '[下一篇](https://news.example.cn/news/2.html "下一篇")',
    );
  });

  it('keeps only the text of javascript:, vbscript: and data: links, however written', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:x',
      'vbscript:x',
      'data:text/html,<b>x</b>',
    ]) {
      expect(md(`<p><a href="${href}">文字</a></p>`)).toBe('文字');
    }
  });

  it('keeps the text of same-page anchors and drops empty links', () => {
    expect(md('<p><a href="#top">回到顶部</a><a href="/x"> </a></p>')).toBe('回到顶部');
  });

  it('links wrapping an image', () => {
    expect(md('<a href="/big.jpg"><img src="/small.jpg" alt="a"></a>')).toBe(
      '[![a](https://news.example.cn/small.jpg)](https://news.example.cn/big.jpg)',
    );
  });
});
