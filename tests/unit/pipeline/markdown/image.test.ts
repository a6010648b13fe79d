import { describe, expect, it } from 'vitest';
import { md } from './convert';

describe('image rule', () => {
  it('makes image URLs absolute and keeps alt and title', () => {
    expect(md('<img src="../img/a.jpg" alt="现场 [图]" title="标题">')).toBe(
      '![现场 \\[图\\]](https://news.example.cn/2022/07/img/a.jpg "标题")',
    );
  });

  it('drops lazy-loading placeholders and data: images', () => {
    expect(md('<p>a<img src="/images/blank.gif">b</p>')).toBe('ab');
    expect(md('<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>')).toBe('');
    expect(md('<p><img src="javascript:alert(1)"></p>')).toBe('');
  });

  it('encodes spaces and parentheses in the URL so the destination stays whole', () => {
    expect(md('<img src="https://x.test/a b(1).jpg">')).toBe(
      '![](https://x.test/a%20b%281%29.jpg)',
    );
  });
});
