import { describe, expect, it } from 'vitest';
import { removeTeasers } from '@/utils/pipeline/clean/rules/remove-teasers';
import { applyRule, PROSE } from './helpers';

describe('remove-teasers', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(
      removeTeasers,
      `<p>${PROSE}</p><p>【申通副总裁做客新民网】申城地铁与市民的出行 ...... [详情]</p>`,
    );
    expect(text).toContain(PROSE);
    expect(text).not.toContain('[详情]');
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '[详情]' + PROSE.repeat(6);
    const { text } = applyRule(removeTeasers, `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`);
    expect(text).toContain(line);
  });
});
