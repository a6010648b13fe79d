import { describe, expect, it } from 'vitest';
import { removeBoilerplateBoxes } from '@/utils/pipeline/clean/rules/remove-boilerplate-boxes';
import { applyRule, PROSE } from './helpers';

describe('remove-boilerplate-boxes', () => {
  it('removes small boxes named share / xgxw / comment', () => {
    const { text } = applyRule(
      removeBoilerplateBoxes,
      `<p>${PROSE.repeat(4)}</p><div class="share-box">分享到微博</div><div id="xgxw"><a href="/1">相关一</a></div><div class="comment_list">评论</div>`,
    );
    expect(text).toBe(PROSE.repeat(4));
  });
  it('keeps a box holding most of the article even if its name matches', () => {
    const { text } = applyRule(
      removeBoilerplateBoxes,
      `<div class="comment">${PROSE.repeat(4)}</div><p>短</p>`,
    );
    expect(text).toContain(PROSE);
  });
  it('keeps headings whose anchor id or generated classes happen to spell a boilerplate word', () => {
    const { text } = applyRule(
      removeBoilerplateBoxes,
      `<p>${PROSE.repeat(4)}</p><h2><span id="Store_Location_Finder">Store location finder</span></h2>` +
        `<p>${PROSE.repeat(2)}</p><h3 class="ab gg cd ef pl">Why profiling matters</h3><p>${PROSE}</p>`,
    );
    expect(text).toContain('Store location finder');
    expect(text).toContain('Why profiling matters');
  });
  it('keeps syntax-highlighted code whose spans are classed comment', () => {
    const { text } = applyRule(
      removeBoilerplateBoxes,
      `<p>${PROSE.repeat(4)}</p><pre><code><span class="token comment">// add two numbers</span>\nreturn a + b;</code></pre>`,
    );
    expect(text).toContain('// add two numbers');
  });
  it('still removes a box with a generated-looking class list when its id names it', () => {
    const { text } = applyRule(
      removeBoilerplateBoxes,
      `<p>${PROSE.repeat(4)}</p><div id="related" class="a1 b2 c3 d4">其他新闻</div>`,
    );
    expect(text).toBe(PROSE.repeat(4));
  });
});
