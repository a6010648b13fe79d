import { describe, expect, it } from 'vitest';
import { removeRepeatedBlocks } from '@/utils/pipeline/clean/rules/remove-repeated-blocks';
import { applyRule } from './helpers';

const paragraphs = Array.from(
  { length: 8 },
  (_, i) => `<p>第${i}段：这是一段足够长的正文内容，用来说明文章的主体部分。</p>`,
);

describe('remove-repeated-blocks', () => {
  it('removes a paragraph repeated in the latter half of a long article', () => {
    const { text } = applyRule(removeRepeatedBlocks, paragraphs.join('') + paragraphs[1]);
    expect(text.match(/第1段/g)).toHaveLength(1);
  });
  it('keeps a text occurring three times and repeats in short articles', () => {
    const thrice = applyRule(
      removeRepeatedBlocks,
      paragraphs.join('') + paragraphs[1] + paragraphs[1],
    );
    expect(thrice.text.match(/第1段/g)).toHaveLength(3);
    const short = applyRule(removeRepeatedBlocks, paragraphs[0]! + paragraphs[0]);
    expect(short.text.match(/第0段/g)).toHaveLength(2);
  });
});
