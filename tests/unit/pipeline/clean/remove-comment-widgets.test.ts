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
  it('removes blog read counters and trackback lines', () => {
    const { text } = applyRule(
      removeCommentWidgets,
      `<p>${PROSE}</p><p>(本文发表于生活随笔, 已被阅读 57 次)</p><p>Trackback URL: /trackback/42</p>`,
    );
    expect(text).toBe(PROSE);
  });
  it('removes read counters of old forums and blogs', () => {
    const { text } = applyRule(
      removeCommentWidgets,
      `<p>${PROSE}</p><p>您是本文第 154 个阅览者</p><p>发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)</p>`,
    );
    expect(text).toBe(PROSE);
  });
  it('removes vote buttons with their counts', () => {
    const { text } = applyRule(
      removeCommentWidgets,
      `<p>${PROSE}</p><p>有用(3票)</p><p>没用（0票）</p>`,
    );
    expect(text).toBe(PROSE);
  });
});
