import { describe, expect, it } from 'vitest';
import { metaOf } from './page';

const page = (head: string, body = ''): string =>
  `<html><head>${head}</head><body>${body}</body></html>`;

describe('title', () => {
  it('strips a " - 新华网" suffix known from the host', () => {
    const m = metaOf(
      page('<title>吉林境内车祸致36名香港游客受伤 - 新华社会 - 新华网</title>'),
      'http://news.xinhuanet.com/a.htm',
    );
    expect(m.title).toBe('吉林境内车祸致36名香港游客受伤');
  });

  it('strips "_中国_环球网": the site segment and the channel label before it', () => {
    const m = metaOf(
      page('<title>韩国女主播是非不断 裸体新闻遭禁播视频画面曝光_中国_环球网</title>'),
      'http://china.huanqiu.com/x.html',
    );
    expect(m.title).toBe('韩国女主播是非不断 裸体新闻遭禁播视频画面曝光');
  });

  it('strips a suffix naming og:site_name on an unknown site', () => {
    const m = metaOf(
      page(
        '<title>Big launch | Example Times</title><meta property="og:site_name" content="Example Times">',
      ),
      'https://example.org/a',
    );
    expect(m.title).toBe('Big launch');
  });

  it('strips an unspaced dash before a site-like Chinese name', () => {
    const m = metaOf(
      page('<title>拿起跨界“指挥棒”她跟学生“较着劲儿”成长--大河网</title>'),
      'https://example.com/x',
    );
    expect(m.title).toBe('拿起跨界“指挥棒”她跟学生“较着劲儿”成长');
  });

  it('prefers the h1 the <title> starts with', () => {
    const m = metaOf(
      page('<title>Budget passes - Politics - The Daily</title>', '<h1>Budget passes</h1>'),
      'https://daily.example/x',
    );
    expect(m.title).toBe('Budget passes');
  });

  it('keeps separators that are part of the title', () => {
    const m = metaOf(
      page('<title>书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来</title>'),
      'https://example.com/x',
    );
    expect(m.title).toBe('书记市长这一周 | 奋马扬鞭争春色，“虎”力全开向未来');
    const dash = metaOf(
      page('<title>COVID-19 cases rise in Shanghai</title>'),
      'https://example.com/x',
    );
    expect(dash.title).toBe('COVID-19 cases rise in Shanghai');
  });

  it('uses og:title first and skips one that is just the site name', () => {
    expect(
      metaOf(
        page('<meta property="og:title" content="真正的标题"><title>别的 - 网站</title>'),
        'https://e.com/',
      ).title,
    ).toBe('真正的标题');
    const m = metaOf(
      page('<meta property="og:title" content="澎湃新闻"><title>一条新闻_澎湃新闻</title>'),
      'https://www.thepaper.cn/newsDetail_forward_1',
    );
    expect(m.title).toBe('一条新闻');
  });
});

describe('title with a space-separated site name', () => {
  it('strips a trailing site-like Chinese name after a space', () => {
    const m = metaOf(
      '<html><head><title>土豆不“土” 土豆无“土” 松花江网</title></head><body></body></html>',
      'https://e.cn/',
    );
    expect(m.title).toBe('土豆不“土” 土豆无“土”');
  });

  it('keeps a trailing word that is not a site name', () => {
    const m = metaOf(
      '<html><head><title>北京西直门嘉茂中心突发大火 现已被扑灭</title></head><body></body></html>',
      'https://e.cn/',
    );
    expect(m.title).toBe('北京西直门嘉茂中心突发大火 现已被扑灭');
  });
});
