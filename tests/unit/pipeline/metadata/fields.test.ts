import { describe, expect, it } from 'vitest';
import { metaOf } from './page';

describe('siteName', () => {
  it('prefers og:site_name, then application-name', () => {
    expect(
      metaOf('<meta property="og:site_name" content="Ars Technica">', 'https://arstechnica.com/a')
        .siteName,
    ).toBe('Ars Technica');
    expect(
      metaOf('<meta name="application-name" content="BBC News">', 'https://bbc.co.uk/a').siteName,
    ).toBe('BBC News');
  });

  it('names major Chinese outlets by domain, including subdomains', () => {
    expect(metaOf('<p>x</p>', 'http://news.xinhuanet.com/a.htm').siteName).toBe('新华网');
    expect(metaOf('<p>x</p>', 'https://finance.sina.com.cn/a').siteName).toBe('新浪网');
    expect(metaOf('<p>x</p>', 'https://www.stcn.com/a').siteName).toBe('证券时报网');
  });

  it('falls back to the host without www', () => {
    expect(metaOf('<p>x</p>', 'https://www.example.org/a').siteName).toBe('example.org');
  });
});

describe('section', () => {
  it('reads article:section', () => {
    expect(
      metaOf('<meta property="article:section" content="US &amp; Canada">', 'https://e.com/')
        .section,
    ).toBe('US & Canada');
  });

  it('reads the last meaningful breadcrumb', () => {
    const m = metaOf(
      '<body><div class="crumbs">您现在的位置：首页 &gt; 娱乐 &gt; 正文</div><p>x</p></body>',
      'https://e.cn/',
    );
    expect(m.section).toBe('娱乐');
  });

  it('finds an unmarked "当前位置" line', () => {
    const m = metaOf(
      '<body><div><span>当前位置：</span><a>首页</a> &gt; <a>财经</a> &gt; 正文</div></body>',
      'https://e.cn/',
    );
    expect(m.section).toBe('财经');
  });

  it("is 'source' when unknown", () => {
    expect(metaOf('<p>x</p>', 'https://e.com/').section).toBe('source');
  });
});

describe('author and source', () => {
  it('reads 来源 and 作者 lines under the title', () => {
    const m = metaOf(
      '<body><h1>标题新闻</h1><div class="info">2022-07-17 10:09 来源：新华社 作者：张三</div><p>正文</p></body>',
      'https://e.cn/',
    );
    expect(m.source).toBe('新华社');
    expect(m.author).toBe('张三');
  });

  it('reads a 记者 line and a bracketed 来源', () => {
    const m = metaOf(
      '<body><h1>标题新闻</h1><p>来源：[ 中国新闻网 ]</p><p>（记者 李四）正文开始。</p></body>',
      'https://e.cn/',
    );
    expect(m.source).toBe('中国新闻网');
    expect(m.author).toBe('李四');
  });

  it('prefers meta author and strips "By"', () => {
    expect(
      metaOf('<meta name="author" content="Nicolas Perriault">', 'https://e.com/').author,
    ).toBe('Nicolas Perriault');
    expect(metaOf('<p>x</p>', 'https://e.com/', { byline: 'By Jane Roe' }).author).toBe('Jane Roe');
  });

  it('ignores URL authors', () => {
    expect(
      metaOf(
        '<meta property="article:author" content="https://facebook.com/someone">',
        'https://e.com/',
      ).author,
    ).toBe('');
  });
});

describe('lead image, lang, excerpt', () => {
  it('takes og:image made absolute', () => {
    expect(
      metaOf('<meta property="og:image" content="/img/lead.jpg">', 'https://e.com/a/b').leadImage,
    ).toBe('https://e.com/img/lead.jpg');
  });

  it('skips placeholder images and takes the first real content image', () => {
    const m = metaOf(
      '<body><div id="content"><img src="/images/grey.gif"><img src="data:image/gif;base64,R0lGOD"><img src="/photo/1.jpg"></div></body>',
      'https://e.com/a',
    );
    expect(m.leadImage).toBe('https://e.com/photo/1.jpg');
  });

  it('normalizes declared languages and detects CJK text', () => {
    expect(metaOf('<html lang="zh_CN"><body>x</body></html>', 'https://e.com/').lang).toBe('zh-CN');
    expect(
      metaOf(
        '<html><body><p>这是一段没有声明语言的中文文字，用来检测语言是否能够被正确识别出来。</p></body></html>',
        'https://e.com/',
      ).lang,
    ).toBe('zh');
    expect(
      metaOf('<meta http-equiv="content-language" content="en-us">', 'https://e.com/').lang,
    ).toBe('en-US');
  });

  it('makes an excerpt of about 200 characters from the text, or uses the description', () => {
    const long = '长'.repeat(300);
    const m = metaOf(`<body><div id="content"><p>${long}</p></div></body>`, 'https://e.com/');
    expect(m.excerpt).toBe(`${'长'.repeat(200)}…`);
    const empty = metaOf(
      '<head><meta name="description" content="描述文字"></head><body><div id="content"></div></body>',
      'https://e.com/',
    );
    expect(empty.excerpt).toBe('描述文字');
  });
});
