import { describe, expect, it } from 'vitest';
import { removeDisclaimers } from '@/utils/pipeline/clean/rules/remove-disclaimers';
import { applyRule, PROSE } from './helpers';

describe('remove-disclaimers', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(removeDisclaimers, `<p>${PROSE}</p><p>声明：凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点。</p>`);
    expect(text).toContain(PROSE);
    expect(text).not.toContain('声明：');
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '声明：' + PROSE.repeat(6);
    const { text } = applyRule(removeDisclaimers, `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`);
    expect(text).toContain(line);
  });
});
