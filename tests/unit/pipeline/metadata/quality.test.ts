import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { countWords, detectQualityFlags } from '../../../../utils/pipeline/metadata';

const el = (html: string): Element =>
  new JSDOM(`<div id="c">${html}</div>`).window.document.getElementById('c')!;

describe('countWords', () => {
  it('counts each CJK character as a word and Latin runs once', () => {
    expect(countWords('新疆是个好地方')).toBe(7);
    expect(countWords('hello world, it_is 2022')).toBe(4);
    expect(countWords('Seed Clipper是一个browser extension。')).toBe(7);
    expect(countWords('')).toBe(0);
    expect(countWords('日本語のテキスト')).toBe(8);
  });
});

describe('detectQualityFlags', () => {
  const longEnglish = 'word '.repeat(120);
  const longChinese = '这是一段很长的正文。'.repeat(20);

  it('flags texts under 80 words as too short', () => {
    expect(detectQualityFlags('just a few words', el('<p>just a few words</p>'))).toContain(
      'too-short',
    );
    expect(detectQualityFlags(longEnglish, el('<p>x</p>'))).not.toContain('too-short');
    expect(detectQualityFlags(longChinese, el('<p>x</p>'))).toEqual([]);
  });

  it('flags login, captcha and paywall pages in English and Chinese', () => {
    expect(detectQualityFlags('Please sign in to continue reading.', el(''))).toContain(
      'login-wall',
    );
    expect(detectQualityFlags('请输入验证码后继续访问', el(''))).toContain('login-wall');
    expect(detectQualityFlags('登录后查看全文', el(''))).toContain('login-wall');
    expect(detectQualityFlags(`${longChinese}剩余80%未读，付费阅读全文`, el(''))).toContain(
      'login-wall',
    );
  });

  it('does not flag a long article that mentions logging in early on', () => {
    expect(
      detectQualityFlags(`请登录网站办理。${longChinese}${longChinese}${longChinese}`, el('')),
    ).not.toContain('login-wall');
  });

  it('flags leftover placeholder images', () => {
    expect(detectQualityFlags(longChinese, el('<img src="/images/loading.gif">'))).toContain(
      'placeholders',
    );
    expect(
      detectQualityFlags(longChinese, el('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">')),
    ).toContain('placeholders');
    expect(
      detectQualityFlags(longChinese, el('<img src="https://e.com/photo.jpg">')),
    ).not.toContain('placeholders');
  });
});
