import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256, toHex } from '../../../utils/seed/sha256';
import { canonicalizeUrl, clipIdForUrl, clipIdForUrlSync, isClipId } from '../../../utils/seed/url';

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTPS://News.Example.COM/a/B.html', 'https://news.example.com/a/B.html'],
    ['https://example.com/a#comments', 'https://example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['http://example.com:8080/a', 'http://example.com:8080/a'],
    [
      'https://example.com/a?utm_source=x&id=7&utm_medium=y&spm=a.b.c&from=timeline',
      'https://example.com/a?id=7',
    ],
    ['https://example.com/a?share_token=abc&fbclid=1&gclid=2&msclkid=3', 'https://example.com/a'],
    ['https://example.com/a?UTM_Campaign=x&b=2&a=1', 'https://example.com/a?b=2&a=1'],
    ['https://example.com/a?b=%E4%B8%AD&a=1+2', 'https://example.com/a?b=%E4%B8%AD&a=1+2'],
    ['https://example.com/a?&&x=1&', 'https://example.com/a?x=1'],
    ['https://example.com/a?', 'https://example.com/a'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['https://例子.测试/路径', 'https://xn--fsqu00a.xn--0zwm56d/%E8%B7%AF%E5%BE%84'],
    [
      'https://mp.weixin.qq.com/s?__biz=MzA&mid=26&idx=1&sn=ab&chksm=cd&scene=21&key=k#wechat_redirect',
      'https://mp.weixin.qq.com/s?__biz=MzA&mid=26&idx=1&sn=ab',
    ],
    ['file:///home/me/page.html#x', 'file:///home/me/page.html'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = canonicalizeUrl(url);
        expect(canonicalizeUrl(once)).toBe(once);
        expect(once).not.toContain('#');
      }),
      { numRuns: 500 },
    );
  });
});

describe('clip ids', () => {
  it('is the first 16 hex digits of SHA-256 of the URL', async () => {
    const url = 'https://example.com/a';
    const expected = createHash('sha256').update(url).digest('hex').slice(0, 16);
    expect(await clipIdForUrl(url)).toBe(expected);
    expect(clipIdForUrlSync(url)).toBe(expected);
    expect(isClipId(expected)).toBe(true);
  });

  it('computes SHA-256 correctly (FIPS 180-4 vectors)', () => {
    const hex = (text: string): string => toHex(sha256(new TextEncoder().encode(text)));
    expect(hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees between the sync and SubtleCrypto versions for any URL, at every block boundary', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        expect(clipIdForUrlSync(text)).toBe(await clipIdForUrl(text));
      }),
      { numRuns: 500 },
    );
    for (const length of [55, 56, 63, 64, 65, 119, 120, 128]) {
      const text = 'x'.repeat(length);
      expect(clipIdForUrlSync(text)).toBe(
        createHash('sha256').update(text).digest('hex').slice(0, 16),
      );
    }
  });

  it('gives different ids to different URLs', () => {
    expect(clipIdForUrlSync('https://example.com/a')).not.toBe(
      clipIdForUrlSync('https://example.com/b'),
    );
  });
});
