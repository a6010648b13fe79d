/**
 * Queries the persisted index (index-writer.ts describes `postings`, tokenize.ts the terms).
 * Ranking: clips whose title has every query unit first (whole words before the last word as a
 * prefix), then newest first — by `seq`, the clip's place in clipping order, which is the order
 * postings are stored in, so no sort and no id lookups happen until the page is known.
 *
 * Cost of a page (`need` = offset + limit): a query first reads the newest segment of each of its
 * buckets. When that segment's whole-word title hits fill the page, they are the page. Otherwise
 * it reads the rest of its title rows (one more read per bucket; title rows are small, ~1–2 KB
 * per segment) and its body rows newest segment first, one more window (1, 2, 4 … segments) at
 * a time, only until the title hits plus the body hits read so far fill the page. So a common
 * word's first page reads one segment whatever the collection's size; in schema v6 it read all
 * of them (13 rows per bucket at 50,000 clips), and that part grew with the collection. Then it
 * unpacks the query terms' seqs only, intersects sorted Uint32Arrays and reads the page's rows
 * by seq. The total is exact when every segment was read (rare terms, late pages, `need` =
 * Infinity); otherwise the caller asks for it separately.
 */
import type { SeedDb } from '../db/schema';
import type { ClipSummary, PostingKey } from '../db/types';
import { bucketOf, SEGMENT } from './index-writer';
import { unpackTerm, type PostingsRow } from './postings-codec';
import { queryUnits, TITLE_PREFIX, type QueryUnit } from './tokenize';

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

/** A key-range read of one bucket's rows for segments [from, to], in key (= seq) order. */
function readRows(db: SeedDb, bucket: string, from: number, to: number): Promise<PostingsRow[]> {
  const lower: PostingKey = [bucket, from];
  const upper: PostingKey = [bucket, to];
  // Rows are in the current format once the database is open (the upgrades rewrite older ones).
  return db.postings.where(':id').between(lower, upper, true, true).toArray() as Promise<
    PostingsRow[]
  >;
}

/**
 * The rows a query has read so far, per bucket, in key (= seq) order: the segments from
 * `titleFrom` on in its title buckets and from `bodyFrom` on in its body buckets. `extend` reads
 * older segments of one kind. (A word's title term and body term may share no bucket; two words
 * may share one.)
 */
class RowWindow {
  /** The oldest segment read in the title buckets (Infinity: none yet). */
  titleFrom = Infinity;
  /** The oldest segment read in the body buckets (Infinity: none yet). */
  bodyFrom = Infinity;
  private readonly rows = new Map<string, Promise<PostingsRow[]>>();

  constructor(
    private readonly db: SeedDb,
    private readonly titleBuckets: string[],
    private readonly bodyBuckets: string[],
  ) {}

  static isTitleBucket(bucket: string): boolean {
    return bucket.startsWith(TITLE_PREFIX);
  }

  /** The rows of `term`'s bucket read so far. */
  rowsOf(term: string): Promise<PostingsRow[]> {
    // extend() reads every bucket of the query before any list is made.
    return this.rows.get(bucketOf(term)) ?? Promise.resolve([]);
  }

  /** Reads the segments [from, the oldest read − 1] of the title or the body buckets. */
  extend(kind: 'title' | 'body', from: number): Promise<void> {
    const to = (kind === 'title' ? this.titleFrom : this.bodyFrom) - 1;
    if (kind === 'title') this.titleFrom = from;
    else this.bodyFrom = from;
    const buckets = kind === 'title' ? this.titleBuckets : this.bodyBuckets;
    return Promise.all(
      buckets.map(async (bucket) => {
        const older = readRows(this.db, bucket, from, to);
        const newer = this.rows.get(bucket);
        const merged = newer ? Promise.all([older, newer]).then(([a, b]) => [...a, ...b]) : older;
        this.rows.set(bucket, merged);
        await merged;
      }),
    ).then(() => undefined);
  }
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

/** The seqs of clips with every one of `terms` among the rows read so far. */
async function listOf(window: RowWindow, terms: string[], prefix: boolean): Promise<Uint32Array> {
  // Only terms[0] of a unit is ever a prefix (a Latin word is a one-term unit).
  const rows = await Promise.all(terms.map((term) => window.rowsOf(term)));
  return intersect(
    terms.map((term, index) => postingsIn(rows[index]!, term, prefix && index === 0)),
  );
}

/** A unit's title hits over the whole collection: as typed (prefix) and as whole words. */
async function titleLists(
  window: RowWindow,
  unit: QueryUnit,
): Promise<{ title: Uint32Array; exactTitle: Uint32Array }> {
  const title = await listOf(window, unit.titleTerms, unit.prefix);
  return { title, exactTitle: unit.prefix ? await listOf(window, unit.titleTerms, false) : title };
}

export interface RankedSeqs {
  /**
   * Matching clips' seqs, best first: every title hit, then the body hits of the segments read
   * (all of them when `complete`), newest first.
   */
  seqs: Uint32Array;
  /** How many of the first `seqs` are title hits (every query unit in the title). */
  titleHits: number;
  /** Whether every segment was read: then `seqs` is every match, and its length the total. */
  complete: boolean;
}

/** Restricts a search: only clips whose seqs are in this ascending list (site/category filter). */
export type SeqFilter = Uint32Array;

/** The newest clip's seq (undefined: no clips). */
async function newestSeq(db: SeedDb): Promise<number | undefined> {
  const [seq] = await db.clips.orderBy('seq').reverse().limit(1).keys();
  return seq as number | undefined;
}

/**
 * Clips matching every unit of `query`, ranked (see the file comment), at least the first `need`
 * of them (default: all, with `complete` true). No units → none.
 */
export async function rankedSeqs(
  db: SeedDb,
  query: string,
  only?: SeqFilter,
  need = Infinity,
): Promise<RankedSeqs> {
  const units = queryUnits(query);
  const newest = units.length === 0 ? undefined : await newestSeq(db);
  if (newest === undefined) return { seqs: EMPTY, titleHits: 0, complete: true };
  const buckets = new Set(
    units.flatMap((unit) => [...unit.terms, ...unit.titleTerms]).map((term) => bucketOf(term)),
  );
  const titleBuckets = [...buckets].filter((bucket) => RowWindow.isTitleBucket(bucket));
  const bodyBuckets = [...buckets].filter((bucket) => !RowWindow.isTitleBucket(bucket));
  const window = new RowWindow(db, titleBuckets, bodyBuckets);
  const restrict = only ? [only] : [];
  const newestSegment = Math.floor(newest / SEGMENT);
  // The newest segment of every bucket first, in one round of reads.
  await Promise.all([window.extend('title', newestSegment), window.extend('body', newestSegment)]);
  // The title hits among the rows read so far (all of them once every title row is read).
  const titleHitsRead = async (): Promise<{ title: Uint32Array; exactTitle: Uint32Array }> => {
    const lists = await Promise.all(units.map((unit) => titleLists(window, unit)));
    // A title hit has every unit's plain terms too (tokenize.ts indexes title words both ways).
    const title = intersect([...lists.map((unitLists) => unitLists.title), ...restrict]);
    const exact = intersect([...lists.map((unitLists) => unitLists.exactTitle), title]);
    return { title, exactTitle: exact };
  };
  let { title, exactTitle } = await titleHitsRead();
  // Whole-word title hits rank first, newest first: when the newest segment holds enough of them,
  // they are the page, and no older row is needed (a common title word at 50,000 clips: one row
  // per term, not 13). Otherwise every title row is read, in one more read per bucket.
  if (exactTitle.length >= need && window.titleFrom > 0) {
    return { seqs: exactTitle.slice().reverse(), titleHits: exactTitle.length, complete: false };
  }
  if (window.titleFrom > 0) {
    await window.extend('title', 0);
    ({ title, exactTitle } = await titleHitsRead());
  }
  // Every list is whole once the oldest body segment is read (the title rows are all read by
  // now), or with no body buckets at all (a query of one-character CJK units).
  const complete = (): boolean => window.bodyFrom === 0 || bodyBuckets.length === 0;
  let all: Uint32Array;
  // Body windows of 1, 2, 4 … segments, each older than the last.
  let width = 1;
  for (;;) {
    all = intersect([
      ...(await Promise.all(units.map((unit) => listOf(window, unit.terms, unit.prefix)))),
      ...restrict,
    ]);
    if (complete()) break;
    let bodyOnly = 0;
    for (const seq of all) if (!contains(title, seq)) bodyOnly++;
    if (title.length + bodyOnly >= need) break;
    width *= 2;
    await window.extend('body', Math.max(0, window.bodyFrom - width));
  }
  const out = new Uint32Array(title.length + all.length);
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
  return { seqs: out.subarray(0, at), titleHits: title.length, complete: complete() };
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
