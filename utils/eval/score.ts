/**
 * The article-extraction metrics of ../shared/eval/score.py, ported line for line so that
 * `npm run eval` prints the numbers the Python scorer prints on the same predictions.
 *
 * shingle4_w   — scrapinghub/article-extraction-benchmark: tokens are `\w+` runs, 4-gram shingles,
 *                per-page TP/FP/FN normalised, precision and recall macro-averaged, F1 of the means.
 * shingle4_cjk — the same, but each CJK / kana / hangul character is its own token.
 *
 * Python's `re` `\w` on str is `str.isalnum() or '_'`: letters (Lu Ll Lt Lm Lo) and numbers
 * (Nd Nl No). It does NOT include combining marks (Mn/Mc), so "é" written as e + U+0301 splits
 * into two tokens there, and must here too. `[\p{L}\p{N}_]` is exactly that set for every code
 * point assigned in Unicode 14 (Python 3.11); Node's newer Unicode data only adds code points that
 * Python 3.11 sees as unassigned (tests/unit/eval checks all 1.1M code points against python3).
 */

/** One `\w` character as Python's `re` defines it (see the header). */
const WORD_CHAR = String.raw`\p{L}\p{N}_`;
/** score.py's CJK_CLASS: kana, CJK Ext-A, CJK unified, compatibility ideographs, hangul. */
const CJK_CLASS = String.raw`\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af`;

const W_RE = new RegExp(`[${WORD_CHAR}]+`, 'gu');
/** `[CJK]|[^\W CJK]+`: a CJK character alone, or a run of word characters that are not CJK. */
const CJK_RE = new RegExp(`[${CJK_CLASS}]|(?:(?![${CJK_CLASS}])[${WORD_CHAR}])+`, 'gu');

/** score.py tok_w: the `\w+` runs of the text. */
export function tokenizeWords(text: string | null | undefined): string[] {
  return (text ?? '').match(W_RE) ?? [];
}

/** score.py tok_cjk: CJK characters one by one, other word runs whole. */
export function tokenizeCjk(text: string | null | undefined): string[] {
  return (text ?? '').match(CJK_RE) ?? [];
}

export type Tokenizer = (text: string | null | undefined) => string[];

/** A multiset of shingles; the key joins the tokens with NUL, which no token contains. */
export type Shingles = Map<string, number>;

/** score.py shingles(): n-grams; a text shorter than n tokens is one shingle of all its tokens. */
export function shingles(tokens: string[], n = 4): Shingles {
  const counts: Shingles = new Map();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per page: true positives, false positives, false negatives, normalised to sum to 1. */
export type Triple = [tp: number, fp: number, fn: number];

export function tpFpFn(truth: Shingles, predicted: Shingles): Triple {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const keys = new Set([...truth.keys(), ...predicted.keys()]);
  for (const key of keys) {
    const t = truth.get(key) ?? 0;
    const p = predicted.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

export function precision([tp, fp, fn]: Triple): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

export function recall([tp, fp, fn]: Triple): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

export interface Score {
  f1: number;
  precision: number;
  recall: number;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;
}

/**
 * score.py agg(): mean precision over pages that predicted something, mean recall over pages whose
 * truth has something, F1 of the two means.
 */
export function aggregate(triples: Triple[]): Score {
  const p = mean(triples.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(triples.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, precision: p, recall: r };
}

export const METRICS = {
  shingle4_w: tokenizeWords,
  shingle4_cjk: tokenizeCjk,
} as const satisfies Record<string, Tokenizer>;

export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

/** One page's triple under a metric (what --worst ranks pages by). */
export function pageTriple(metric: MetricName, truth: string, predicted: string): Triple {
  const tokenize = METRICS[metric];
  return tpFpFn(shingles(tokenize(truth)), shingles(tokenize(predicted)));
}

/** The page's own P/R/F1 (the per-page view of aggregate()). */
export function pageScore(triple: Triple): Score {
  return aggregate([triple]);
}

/**
 * Scores predictions against ground truth, every page of the truth counted (a missing prediction
 * is an empty one), as score.py does.
 */
export function scoreCorpus(
  truth: ReadonlyMap<string, string>,
  predicted: ReadonlyMap<string, string>,
): Record<MetricName, Score> {
  const result = {} as Record<MetricName, Score>;
  for (const metric of METRIC_NAMES) {
    const triples = [...truth].map(([id, text]) =>
      pageTriple(metric, text, predicted.get(id) ?? ''),
    );
    result[metric] = aggregate(triples);
  }
  return result;
}

/** Python's round(x, 3) for the values printed here (ties are measure-zero for these ratios). */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
