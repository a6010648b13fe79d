// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../../utils/encoding/decode-html';
import {
  charsetFromContentType,
  normalizeEncodingLabel,
  sniffDeclaredCharset,
} from '../../../utils/encoding/labels';
import { concatBytes, legacyEncode, utf8 } from './legacy-encode';

const ZH =
  '中国经济保持稳定增长，居民消费持续恢复。专家表示，今年以来各地出台多项政策措施，' +
  '推动产业升级和科技创新，就业形势总体稳定，人民生活水平不断提高。';

function page(head: string, bodyBytes: Uint8Array): Uint8Array {
  return concatBytes(
    utf8(`<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>`),
    bodyBytes,
    utf8('</p></body></html>'),
  );
}

describe('charset labels', () => {
  it.each([
    ['gb2312', 'gb18030'],
    ['GBK', 'gb18030'],
    ['x-gbk', 'gb18030'],
    ['gb18030', 'gb18030'],
    ['UTF8', 'utf-8'],
    ['latin1', 'windows-1252'],
    ['Big5', 'big5'],
    ['sjis', 'shift_jis'],
    ['euc-kr', 'euc-kr'],
    ['no-such-charset', null],
    ['x-user-defined', null],
  ])('%s → %s', (label, name) => {
    expect(normalizeEncodingLabel(label)).toBe(name);
  });

  it('reads the charset parameter of a Content-Type header', () => {
    expect(charsetFromContentType('text/html; charset="GB2312"')).toBe('gb18030');
    expect(charsetFromContentType('text/html;charset=utf-8')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(undefined)).toBeNull();
  });

  it('finds <meta charset>, http-equiv and XML declarations, not commented-out ones', () => {
    expect(sniffDeclaredCharset(utf8('<meta charset="gbk">'))).toBe('gb18030');
    expect(
      sniffDeclaredCharset(
        utf8('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=big5">'),
      ),
    ).toBe('big5');
    expect(sniffDeclaredCharset(utf8('<?xml version="1.0" encoding="Shift_JIS"?><html>'))).toBe(
      'shift_jis',
    );
    expect(sniffDeclaredCharset(utf8('<!-- <meta charset="big5"> --><meta charset=euc-kr>'))).toBe(
      'euc-kr',
    );
    expect(sniffDeclaredCharset(utf8(`${' '.repeat(5000)}<meta charset="gbk">`))).toBeNull();
  });
});

describe('decodeHtmlBytes', () => {
  it('decodes the known GBK bytes of 中文 (D6 D0 CE C4)', () => {
    const bytes = page('<meta charset="gb2312">', Uint8Array.of(0xd6, 0xd0, 0xce, 0xc4));
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain('<p>中文</p>');
    expect(legacyEncode('中文', 'gbk')).toEqual(Uint8Array.of(0xd6, 0xd0, 0xce, 0xc4));
  });

  it('decodes GB18030-only characters on a page labelled gb2312', () => {
    // 𠀀 (U+20000) exists only in GB18030's four-byte range: 95 32 82 36.
    const decoded = decodeHtmlBytes(
      page('<meta charset="gb2312">', Uint8Array.of(0x95, 0x32, 0x82, 0x36)),
    );
    expect(decoded.text).toContain('<p>\u{20000}</p>');
  });

  it.each(['big5', 'shift_jis', 'euc-kr'] as const)('decodes a page declared %s', (encoding) => {
    const text = {
      big5: '中華民國經濟穩定',
      shift_jis: '日本語のテキスト',
      'euc-kr': '한국어 텍스트',
    }[encoding];
    const decoded = decodeHtmlBytes(
      page(`<meta charset="${encoding}">`, legacyEncode(text, encoding)),
    );
    expect(decoded).toMatchObject({ encoding, source: 'meta' });
    expect(decoded.text).toContain(`<p>${text}</p>`);
  });

  it('prefers the HTTP charset to the <meta> one', () => {
    const bytes = page('<meta charset="big5">', legacyEncode(ZH, 'gbk'));
    const decoded = decodeHtmlBytes(bytes, 'text/html; charset=GBK');
    expect(decoded).toMatchObject({ encoding: 'gb18030', source: 'header' });
    expect(decoded.text).toContain(ZH);
  });

  it('detects GBK without any declaration', () => {
    const decoded = decodeHtmlBytes(page('', legacyEncode(ZH.repeat(3), 'gbk')));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain(ZH);
  });

  it('reads a page that says gb2312 but is UTF-8 as UTF-8', () => {
    const decoded = decodeHtmlBytes(page('<meta charset="gb2312">', utf8(ZH)));
    expect(decoded).toMatchObject({ encoding: 'utf-8', source: 'corrected' });
    expect(decoded.text).toContain(ZH);
  });

  it('reads a page that says UTF-8 but is GBK as GB18030', () => {
    const decoded = decodeHtmlBytes(page('<meta charset="utf-8">', legacyEncode(ZH, 'gbk')));
    expect(decoded).toMatchObject({ encoding: 'gb18030', source: 'corrected' });
    expect(decoded.text).toContain(ZH);
  });

  it('keeps UTF-8 with a few broken bytes as UTF-8', () => {
    const body = concatBytes(utf8(ZH.repeat(4)), Uint8Array.of(0xe4, 0xb8), utf8(ZH));
    const decoded = decodeHtmlBytes(page('<meta charset="utf-8">', body));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain(`${ZH}\uFFFD${ZH}`);
  });

  it.each([
    ['utf-8', Uint8Array.of(0xef, 0xbb, 0xbf), (t: string) => utf8(t)],
    [
      'utf-16le',
      Uint8Array.of(0xff, 0xfe),
      (t: string) => new Uint8Array(Uint16Array.from(t, (c) => c.charCodeAt(0)).buffer),
    ],
    [
      'utf-16be',
      Uint8Array.of(0xfe, 0xff),
      (t: string) =>
        Uint8Array.from(
          Array.from(t).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
        ),
    ],
  ])('follows a %s BOM over the declared charset', (encoding, bom, encode) => {
    const html = `<meta charset="gbk"><p>${ZH}</p>`;
    const decoded = decodeHtmlBytes(concatBytes(bom, encode(html)));
    expect(decoded).toMatchObject({ encoding, source: 'bom' });
    expect(decoded.text).toBe(html);
  });

  it('decodes a 20 MB GBK page that claims to be UTF-8', () => {
    const chunk = legacyEncode(`<p>${ZH}</p>\n`, 'gbk');
    const head = utf8('<html><head><meta charset="utf-8"></head><body>');
    const bytes = new Uint8Array(20 * 1024 * 1024);
    bytes.set(head);
    let offset = head.length;
    for (; offset + chunk.length <= bytes.length; offset += chunk.length) bytes.set(chunk, offset);
    const decoded = decodeHtmlBytes(bytes.subarray(0, offset));
    expect(decoded).toMatchObject({ encoding: 'gb18030', source: 'corrected' });
    expect(decoded.text.endsWith(`<p>${ZH}</p>\n`)).toBe(true);
    expect(decoded.text).not.toContain('\uFFFD');
  });

  it('decodes empty input and plain ASCII', () => {
    expect(decodeHtmlBytes(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8' });
    expect(decodeHtmlBytes(utf8('<p>hi</p>')).text).toBe('<p>hi</p>');
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.option(fc.string()), (bytes, header) => {
        const decoded = decodeHtmlBytes(bytes, header ?? undefined);
        expect(typeof decoded.text).toBe('string');
        expect(decoded.encoding.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('GBK mojibake repair', () => {
  // GBK bytes read as a Latin code page, then saved as UTF-8: 中文 → "ÖÐÎÄ".
  const mojibake = (text: string, misreadAs: string): string =>
    new TextDecoder(misreadAs).decode(legacyEncode(text, 'gbk'));

  it.each(['iso-8859-15', 'windows-1252'])('repairs GBK misread as %s', (misreadAs) => {
    const garbled = mojibake(ZH, misreadAs);
    expect(garbled).not.toContain('中');
    const decoded = decodeHtmlBytes(page('<meta charset="gbk">', utf8(garbled)));
    expect(decoded.repairedMojibakeFrom).toBe(misreadAs);
    expect(decoded.text).toContain(`<p>${ZH}</p>`);
  });

  it('repairs a run of mojibake next to correct Chinese text', () => {
    const decoded = decodeHtmlBytes(utf8(`<p>正确的标题</p><p>${mojibake(ZH, 'iso-8859-15')}</p>`));
    expect(decoded.text).toBe(`<p>正确的标题</p><p>${ZH}</p>`);
  });

  it.each([
    'Les élèves étaient très fâchés ; à côté, la forêt brûlait déjà. Où êtes-vous allés, mère ?',
    'Über die Brücke gingen Männer, Frauen und Kinder; später aßen sie Käse und Äpfel.',
    'São Paulo: a população está à espera de ações concretas, disse o ministro à imprensa.',
    'ÀÉÎÕÜ ÀÉÎÕÜ ÀÉÎÕÜ — Latin capitals in a row are not Chinese.',
  ])('leaves real Latin text alone: %s', (text) => {
    const html = `<meta charset="utf-8"><p>${text.repeat(3)}</p>`;
    const decoded = decodeHtmlBytes(utf8(html));
    expect(decoded.repairedMojibakeFrom).toBeUndefined();
    expect(decoded.text).toBe(html);
  });
});

const NEWS_ZH = path.resolve(__dirname, '../../../../shared/corpus/news-zh');
/** news-zh is research-use data: read at test time from ../shared, never copied into the repo. */
const mojibakePage = existsSync(NEWS_ZH)
  ? readdirSync(NEWS_ZH)
      .filter((name) => name.endsWith('.json') && name !== 'MANIFEST.json')
      .map((name) => ({ name, meta: JSON.parse(readFileSync(path.join(NEWS_ZH, name), 'utf8')) }))
      .find(({ meta }) => meta.declared_charset === 'gbk' && meta.encoding === 'utf-8')
  : undefined;

describe.skipIf(!mojibakePage)('the news-zh page with GBK mojibake', () => {
  it('is repaired to the Chinese text of its ground truth', () => {
    const { name, meta } = mojibakePage!;
    const bytes = new Uint8Array(
      readFileSync(path.join(NEWS_ZH, name.replace(/\.json$/, '.html'))),
    );
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded.repairedMojibakeFrom).toBeDefined();
    const firstLine = String(meta.text).split('\n')[0]!.trim();
    expect(firstLine.length).toBeGreaterThan(5);
    expect(decoded.text).toContain(firstLine);
  });
});
