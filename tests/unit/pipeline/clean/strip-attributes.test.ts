import { describe, expect, it } from 'vitest';
import { stripAttributes } from '@/utils/pipeline/clean/rules/strip-attributes';
import { applyRule } from './helpers';

describe('strip-attributes', () => {
  it('keeps href/src/alt, drops class/style/data-*, carries the code language onto pre', () => {
    const { root } = applyRule(
      stripAttributes,
      `<p class="x" style="color:red" data-id="1"><a href="https://e.com/" class="l">a</a><img src="https://e.com/a.jpg" alt="A" width="3"></p><pre><code class="language-ts">let a = 1;</code></pre>`,
    );
    expect(root.querySelector('p')!.attributes).toHaveLength(0);
    expect(root.querySelector('a')!.getAttribute('href')).toBe('https://e.com/');
    expect(root.querySelector('img')!.getAttribute('alt')).toBe('A');
    expect(root.querySelector('img')!.hasAttribute('width')).toBe(false);
    expect(root.querySelector('pre')!.getAttribute('data-lang')).toBe('ts');
    expect(root.querySelector('code')!.hasAttribute('class')).toBe(false);
  });
});
