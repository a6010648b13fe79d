import { describe, expect, it } from 'vitest';
import { removeBreadcrumbs } from '@/utils/pipeline/clean/rules/remove-breadcrumbs';
import { applyRule, PROSE } from './helpers';

describe('remove-breadcrumbs', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(
      removeBreadcrumbs,
      `<div>您现在的位置：首页 &gt; 娱乐 &gt; 正文</div><p>${PROSE}</p>`,
    );
    expect(text).toContain(PROSE);
    expect(text).not.toContain('您现在的位置');
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '您现在的位置' + PROSE.repeat(6);
    const { text } = applyRule(removeBreadcrumbs, `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`);
    expect(text).toContain(line);
  });
});
