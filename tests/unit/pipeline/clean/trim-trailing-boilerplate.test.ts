import { describe, expect, it } from 'vitest';
import { trimTrailingBoilerplate } from '@/utils/pipeline/clean/rules/trim-trailing-boilerplate';
import { applyRule, PROSE } from './helpers';

describe('trim-trailing-boilerplate', () => {
  it('removes short non-prose lines after the last paragraph', () => {
    const { text } = applyRule(
      trimTrailingBoilerplate,
      `<p>${PROSE}</p><p>${PROSE}</p><div>特价房源</div><div>建筑面积: 85m²</div><div>出租 | 出售</div>`,
    );
    expect(text).toBe(`${PROSE}\n\n${PROSE}`);
  });
  it('keeps a numbered list written as lines', () => {
    const { text } = applyRule(
      trimTrailingBoilerplate,
      `<p>${PROSE}</p><div>1、香港<br>2、新加坡<br>3、澳大利亚</div>`,
    );
    expect(text).toContain('2、新加坡');
  });
});
