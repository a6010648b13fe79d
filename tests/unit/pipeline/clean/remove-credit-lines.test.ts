import { describe, expect, it } from 'vitest';
import { removeCreditLines } from '@/utils/pipeline/clean/rules/remove-credit-lines';
import { applyRule, PROSE } from './helpers';

describe('remove-credit-lines', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(removeCreditLines, `<p>${PROSE}</p><p>（责任编辑：张三）</p>`);
    expect(text).toContain(PROSE);
    expect(text).not.toContain('责任编辑');
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '责任编辑' + PROSE.repeat(6);
    const { text } = applyRule(removeCreditLines, `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`);
    expect(text).toContain(line);
  });
  it('removes (name 编辑), a site-prefixed editor line and a dated source stamp at the tail', () => {
    const { text } = applyRule(
      removeCreditLines,
      `<p>${PROSE}</p><p>(李小红 编辑)</p><p>某某网编辑：王五</p><p>【2019/03/05 晨报】@ http://example.com/</p>`,
    );
    expect(text).toBe(PROSE);
  });
});
