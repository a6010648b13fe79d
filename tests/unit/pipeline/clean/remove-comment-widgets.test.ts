import { describe, expect, it } from 'vitest';
import { removeCommentWidgets } from '@/utils/pipeline/clean/rules/remove-comment-widgets';
import { applyRule, PROSE } from './helpers';

describe('remove-comment-widgets', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(
      removeCommentWidgets,
      `<p>${PROSE}</p><div>请您对该文章评分：</div><p>网友评论</p>`,
    );
    expect(text).toContain(PROSE);
    expect(text).not.toContain('评分');
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '评分' + PROSE.repeat(6);
    const { text } = applyRule(
      removeCommentWidgets,
      `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`,
    );
    expect(text).toContain(line);
  });
});
