import { describe, expect, it } from 'vitest';
import { md } from './convert';

describe('list item rule and defaults', () => {
  it('writes compact bullet and numbered lists, honouring start', () => {
    expect(md('<ul><li>一</li><li>二</li></ul>')).toBe('- 一\n- 二');
    expect(md('<ol start="3"><li>三</li><li>四</li></ol>')).toBe('3. 三\n4. 四');
  });

  it('indents nested lists under their item', () => {
    expect(md('<ul><li>a<ul><li>b</li></ul></li></ul>')).toBe('- a\n  - b');
  });

  it('starts an item on its own line after stray text inside the list', () => {
    // fast-check's counterexample (seed -2090134696): the marker and the fence of a <pre> in the
    // item followed the text on one line, so the fence never opened and later code became Markdown.
    expect(md('<ul>!<li><pre>x = 1</pre></li></ul>')).toBe('!\n\n- ```\n  x = 1\n  ```');
    expect(md('<ol><b>注</b><li>一</li><li>二</li></ol>')).toBe('**注**\n\n1. 一\n2. 二');
    expect(md('<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>')).toBe('- a\n- b');
  });

  it('writes nested blockquotes', () => {
    expect(md('<blockquote><p>外</p><blockquote><p>内</p></blockquote></blockquote>')).toBe(
      '> 外\n>\n> > 内',
    );
  });

  it('drops scripts, styles and form controls', () => {
    expect(md('<p>正文</p><script>alert(1)</script><style>p{}</style><button>分享</button>')).toBe(
      '正文',
    );
  });

  it('escapes text that would become raw HTML', () => {
    expect(md('<p>&lt;a href="javascript:x"&gt;</p>')).toBe('&lt;a href="javascript:x">');
  });
});
