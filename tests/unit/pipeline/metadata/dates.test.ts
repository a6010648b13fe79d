import { describe, expect, it } from 'vitest';
import { parseDate, findDateInText } from '../../../../utils/pipeline/metadata/dates';
import { metaOf } from './page';

const zh = { chinese: true, now: Date.UTC(2030, 0, 1) };
const en = { chinese: false, now: Date.UTC(2030, 0, 1) };

describe('publishedAt', () => {
  it('reads a Chinese date near the title as Beijing time (UTC+8)', () => {
    const m = metaOf(
      '<html lang="zh-CN"><head><title>标题</title></head><body><h1>标题</h1><div class="info">2022年07月17日 10:09 来源：新华社</div><p>正文</p></body></html>',
      'https://www.example.cn/a.html',
    );
    expect(m.publishedAt).toBe('2022-07-17T02:09:00.000Z');
  });

  it('reads "2022-07-17 10:09:16" as UTC+8 on a Chinese page', () => {
    expect(findDateInText('发布时间：2022-07-17 10:09:16', zh)).toBe('2022-07-17T02:09:16.000Z');
  });

  it('respects an explicit zone', () => {
    expect(parseDate('2022-07-17T10:09:16+08:00', en)).toBe('2022-07-17T02:09:16.000Z');
    expect(parseDate('2015-04-16T20:02:01Z', zh)).toBe('2015-04-16T20:02:01.000Z');
    expect(parseDate('Sun, 17 Jul 2022 02:09:16 GMT', zh)).toBe('2022-07-17T02:09:16.000Z');
  });

  it('reads zone-less values as UTC on non-Chinese pages', () => {
    expect(parseDate('2022-07-17 10:09', en)).toBe('2022-07-17T10:09:00.000Z');
  });

  it('rejects impossible and implausible dates', () => {
    expect(parseDate('2022-02-31', zh)).toBeNull();
    expect(parseDate('2099-01-01', zh)).toBeNull();
    expect(findDateInText('电话 010-2022-07-17', zh)).toBeNull();
  });

  it('takes article:published_time before text dates', () => {
    const m = metaOf(
      '<html><head><meta property="article:published_time" content="2021-11-01T10:52:50+01:00"></head><body><h1>T</h1><p>2020-01-01 08:00</p></body></html>',
      'https://example.com/a',
    );
    expect(m.publishedAt).toBe('2021-11-01T09:52:50.000Z');
  });

  it('reads JSON-LD datePublished, including inside @graph', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'X' },
        {
          '@type': 'NewsArticle',
          datePublished: '2015-07-24T04:36:09+00:00',
          author: { '@type': 'Person', name: 'Jane Doe' },
        },
      ],
    });
    const m = metaOf(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><p>x</p></body></html>`,
      'https://example.com/a',
    );
    expect(m.publishedAt).toBe('2015-07-24T04:36:09.000Z');
    expect(m.author).toBe('Jane Doe');
  });

  it('ignores broken JSON-LD and falls back to <time datetime>', () => {
    const m = metaOf(
      '<html><head><script type="application/ld+json">{ broken, }</script></head><body><time datetime="2016-12-22T18:43:37Z">Dec 22</time></body></html>',
      'https://example.com/a',
    );
    expect(m.publishedAt).toBe('2016-12-22T18:43:37.000Z');
  });

  it('prefers a printed time on the same day over a date-only meta', () => {
    const m = metaOf(
      '<html lang="zh"><head><meta name="publishdate" content="2011-12-09"></head><body><h1>标题</h1><div>2011-12-09 18:51 国际在线</div></body></html>',
      'http://china.huanqiu.com/a.html',
    );
    expect(m.publishedAt).toBe('2011-12-09T10:51:00.000Z');
  });

  it('is null when the page prints no date', () => {
    expect(
      metaOf('<html><body><h1>x</h1><p>no date here</p></body></html>', 'https://e.com/')
        .publishedAt,
    ).toBeNull();
  });
});
