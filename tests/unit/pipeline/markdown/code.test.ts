import { describe, expect, it } from 'vitest';
import { md } from './convert';

describe('fenced code rule', () => {
  it('takes the language from data-lang on the pre', () => {
    expect(md('<pre data-lang="ts"><code>let a = 1;</code></pre>')).toBe('```ts\nlet a = 1;\n```');
  });

  it('takes the language from a language-* or lang-* class', () => {
    expect(md('<pre><code class="language-python">print(1)</code></pre>')).toBe(
      '```python\nprint(1)\n```',
    );
    expect(md('<pre class="lang-go">x := 1</pre>')).toBe('```go\nx := 1\n```');
  });

  it('keeps indentation, turns <br> into newlines and leaves markdown characters alone', () => {
    expect(md('<pre>if (a) {<br>  b_c = *d;<br>}</pre>')).toBe(
      '```\nif (a) {\n  b_c = *d;\n}\n```',
    );
  });

  it('uses a longer fence when the code contains backtick runs', () => {
    expect(md('<pre><code>a ``` b</code></pre>')).toBe('````\na ``` b\n````');
  });

  it('keeps inline code as code spans', () => {
    expect(md('<p>call <code>foo()</code> now</p>')).toBe('call `foo()` now');
  });
});
