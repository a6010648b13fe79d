/**
 * Terms of the persisted full-text index.
 *
 * Where terms are stored and why (packed postings in IndexedDB, schema v3): index-writer.ts.
 * An in-memory library (MiniSearch, FlexSearch) would have to be rebuilt or (de)serialized whole
 * on every popup open, which at 50,000 clips breaks the popup's first-paint goal.
 *
 * - CJK text is indexed as character bigrams, not Intl.Segmenter words: measured on cwced-zh,
 *   bigrams cost 0.27 ms per article against 8 ms for the segmenter (50,000 imports: 13 s vs
 *   400 s), they do not depend on the browser's ICU dictionary (Chromium, Firefox and Node split
 *   基层党建 differently; Node gives 基层|党|建), and a query matches any substring, as users expect
 *   from a search box. The cost is ~2.9× more terms per article (≈2,400 vs ≈820), capped below.
 * - Latin (and other non-CJK) words: NFKC, lower-cased, 2–40 characters (numbers of any length).
 * - Title terms are indexed twice: plain (so a query matches title or body) and prefixed with
 *   `T:` (so "title hits first" is an index read, not a scan). Titles also get `T:` unigrams so a
 *   one-character CJK query finds titles.
 */

const CJK_CHAR = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
/** A run of CJK characters, or a run of other letters/digits/marks. */
const TOKEN = new RegExp(`[${CJK_CHAR}]+|(?:(?![${CJK_CHAR}])[\\p{L}\\p{N}\\p{M}])+`, 'gu');
const CJK_RUN = new RegExp(`^[${CJK_CHAR}]`, 'u');
const DIGITS = /^\p{N}+$/u;

export const TITLE_PREFIX = 'T:';
/**
 * At most this many distinct body terms per clip (in text order), so one huge page cannot bloat
 * the index; ≈ the whole of a 6,000-character Chinese article. Measured distinct terms per
 * article: news-zh median 378 (p95 971), readability-testpages median 326 (p95 1,358), cwced-zh
 * (long essays) median 1,283 with 9 of 69 reaching the cap. Since v3 an import writes a bounded
 * number of rows per batch whatever the term count, so the cap bounds a clip's CPU and row size,
 * not the number of IndexedDB writes; lowering it would lose body matches of long articles.
 */
export const MAX_BODY_TERMS = 4000;
const MAX_WORD_LENGTH = 40;

/** Whether an index term (with or without the title marker) is a CJK bigram/character. */
export function isCjkTerm(term: string): boolean {
  return CJK_RUN.test(term.startsWith(TITLE_PREFIX) ? term.slice(TITLE_PREFIX.length) : term);
}

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

interface Token {
  cjk: boolean;
  text: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of normalizeText(text).matchAll(TOKEN)) {
    const value = match[0];
    out.push({ cjk: CJK_RUN.test(value), text: value });
  }
  return out;
}

function isIndexedWord(word: string): boolean {
  return (word.length >= 2 || DIGITS.test(word)) && word.length <= MAX_WORD_LENGTH;
}

/** Code points of a CJK run (surrogate pairs stay whole). */
const chars = (run: string): string[] => Array.from(run);

const SURROGATE = /[\uD800-\uDFFF]/;

function bigrams(run: string): string[] {
  if (!SURROGATE.test(run)) {
    // The common case (BMP only): slices, without a string per character first.
    const out: string[] = [];
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    return out;
  }
  const list = chars(run);
  const out: string[] = [];
  for (let i = 0; i + 1 < list.length; i++) out.push(list[i]! + list[i + 1]!);
  return out;
}

/** The index terms of a clip: see the file comment. Unique, title terms first. */
export function indexTerms(title: string, body: string): string[] {
  const terms = new Set<string>();
  for (const token of tokens(title)) {
    if (token.cjk) {
      for (const char of chars(token.text)) terms.add(TITLE_PREFIX + char);
      for (const pair of bigrams(token.text)) {
        terms.add(pair);
        terms.add(TITLE_PREFIX + pair);
      }
    } else if (isIndexedWord(token.text)) {
      terms.add(token.text);
      terms.add(TITLE_PREFIX + token.text);
    }
  }
  let bodyTerms = 0;
  const addBodyTerm = (term: string): boolean => {
    if (terms.has(term)) return true;
    if (bodyTerms >= MAX_BODY_TERMS) return false;
    terms.add(term);
    bodyTerms++;
    return true;
  };
  outer: for (const token of tokens(body)) {
    if (token.cjk) {
      for (const pair of bigrams(token.text)) if (!addBodyTerm(pair)) break outer;
    } else if (isIndexedWord(token.text)) {
      if (!addBodyTerm(token.text)) break;
    }
  }
  return [...terms];
}

/** One part of a query: a clip matches it when it has all of `terms` (title or body). */
export interface QueryUnit {
  /** Index terms that must all be present; title-only units (one CJK character) use `T:` terms. */
  terms: string[];
  /** The same unit's title terms: all present → a title hit. */
  titleTerms: string[];
  /** Match `terms[0]` as a prefix (the last word being typed). */
  prefix: boolean;
}

/** Splits a search box's text into query units (all must match). Empty → no units. */
export function queryUnits(query: string): QueryUnit[] {
  const units: QueryUnit[] = [];
  const list = tokens(query);
  const endsInWord = /[\p{L}\p{N}\p{M}]$/u.test(query.normalize('NFKC'));
  list.forEach((token, index) => {
    if (token.cjk) {
      const pairs = bigrams(token.text);
      if (pairs.length === 0) {
        const single = TITLE_PREFIX + token.text;
        units.push({ terms: [single], titleTerms: [single], prefix: false });
      } else {
        units.push({ terms: pairs, titleTerms: pairs.map((p) => TITLE_PREFIX + p), prefix: false });
      }
      return;
    }
    const word = token.text.slice(0, MAX_WORD_LENGTH);
    const last = index === list.length - 1 && endsInWord;
    if (!isIndexedWord(word)) return;
    // The word still being typed matches as a prefix once it has 3 characters (fewer would scan
    // large index ranges for little precision).
    const prefix = last && word.length >= 3;
    units.push({ terms: [word], titleTerms: [TITLE_PREFIX + word], prefix });
  });
  return units;
}

/** A rough plain text of an HTML or Markdown body, for indexing imported files (no DOM needed). */
export function roughPlainText(body: string): string {
  return body
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Words as the pipeline counts them: each CJK character is a word. */
export function roughWordCount(text: string): number {
  let count = 0;
  for (const token of tokens(text)) count += token.cjk ? chars(token.text).length : 1;
  return count;
}
