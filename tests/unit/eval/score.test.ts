import { describe, expect, it } from 'vitest';
import {
  aggregate,
  pageTriple,
  precision,
  recall,
  scoreCorpus,
  shingles,
  tpFpFn,
} from '@/utils/eval/score';

describe('shingles', () => {
  it('makes overlapping 4-grams with counts', () => {
    const counts = shingles(['a', 'b', 'c', 'd', 'e', 'a', 'b', 'c', 'd']);
    expect(counts.size).toBe(5);
    expect(counts.get(['a', 'b', 'c', 'd'].join('\u0000'))).toBe(2);
  });

  it('makes one shingle of a text shorter than four tokens, none of an empty one', () => {
    expect([...shingles(['a', 'b'])]).toEqual([['a\u0000b', 1]]);
    expect(shingles([]).size).toBe(0);
  });
});

describe('per-page counts', () => {
  it('normalises TP/FP/FN to sum to one', () => {
    const truth = shingles('a b c d e f'.split(' '));
    const predicted = shingles('a b c d e x y'.split(' '));
    // truth: abcd bcde cdef; predicted: abcd bcde cdex dexy → tp 2, fp 2, fn 1
    expect(tpFpFn(truth, predicted)).toEqual([0.4, 0.4, 0.2]);
  });

  it('gives P = R = 1 only when nothing is wrong, 0 when nothing overlaps', () => {
    expect(precision([1, 0, 0])).toBe(1);
    expect(recall([0, 0, 0])).toBe(1);
    expect(precision([0, 0.5, 0.5])).toBe(0);
    expect(recall([0, 0.5, 0.5])).toBe(0);
  });
});

describe('aggregate (score.py agg)', () => {
  it('leaves empty predictions out of precision but not out of recall', () => {
    const empty = pageTriple('shingle4_w', 'one two three four five', '');
    const perfect = pageTriple('shingle4_w', 'one two three four five', 'one two three four five');
    const score = aggregate([empty, perfect]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBeCloseTo(2 / 3, 12);
  });
});

describe('scoreCorpus', () => {
  // Expected numbers: python3 ../shared/eval/score.py on this corpus and these predictions.
  const truth = new Map([
    ['a', '新华社北京7月17日电 今天天气很好，我们去公园散步。'],
    ['b', 'The quick brown fox jumps over the lazy dog. It was fast.'],
    ['c', '短'],
  ]);
  const predicted = new Map([
    ['a', '首页 > 新闻 > 正文 新华社北京7月17日电 今天天气很好，我们去公园散步。 责任编辑：王五'],
    ['b', 'The quick brown fox jumps over the lazy cat.'],
  ]);

  it('matches score.py to 3 decimals', () => {
    const scores = scoreCorpus(truth, predicted);
    const rounded = (n: number) => Math.round(n * 1000) / 1000;
    expect(rounded(scores.shingle4_w.precision)).toBe(0.417);
    expect(rounded(scores.shingle4_w.recall)).toBe(0.185);
    expect(rounded(scores.shingle4_w.f1)).toBe(0.256);
    expect(rounded(scores.shingle4_cjk.precision)).toBe(0.729);
    expect(rounded(scores.shingle4_cjk.recall)).toBe(0.519);
    expect(rounded(scores.shingle4_cjk.f1)).toBe(0.606);
  });
});
