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
});
