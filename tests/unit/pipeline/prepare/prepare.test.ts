import { describe, expect, it } from 'vitest';
import { preparePage } from '@/utils/pipeline/prepare';
import { bestSrcsetCandidate } from '@/utils/pipeline/prepare/srcset';
import { isPlaceholderImageUrl } from '@/utils/pipeline/clean/placeholder-image';

function page(body: string, head = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const URL_ = 'https://news.example.com/a/b/page.html';

describe('preparePage', () => {
  it('works on a clone and leaves the live document alone', () => {
    const doc = page('<img data-src="/x.jpg" src="blank.gif"><script>1</script>');
    const prepared = preparePage(doc, URL_);
    expect(prepared).not.toBe(doc);
    expect(doc.querySelector('script')).not.toBeNull();
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('blank.gif');
  });

  it.each(['data-original', 'data-src', 'data-actualsrc', '_src', 'data-lazy-src'])(
    'resolves lazy images from %s',
    (attribute) => {
      const prepared = preparePage(
        page(`<img src="data:image/gif;base64,R0lGOD" ${attribute}="/img/real.jpg">`),
        URL_,
      );
      expect(prepared.querySelector('img')!.getAttribute('src')).toBe(
        'https://news.example.com/img/real.jpg',
      );
    },
  );

  it('accepts extension-less CDN URLs and srcset / data-srcset best candidates', () => {
    const prepared = preparePage(
      page(
        '<img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg">' +
          '<img src="grey.gif" data-srcset="/s.jpg 320w, /l.jpg 1024w">' +
          '<img srcset="/a1.jpg 1x, /a2.jpg 2x">',
      ),
      URL_,
    );
    const [a, b, c] = Array.from(prepared.querySelectorAll('img'));
    expect(a!.getAttribute('src')).toBe('https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg');
    expect(b!.getAttribute('src')).toBe('https://news.example.com/l.jpg');
    expect(c!.getAttribute('src')).toBe('https://news.example.com/a2.jpg');
  });

  it('uses the <noscript> image next to a placeholder', () => {
    const prepared = preparePage(
      page('<p><img src="loading.gif"><noscript><img src="/real.png"></noscript></p>'),
      URL_,
    );
    const images = prepared.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]!.getAttribute('src')).toBe('https://news.example.com/real.png');
  });

  it('resolves, cleans and absolutizes the images the <noscript> and <picture> steps hand over', () => {
    // The attribute pass runs in the same walk that lists the elements, except on images and
    // sources: their URLs are only final after the noscript and lazy-image steps.
    const prepared = preparePage(
      page(
        '<noscript><img src="grey.gif" data-src="/photo.jpg" onerror="x()"></noscript>' +
          '<picture><source data-srcset="/p1.webp 1x, /p2.webp 2x"><img src="grey.gif"></picture>' +
          '<a href="/next" onclick="y()">next</a>',
      ),
      URL_,
    );
    const [fromNoscript, inPicture] = Array.from(prepared.querySelectorAll('img'));
    expect(prepared.querySelector('noscript')).toBeNull();
    expect(fromNoscript!.getAttribute('src')).toBe('https://news.example.com/photo.jpg');
    expect(fromNoscript!.hasAttribute('onerror')).toBe(false);
    expect(inPicture!.getAttribute('src')).toBe('https://news.example.com/p2.webp');
    expect(prepared.querySelector('source')!.getAttribute('srcset')).toBe(
      'https://news.example.com/p1.webp 1x, https://news.example.com/p2.webp 2x',
    );
    const link = prepared.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://news.example.com/next');
    expect(link.hasAttribute('onclick')).toBe(false);
  });

  it('makes URLs absolute against <base>', () => {
    const prepared = preparePage(
      page(
        '<a href="c.html">c</a><img src="../i.png">',
        '<base href="https://cdn.example.org/x/y/">',
      ),
      URL_,
    );
    expect(prepared.querySelector('a')!.getAttribute('href')).toBe(
      'https://cdn.example.org/x/y/c.html',
    );
    expect(prepared.querySelector('img')!.getAttribute('src')).toBe(
      'https://cdn.example.org/x/i.png',
    );
  });

  it('drops scripts, styles, handlers and javascript:/vbscript:/data: links, keeps JSON-LD and meta', () => {
    const prepared = preparePage(
      page(
        '<a href="javascript:alert(1)" onclick="x()">a</a><a href="vbscript:x">b</a><a href="data:text/html,x">c</a><script>evil()</script><style>p{}</style><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
        '<meta property="og:title" content="T">',
      ),
      URL_,
    );
    for (const a of Array.from(prepared.querySelectorAll('a'))) {
      expect(a.hasAttribute('href')).toBe(false);
      expect(a.hasAttribute('onclick')).toBe(false);
    }
    expect(prepared.querySelectorAll('script')).toHaveLength(1);
    expect(prepared.querySelector('style')).toBeNull();
    expect(prepared.querySelector('meta[property="og:title"]')).not.toBeNull();
  });
});

describe('image helpers', () => {
  it('recognises placeholders', () => {
    expect(isPlaceholderImageUrl('')).toBe(true);
    expect(isPlaceholderImageUrl('https://e.com/images/blank.gif')).toBe(true);
    expect(isPlaceholderImageUrl('data:image/gif;base64,R0lGODlhAQABAAAAACw=')).toBe(true);
    expect(isPlaceholderImageUrl('https://e.com/photos/2022/beach.jpg')).toBe(false);
  });
  it('picks the largest srcset candidate', () => {
    expect(bestSrcsetCandidate('a.jpg 480w, b.jpg 960w, c.jpg 720w')).toBe('b.jpg');
    expect(bestSrcsetCandidate('')).toBeNull();
  });
});
