import { describe, expect, it } from 'vitest';
import { removeHidden } from '@/utils/pipeline/clean/rules/remove-hidden';
import { applyRule, PROSE } from './helpers';

describe('remove-hidden', () => {
  it('removes hidden and display:none elements, keeps visible ones', () => {
    const { text } = applyRule(
      removeHidden,
      `<p>${PROSE}</p><div hidden>隐藏一</div><p style="color:red; display: none">隐藏二</p><p style="display:block">可见</p>`,
    );
    expect(text).toContain(PROSE);
    expect(text).toContain('可见');
    expect(text).not.toContain('隐藏');
  });
});
