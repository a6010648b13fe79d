import { describe, expect, it } from 'vitest';
import { removeEmpty } from '@/utils/pipeline/clean/rules/remove-empty';
import { applyRule } from './helpers';

describe('remove-empty', () => {
  it('removes empty paragraphs but keeps images', () => {
    const { root } = applyRule(
      removeEmpty,
      `<p>&nbsp;</p><p>正文</p><div><span> </span></div><p><img src="https://e.com/a.jpg"></p>`,
    );
    expect(root.querySelectorAll('p')).toHaveLength(2);
    expect(root.querySelector('img')).not.toBeNull();
  });
});
