import { describe, expect, it } from 'vitest';
import { removeMetaLines } from '@/utils/pipeline/clean/rules/remove-meta-lines';
import { applyRule, PROSE } from './helpers';

describe('remove-meta-lines', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(
      removeMetaLines,
      `<div>2011-12-15 20:06 来源：新华社</div><p>${PROSE}</p>`,
    );
    expect(text).toContain(PROSE);
    expect(text).not.toContain('来源：新华社');
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '来源：新华社' + PROSE.repeat(6);
    const { text } = applyRule(removeMetaLines, `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`);
    expect(text).toContain(line);
  });
  it('removes reporter bylines and last-updated lines at the head', () => {
    const { text } = applyRule(
      removeMetaLines,
      `<p>【晨报╱记者王小明／台中报导】</p><p>最后更新 03.05.2019 08:30</p><p>${PROSE}</p>`,
    );
    expect(text).toBe(PROSE);
  });
});
