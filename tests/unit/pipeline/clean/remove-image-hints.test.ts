import { describe, expect, it } from 'vitest';
import { removeImageHints } from '@/utils/pipeline/clean/rules/remove-image-hints';
import { applyRule, PROSE } from './helpers';

describe('remove-image-hints', () => {
  it('removes the boilerplate line and keeps the article', () => {
    const { text } = applyRule(
      removeImageHints,
      `<p><img src="https://e.com/a.jpg"><br>点击查看大图</p><p>${PROSE}</p>`,
    );
    expect(text).toContain(PROSE);
    expect(text).not.toContain('点击查看大图');
  });
  it('keeps a long prose line that merely mentions the words', () => {
    const line = '点击查看大图' + PROSE.repeat(6);
    const { text } = applyRule(removeImageHints, `<p>${PROSE}</p><p>${line}</p><p>${PROSE}</p>`);
    expect(text).toContain(line);
  });
  it('removes a bare photo credit line but keeps the caption', () => {
    const { text } = applyRule(
      removeImageHints,
      `<p><img src="https://e.com/a.jpg"></p><p>雨后的湖面。</p><p>图／某某日报提供</p><p>記者王小明／攝影</p><p>${PROSE}</p>`,
    );
    expect(text).toContain('雨后的湖面。');
    expect(text).not.toMatch(/提供|攝影/);
  });
  it('removes a bracketed click prompt line', () => {
    const { text } = applyRule(removeImageHints, `<p>${PROSE}</p><p>[点击进入图集]</p>`);
    expect(text).toBe(PROSE);
  });
});
