import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtmlBytes } from '../../../utils/encoding/decode-html';
import { clipDocument, type ClipOptions } from '../../../utils/pipeline/index';
import { isNoArticleError, type NoArticleError } from '../../../utils/pipeline/errors';
import type { ClipResult } from '../../../utils/types';

export type ClipOutcome =
  | { kind: 'clip'; clip: ClipResult; encoding: string }
  | { kind: 'no-article'; error: NoArticleError; encoding: string };

export const PAGE_URL = 'https://news.example.cn/2024/05/01/page.html';

/**
 * Bytes in, the way the CLI and the extension take a page: decode, parse, clip. Returns the clip
 * or the typed NoArticleError; anything else thrown (a TypeError, a RangeError from a recursion
 * too deep) propagates and fails the test.
 */
export function clipBytes(bytes: Uint8Array, options: ClipOptions = {}): ClipOutcome {
  const { text, encoding } = decodeHtmlBytes(bytes);
  const dom = new JSDOM(text, { url: PAGE_URL, virtualConsole: new VirtualConsole() });
  try {
    return { kind: 'clip', clip: clipDocument(dom.window.document, PAGE_URL, options), encoding };
  } catch (error) {
    if (isNoArticleError(error)) return { kind: 'no-article', error, encoding };
    throw error;
  } finally {
    closeQuietly(dom);
  }
}

/**
 * Frees the jsdom window. jsdom's own close() recurses over the tree and overflows the stack on
 * pathological nesting; that is cleanup failing, not the pipeline, so it is not the test's verdict.
 */
function closeQuietly(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch {
    // see above
  }
}

export function clipHtml(html: string, options: ClipOptions = {}): ClipOutcome {
  return clipBytes(new TextEncoder().encode(html), options);
}

/** A deterministic pseudo-random byte source (xorshift32), so failures reproduce. */
export function pseudoRandomBytes(length: number, seed = 0x2545f491): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

export const ARTICLE_PARAGRAPHS = [
  '新华社北京5月1日电 国家统计局今天发布数据显示，今年一季度国内生产总值同比增长百分之五点三，经济运行开局良好，主要指标稳中有升。',
  '从行业看，制造业增加值增长较快，高技术制造业和装备制造业保持两位数增长，服务业生产指数稳步回升，消费市场持续恢复。',
  '专家表示，随着一系列稳增长政策效果持续显现，市场预期逐步改善，全年经济有望保持在合理区间运行，就业和物价总体稳定。',
] as const;

export function articleHtml(paragraphs: readonly string[] = ARTICLE_PARAGRAPHS): string {
  return `<article><h1>一季度经济运行开局良好</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
}

let gbkTable: Map<string, number[]> | null = null;

/** GBK bytes of `text` (TextEncoder only writes UTF-8): the inverse of TextDecoder('gbk'). */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let byte = 0; byte < 0x80; byte++) gbkTable.set(String.fromCharCode(byte), [byte]);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        try {
          const char = decoder.decode(Uint8Array.of(lead, trail));
          if (Array.from(char).length === 1 && !gbkTable.has(char))
            gbkTable.set(char, [lead, trail]);
        } catch {
          // not a valid GBK pair
        }
      }
    }
  }
  const table = gbkTable;
  return Uint8Array.from(
    Array.from(text).flatMap((char) => {
      const bytes = table.get(char);
      if (!bytes) throw new Error(`${JSON.stringify(char)} has no GBK encoding`);
      return bytes;
    }),
  );
}
