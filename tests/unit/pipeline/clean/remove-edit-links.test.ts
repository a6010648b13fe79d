import { describe, expect, it } from 'vitest';
import { removeEditLinks } from '@/utils/pipeline/clean/rules/remove-edit-links';
import { applyRule, PROSE_EN } from './helpers';

describe('remove-edit-links', () => {
  it('removes wiki [edit] links', () => {
    const { text } = applyRule(
      removeEditLinks,
      `<h2>History<span class="mw-editsection">[edit]</span></h2><p>${PROSE_EN}</p>`,
    );
    expect(text).not.toContain('[edit]');
    expect(text).toContain('History');
  });
});
