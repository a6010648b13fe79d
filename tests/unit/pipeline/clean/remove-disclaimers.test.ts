import { describe, expect, it } from 'vitest';
import { removeDisclaimers } from '@/utils/pipeline/clean/rules/remove-disclaimers';
import { applyRule, PROSE } from './helpers';

describe('remove-disclaimers', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(removeDisclaimers, `<p>${PROSE}</p><p>声明：本网转载仅供参考</p>`);
    expect(text).toContain(PROSE);
    expect(text).not.toContain('声明：');
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '声明：' + PROSE.repeat(6);
    const { text } = applyRule(removeDisclaimers, `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`);
    expect(text).toContain(line);
  });
  it('removes labelled site notices, investment notices and copyright notices', () => {
    const { text } = applyRule(
      removeDisclaimers,
      `<p>${PROSE}</p>` +
        `<p>某某网声明：本站刊登此文出于传递更多信息之目的，不表明证实其描述。</p>` +
        `<p>文中信息仅供参考，不构成任何投资建议。</p><p>反侵权公告：</p>` +
        `<p>一、本报所刊作品著作权归属于某某报社，转用须经许可。</p>`,
    );
    expect(text).toBe(PROSE);
  });
  it("keeps an official statement and the editor's note on the author's views", () => {
    const line =
      '外交部声明：中方对此表示强烈不满，已提出严正交涉。免责声明：本文仅代表作者本人观点，与本站无关。';
    const { text } = applyRule(removeDisclaimers, `<p>${PROSE}</p><p>${line}</p>`);
    expect(text).toContain(line);
  });
});
