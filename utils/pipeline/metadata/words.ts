/**
 * Word count where each CJK ideograph or kana is a word of its own (Chinese and Japanese are not
 * written with spaces) and every other run of letters, digits and underscores counts once.
 */
const WORD =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\u{20000}-\u{2fa1f}]|[\p{L}\p{N}_\p{M}]+/gu;
const CJK_CHAR = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\u{20000}-\u{2fa1f}]$/u;

export function countWords(text: string): number {
  let count = 0;
  for (const match of text.matchAll(WORD)) {
    const token = match[0];
    // A letter run can still contain CJK when \p{L} swallowed it; count those per character.
    count += CJK_CHAR.test(token) ? 1 : countMixed(token);
  }
  return count;
}

function countMixed(token: string): number {
  let count = 0;
  let inRun = false;
  for (const ch of token) {
    if (CJK_CHAR.test(ch)) {
      count++;
      inRun = false;
    } else if (!inRun) {
      count++;
      inRun = true;
    }
  }
  return count;
}
