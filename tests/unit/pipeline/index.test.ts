import { describe, expect, it } from 'vitest';
import { NoArticleError } from '@/utils/pipeline/errors';
import { htmlToPlainText } from '@/utils/pipeline/plain-text';
import { preparePage } from '@/utils/pipeline/prepare';
import { extractArticle } from '@/utils/pipeline/readability';

const URL_ = 'https://news.example.com/2022/07/17/a.html';
const PARAGRAPH = '这是一段足够长的新闻正文，讲述了事情的经过和各方的反应，以及后续的安排和影响。';

function extract(html: string, options = {}) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractArticle(preparePage(doc, URL_), URL_, options);
}

const ARTICLE = `<!doctype html><html><head><title>标题 - 新华网</title></head><body>
  <div class="nav"><a href="/">首页</a></div>
  <div class="article">
    <div>您现在的位置：<a href="/">首页</a> &gt; <a href="/yl">娱乐</a> &gt; 正文</div>
    ${Array.from({ length: 6 }, () => `<p>${PARAGRAPH}</p>`).join('')}
    <p>（责任编辑：张三）</p>
  </div>
  <div class="xgxw"><h3>相关新闻</h3><ul><li><a href="/1">另一条新闻</a></li><li><a href="/2">再一条</a></li></ul></div>
</body></html>`;

describe('extractArticle (the pipeline up to plain text)', () => {
  it('keeps the article and drops breadcrumbs, credits and related news', () => {
    const text = htmlToPlainText(extract(ARTICLE).content);
    expect(text).toContain(PARAGRAPH);
    expect(text).not.toMatch(/您现在的位置|责任编辑|相关新闻|另一条新闻/);
    expect(text.split('\n\n')).toHaveLength(6);
  });

  it('throws NoArticleError for a navigation-only page', () => {
    expect(() => extract('<html><body><nav>a</nav></body></html>')).toThrow(NoArticleError);
  });

  it('clips the whole page on request when there is no article', () => {
    const result = extract('<html><body><div>只有一行字</div></body></html>', { wholePage: true });
    expect(['article', 'whole-page']).toContain(result.mode);
    expect(htmlToPlainText(result.content)).toContain('只有一行字');
  });

  it('cleans the selection instead of the article in selection mode', () => {
    const result = extract(ARTICLE, {
      selectionHtml: '<p>选中的<a href="/x">文字</a>。</p><p>分享到：微博</p>',
    });
    expect(result.mode).toBe('selection');
    expect(htmlToPlainText(result.content)).toBe('选中的文字。');
    expect(result.content.querySelector('a')!.getAttribute('href')).toBe(
      'https://news.example.com/x',
    );
  });

  it('does not survive javascript: links into the article', () => {
    const result = extract(ARTICLE.replace('<p>', '<p><a href="javascript:alert(1)">x</a>'));
    expect(result.content.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

describe('htmlToPlainText', () => {
  it('separates blocks and keeps <br> line breaks', () => {
    const doc = new DOMParser().parseFromString(
      '<div><p>one</p><p>two<br>three</p><ul><li>a</li><li>b</li></ul></div>',
      'text/html',
    );
    expect(htmlToPlainText(doc.querySelector('div')!)).toBe('one\n\ntwo\nthree\n\na\nb');
  });
});

describe('clipDocument', () => {
  it('returns plain data for an article, leaving the live document untouched', async () => {
    const { clipDocument } = await import('@/utils/pipeline');
    const doc = new DOMParser().parseFromString(
      ARTICLE.replace(
        '<head>',
        '<head><link rel="canonical" href="/2022/07/17/a.html?utm_source=x">',
      ),
      'text/html',
    );
    const before = doc.documentElement.outerHTML;
    const clip = clipDocument(doc, URL_);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(clip.canonicalUrl).toBe(URL_);
    expect(clip.id).toMatch(/^[0-9a-f]{16}$/);
    expect(clip.text).toContain(PARAGRAPH);
    expect(clip.text).not.toContain('责任编辑');
    expect(clip.markdown).toContain(PARAGRAPH);
    expect(clip.html).not.toMatch(/class=|id=/);
    expect(clip.wordCount).toBeGreaterThan(100);
    expect(JSON.parse(JSON.stringify(clip))).toEqual(clip);
  });

  it('throws NoArticleError for a navigation-only page and flags selection clips', async () => {
    const { clipDocument, NoArticleError: Thrown } = await import('@/utils/pipeline');
    const nav = new DOMParser().parseFromString(
      '<html><body><nav>a</nav></body></html>',
      'text/html',
    );
    expect(() => clipDocument(nav, URL_)).toThrow(Thrown);
    const selection = clipDocument(new DOMParser().parseFromString(ARTICLE, 'text/html'), URL_, {
      selectionHtml: '<p>选中的文字。</p>',
    });
    expect(selection.flags).toContain('selection');
  });
});

describe('findCanonicalUrl', () => {
  it('takes a same-site canonical, ignores a cross-site one', async () => {
    const { findCanonicalUrl } = await import('@/utils/pipeline/canonical');
    const page = (href: string) =>
      new DOMParser().parseFromString(
        `<head><link rel="canonical" href="${href}"></head>`,
        'text/html',
      );
    expect(findCanonicalUrl(page('https://www.news.example.com/b.html#top'), URL_)).toBe(
      'https://www.news.example.com/b.html',
    );
    expect(findCanonicalUrl(page('https://aggregator.example.org/b.html'), URL_)).toBe(URL_);
  });
});
