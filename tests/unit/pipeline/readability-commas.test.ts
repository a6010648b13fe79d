import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '@/utils/pipeline/plain-text';
import { preparePage } from '@/utils/pipeline/prepare';
import { extractArticle } from '@/utils/pipeline/readability';
import { countEveryComma } from '@/utils/pipeline/readability-commas';

const URL_ = 'https://blog.example.cn/archives/2005-03.html';
const PROSE =
  '我们早上出发，开了一个多小时的车，路上风景很好，天气也不错，到了以后先去看了老城，又走了很多路，' +
  '中午吃了当地的小吃，下午去了湖边，傍晚才回家，大家都说下次还要再来，真是愉快的一天。';
const OTHER_POST =
  '这一篇写的是另外一天的事情，内容比较长，' +
  '讲的是在家里读书和做饭的经过，没有什么特别的地方。'.repeat(3);

/**
 * A post written as text + <br> in a table cell next to a photo and a toggle icon (two images, no
 * <p>): Readability drops such a block as a picture gallery unless it counts ten commas, and it
 * counts ASCII commas only.
 */
function page(): Document {
  const post = `<table><tr><td><img src="/photo.jpg"><br>${PROSE}<br>${PROSE}</td><td><img src="/arrow-up.gif"></td></tr></table>`;
  const html = `<!doctype html><html><head><title>三月</title></head><body><div id="main">
    ${post}
    ${Array.from({ length: 8 }, () => `<p>${OTHER_POST}</p>`).join('')}
  </div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('countEveryComma', () => {
  it('keeps a Chinese post with two images and no <p>, which plain Readability drops', () => {
    const plain = new Readability(page()).parse()?.textContent ?? '';
    expect(plain).not.toContain('我们早上出发');

    const article = extractArticle(preparePage(page(), URL_), URL_);
    const text = htmlToPlainText(article.content);
    expect(text.split('我们早上出发').length - 1).toBe(2);
    expect(text).toContain('另外一天');
  });

  it('patches the Readability helper it relies on (fails when an upgrade renames it)', () => {
    const reader = new Readability(page());
    expect(countEveryComma(reader)).toBe(true);
  });
});
