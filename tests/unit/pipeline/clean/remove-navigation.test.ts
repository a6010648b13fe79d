import { describe, expect, it } from 'vitest';
import { removeNavigation } from '@/utils/pipeline/clean/rules/remove-navigation';
import { applyRule, PROSE } from './helpers';

describe('remove-navigation', () => {
  it('removes nav and role=navigation', () => {
    const { text } = applyRule(
      removeNavigation,
      `<nav><a href="/">首页</a></nav><div role="navigation">菜单</div><p>${PROSE}</p>`,
    );
    expect(text).toBe(PROSE);
  });
});
