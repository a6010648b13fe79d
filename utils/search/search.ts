/**
 * Queries the persisted index (index-writer.ts describes `postings`, tokenize.ts the terms).
 * Ranking: clips whose title has every query unit first (whole words before the last word as a
 * prefix), then newest first — by `seq`, the clip's place in clipping order, which is the order
 * postings are stored in, so no sort and no id lookups happen until the page is known.
 *
 * Cost: one key-range read per bucket of the query's terms (13 rows at 50,000 clips; a word's
 * title postings share its bucket), unpacking of the query terms' seqs only, intersections of
 * sorted Uint32Arrays, and a seq-index read for the page's rows only. The total is exact (the
 * lists are complete), with no count() over any table.
 */
import type { SeedDb } from '../db/schema';
import type { ClipSummary, PostingKey } from '../db/types';
import { bucketOf } from './index-writer';
import { unpackTerm, type PostingsRow } from './postings-codec';
import { queryUnits, type QueryUnit } from './tokenize';

const EMPTY = new Uint32Array(0);

/** Sorted, duplicate-free union (prefix terms: several postings lists). */
function sortedUnique(values: Uint32Array): Uint32Array {
  const sorted = values.slice().sort();
  let length = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[length++] = sorted[i]!;
  }
  return sorted.subarray(0, length);
}

/**
 * The rows of a term's bucket, in key (= seq) order: one key-range read per bucket and query
 * (a word's title term and body term share a bucket; so may two words).
 */
type BucketReader = (term: string) => Promise<PostingsRow[]>;

function bucketReader(db: SeedDb): BucketReader {
  const reads = new Map<string, Promise<PostingsRow[]>>();
  return (term) => {
    const bucket = bucketOf(term);
    let read = reads.get(bucket);
    if (!read) {
      const lower: PostingKey = [bucket, 0];
      const upper: PostingKey = [bucket, Infinity];
      // Rows are in the v6 format once the database is open (the upgrade rewrites older ones).
      read = db.postings.where(':id').between(lower, upper, true, true).toArray() as Promise<
        PostingsRow[]
      >;
      reads.set(bucket, read);
    }
    return read;
  };
}

/**
 * The seqs (ascending) of clips with `term` in `rows` (its bucket's) — or, as a prefix, with any
 * term starting with it (prefixes have at least LATIN_BUCKET_CHARS characters, so they fall in one
 * bucket). Only the matching terms' seqs are unpacked.
 */
function postingsIn(rows: PostingsRow[], term: string, prefix: boolean): Uint32Array {
  const matches: { row: PostingsRow; index: number }[] = [];
  let length = 0;
  // Several terms of one row (a prefix's) interleave: their union must be sorted.
  let interleaved = false;
  for (const row of rows) {
    const before = matches.length;
    row.terms.split('\n').forEach((candidate, index) => {
      if (prefix ? candidate.startsWith(term) : candidate === term) {
        matches.push({ row, index });
        length += row.counts[index]!;
      }
    });
    if (matches.length - before > 1) interleaved = true;
  }
  if (matches.length === 0) return EMPTY;
  const out = new Uint32Array(length);
  let at = 0;
  // Segments are seq ranges in key order: one term's slices follow each other in order.
  for (const { row, index } of matches) at = unpackTerm(row, index, out, at);
  return interleaved ? sortedUnique(out) : out;
}

/** First index in ascending `list` from `from` with list[i] ≥ value (galloping search). */
function seek(list: Uint32Array, value: number, from: number): number {
  let step = 1;
  let high = from;
  while (high < list.length && list[high]! < value) {
    from = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, list.length);
  while (from < high) {
    const mid = (from + high) >> 1;
    if (list[mid]! < value) from = mid + 1;
    else high = mid;
  }
  return from;
}

/** Intersection of ascending lists, driven by the shortest. */
function intersect(lists: Uint32Array[]): Uint32Array {
  if (lists.length === 0) return EMPTY;
  const [shortest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  if (rest.length === 0) return shortest!;
  const out = new Uint32Array(shortest!.length);
  const positions = rest.map(() => 0);
  let length = 0;
  outer: for (const value of shortest!) {
    for (let k = 0; k < rest.length; k++) {
      const list = rest[k]!;
      const at = seek(list, value, positions[k]!);
      positions[k] = at;
      if (at >= list.length) break outer;
      if (list[at] !== value) continue outer;
    }
    out[length++] = value;
  }
  return out.subarray(0, length);
}

function contains(list: Uint32Array, value: number): boolean {
  const at = seek(list, value, 0);
  return at < list.length && list[at] === value;
}

async function unitMatches(
  read: (terms: string[]) => Promise<PostingsRow[][]>,
  unit: QueryUnit,
): Promise<{ all: Uint32Array; title: Uint32Array; exactTitle: Uint32Array }> {
  // Only terms[0] of a unit is ever a prefix (a Latin word is a one-term unit); its title lists,
  // as a prefix and as a whole word, come from the one read of its bucket.
  const [bodyRows, titleRows] = await Promise.all([read(unit.terms), read(unit.titleTerms)]);
  const lists = (rows: PostingsRow[][], terms: string[], prefix: boolean): Uint32Array =>
    intersect(terms.map((term, index) => postingsIn(rows[index]!, term, prefix)));
  const title = lists(titleRows, unit.titleTerms, unit.prefix);
  return {
    all: lists(bodyRows, unit.terms, unit.prefix),
    title,
    exactTitle: unit.prefix ? lists(titleRows, unit.titleTerms, false) : title,
  };
}

export interface RankedSeqs {
  /** Matching clips' seqs, best first. */
  seqs: Uint32Array;
  /** How many of the first `seqs` are title hits (every query unit in the title). */
  titleHits: number;
}

/** Restricts a search: only clips whose seqs are in this ascending list (site/category filter). */
export type SeqFilter = Uint32Array;

/** Clips matching every unit of `query`, ranked (see the file comment). No units → none. */
export async function rankedSeqs(db: SeedDb, query: string, only?: SeqFilter): Promise<RankedSeqs> {
  const units = queryUnits(query);
  if (units.length === 0) return { seqs: EMPTY, titleHits: 0 };
  const rowsOf = bucketReader(db);
  const read = (terms: string[]) => Promise.all(terms.map(rowsOf));
  const matches = await Promise.all(units.map((unit) => unitMatches(read, unit)));
  const restrict = only ? [only] : [];
  const all = intersect([...matches.map((match) => match.all), ...restrict]);
  const title = intersect([...matches.map((match) => match.title), all]);
  const exactTitle = intersect([...matches.map((match) => match.exactTitle), title]);
  const out = new Uint32Array(all.length);
  let at = 0;
  for (let i = exactTitle.length - 1; i >= 0; i--) out[at++] = exactTitle[i]!;
  if (title.length > exactTitle.length) {
    for (let i = title.length - 1; i >= 0; i--) {
      if (!contains(exactTitle, title[i]!)) out[at++] = title[i]!;
    }
  }
  for (let i = all.length - 1; i >= 0; i--) {
    if (!contains(title, all[i]!)) out[at++] = all[i]!;
  }
  return { seqs: out, titleHits: title.length };
}

/** The summaries of `seqs`, in that order (clips missing meanwhile are left out). */
export async function summariesBySeq(db: SeedDb, seqs: ArrayLike<number>): Promise<ClipSummary[]> {
  // One request per seq, issued together (IndexedDB pipelines them); anyOf() would walk a cursor
  // with one round trip per key.
  const rows = await Promise.all(
    Array.from(seqs, (seq) => db.clips.where('seq').equals(seq).first()),
  );
  return rows.filter((row): row is ClipSummary => row !== undefined);
}

export interface SearchHits {
  /** Matching clip ids, best first (the requested slice). */
  ids: string[];
  /** The ids (of `ids`) whose title matched every query unit. */
  titleHits: Set<string>;
  /** How many clips match in all. */
  total: number;
}

/**
 * Clips matching every unit of `query`, ranked; `page` slices the ranking (default: all of it,
 * for tests and tools — the popup goes through listClips, which reads only its page's rows).
 */
export async function searchClipIds(
  db: SeedDb,
  query: string,
  page: { offset?: number; limit?: number } = {},
): Promise<SearchHits> {
  const ranked = await rankedSeqs(db, query);
  const offset = Math.max(0, page.offset ?? 0);
  const end = page.limit === undefined ? ranked.seqs.length : offset + Math.max(0, page.limit);
  const slice = ranked.seqs.subarray(offset, end);
  const rows = await summariesBySeq(db, slice);
  const titleHits = new Set<string>();
  rows.forEach((row, index) => {
    if (offset + index < ranked.titleHits) titleHits.add(row.id);
  });
  return { ids: rows.map((row) => row.id), titleHits, total: ranked.seqs.length };
}
