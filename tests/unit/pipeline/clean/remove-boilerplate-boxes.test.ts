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
});
