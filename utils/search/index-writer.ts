/**
 * The one writer of the persisted search index (`postings`, schema v3). Every path that changes a
 * clip's title or body text — clip save, edit, delete, undo, import, backup restore, the v3
 * upgrade — collects its changes in an IndexDelta and applies it inside its own `rw` transaction,
 * so the index can never disagree with the clips it describes (a crash rolls back both).
 *
 * Layout: key [bucket, segment] → PostingsRow, the postings of the bucket's terms for the clips
 * whose seq is in the segment (seqs segment·SEGMENT … segment·SEGMENT + SEGMENT − 1), ascending.
 * - A bucket groups terms so that an import batch writes a few thousand rows, not one per
 *   (term, clip) or even per distinct term: measured in Chromium, 500 diverse articles have
 *   ~100,000 distinct terms, and IndexedDB `put` calls (one IPC each) were most of the import.
 *   CJK terms are hashed into HASH_BUCKETS buckets; Latin terms share a bucket with the terms
 *   of the same first three characters, so a prefix query ("climat…") reads one bucket.
 * - Segments are fixed seq ranges, so a bucket's rows in key order hold its terms' postings in
 *   seq (= recency) order, and a query for one term reads one key range: ~SEGMENT-wide slices,
 *   about 100 rows at 50,000 clips.
 * Writes read the rows a change touches, change them and put them back (all in the caller's
 * transaction); a clip save touches at most one row per bucket of its terms.
 */
import type { IndexableTypeArrayReadonly, Table } from 'dexie';
import type { SeedDb } from '../db/schema';
import type { PostingKey } from '../db/types';
import { indexTerms, isCjkTerm, TITLE_PREFIX } from './tokenize';

/** Seqs per segment. */
export const SEGMENT = 512;
/** Buckets for CJK terms (Latin ones are bucketed by prefix). */
export const HASH_BUCKETS = 2048;
/** Latin terms are bucketed by this many leading characters (= the shortest prefix query). */
export const LATIN_BUCKET_CHARS = 3;

/** A stored row: `terms` joined by '\n' (terms never hold whitespace), `counts[i]` seqs each. */
export interface PostingsRow {
  terms: string;
  counts: Uint32Array;
  seqs: Uint32Array;
}

type PostingsTable = Table<PostingsRow, PostingKey>;

/** Dexie's key types do not model tuples; [string, number] is a valid IndexedDB array key. */
const asKeys = (keys: PostingKey[]): IndexableTypeArrayReadonly =>
  keys as unknown as IndexableTypeArrayReadonly;

/** FNV-1a over UTF-16 code units: stable across engines, cheap. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The bucket of an index term (see the file comment). */
export function bucketOf(term: string): string {
  if (isCjkTerm(term)) return `#${hash(term) % HASH_BUCKETS}`;
  const title = term.startsWith(TITLE_PREFIX);
  const word = title ? term.slice(TITLE_PREFIX.length) : term;
  return (title ? TITLE_PREFIX : '') + Array.from(word).slice(0, LATIN_BUCKET_CHARS).join('');
}

export const segmentOf = (seq: number): number => Math.floor(seq / SEGMENT);

export function decodeRow(row: PostingsRow | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (!row || row.terms === '') return out;
  let at = 0;
  row.terms.split('\n').forEach((term, index) => {
    const count = row.counts[index]!;
    out.set(term, Array.from(row.seqs.subarray(at, at + count)));
    at += count;
  });
  return out;
}

function encodeRow(map: Map<string, number[]>): PostingsRow | null {
  const terms = [...map.keys()].filter((term) => map.get(term)!.length > 0).sort();
  if (terms.length === 0) return null;
  const counts = new Uint32Array(terms.length);
  let total = 0;
  terms.forEach((term, index) => {
    counts[index] = map.get(term)!.length;
    total += counts[index]!;
  });
  const seqs = new Uint32Array(total);
  let at = 0;
  for (const term of terms) {
    const list = map.get(term)!;
    seqs.set(list, at);
    at += list.length;
  }
  return { terms: terms.join('\n'), counts, seqs };
}

/** What the index knows of a clip: its seq and the text its terms come from. */
export interface IndexedText {
  seq: number;
  title: string;
  text: string;
}

interface RowChange {
  bucket: string;
  segment: number;
  adds: Map<string, number[]>;
  removes: Map<string, number[]>;
}

function pushTo(map: Map<string, number[]>, term: string, seq: number): void {
  const list = map.get(term);
  if (list) list.push(seq);
  else map.set(term, [seq]);
}

/** The index changes of one transaction (grouped by row only when applied: one bucketOf per term). */
export class IndexDelta {
  private readonly adds = new Map<string, number[]>();
  private readonly removes = new Map<string, number[]>();

  add(doc: IndexedText): void {
    for (const term of indexTerms(doc.title, doc.text)) pushTo(this.adds, term, doc.seq);
  }

  remove(doc: IndexedText): void {
    for (const term of indexTerms(doc.title, doc.text)) pushTo(this.removes, term, doc.seq);
  }

  /** A clip changed from `before` to `after`: only the terms that differ are touched. */
  replace(before: IndexedText, after: IndexedText): void {
    if (before.seq !== after.seq) {
      this.remove(before);
      this.add(after);
      return;
    }
    const old = new Set(indexTerms(before.title, before.text));
    const next = new Set(indexTerms(after.title, after.text));
    for (const term of old) if (!next.has(term)) pushTo(this.removes, term, before.seq);
    for (const term of next) if (!old.has(term)) pushTo(this.adds, term, after.seq);
  }

  /** The changes per row: [bucket, segment] → term → seqs to add / to remove. */
  changes(): RowChange[] {
    const rows: RowChange[] = [];
    const bySegment = new Map<number, Map<string, RowChange>>();
    const group = (source: Map<string, number[]>, kind: 'adds' | 'removes'): void => {
      const rowOf = (bucket: string, segment: number): RowChange => {
        let buckets = bySegment.get(segment);
        if (!buckets) bySegment.set(segment, (buckets = new Map()));
        let change = buckets.get(bucket);
        if (!change) {
          change = { bucket, segment, adds: new Map(), removes: new Map() };
          buckets.set(bucket, change);
          rows.push(change);
        }
        return change;
      };
      for (const [term, seqs] of source) {
        const bucket = bucketOf(term);
        // A term's seqs come in runs of one segment (batches are in seq order): one lookup a run.
        let from = 0;
        while (from < seqs.length) {
          const segment = segmentOf(seqs[from]!);
          let to = from + 1;
          while (to < seqs.length && segmentOf(seqs[to]!) === segment) to++;
          const target = rowOf(bucket, segment)[kind];
          const run = seqs.slice(from, to);
          const list = target.get(term);
          if (list) list.push(...run);
          else target.set(term, run);
          from = to;
        }
      }
    };
    group(this.removes, 'removes');
    group(this.adds, 'adds');
    return rows;
  }
}

/** Applies `delta` to the index. Call inside a `rw` transaction that includes `postings`. */
export async function applyIndexDelta(db: SeedDb, delta: IndexDelta): Promise<void> {
  await applyToTable(db.postings, delta);
}

function insertSorted(list: number[], value: number): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  if (list[low] !== value) list.splice(low, 0, value);
}

async function applyToTable(table: PostingsTable, delta: IndexDelta): Promise<void> {
  const changes = delta.changes();
  if (changes.length === 0) return;
  const keys = changes.map((change): PostingKey => [change.bucket, change.segment]);
  const current = await table.bulkGet(asKeys(keys) as unknown as PostingKey[]);
  const putKeys: PostingKey[] = [];
  const putRows: PostingsRow[] = [];
  const deleteKeys: PostingKey[] = [];
  changes.forEach((change, index) => {
    const map = decodeRow(current[index]);
    for (const [term, seqs] of change.removes) {
      const list = map.get(term);
      const gone = new Set(seqs);
      if (list)
        map.set(
          term,
          list.filter((seq) => !gone.has(seq)),
        );
    }
    for (const [term, seqs] of change.adds) {
      const list = map.get(term);
      if (!list) {
        map.set(
          term,
          [...new Set(seqs)].sort((a, b) => a - b),
        );
        continue;
      }
      for (const seq of seqs) {
        if (list.length === 0 || seq > list[list.length - 1]!) list.push(seq);
        else insertSorted(list, seq);
      }
    }
    const row = encodeRow(map);
    if (row) {
      putKeys.push(keys[index]!);
      putRows.push(row);
    } else if (current[index]) {
      deleteKeys.push(keys[index]!);
    }
  });
  if (putRows.length > 0) await table.bulkPut(putRows, asKeys(putKeys));
  if (deleteKeys.length > 0) await table.bulkDelete(asKeys(deleteKeys) as unknown as PostingKey[]);
}

const UPGRADE_BATCH = 500;

/**
 * Builds the whole index from `clips` + `bodies` in seq order, one batch at a time (the v3
 * upgrade, inside its transaction; the postings table starts empty).
 */
export async function buildPostingsInSeqOrder(
  clips: Table,
  bodies: Table,
  postings: Table,
): Promise<void> {
  const ids = (await clips.orderBy('seq').primaryKeys()) as string[];
  for (let start = 0; start < ids.length; start += UPGRADE_BATCH) {
    const batch = ids.slice(start, start + UPGRADE_BATCH);
    const [summaries, texts] = await Promise.all([clips.bulkGet(batch), bodies.bulkGet(batch)]);
    const delta = new IndexDelta();
    summaries.forEach((summary: { seq: number; title: string } | undefined, index) => {
      if (!summary) return;
      const body = texts[index] as { text?: string } | undefined;
      delta.add({ seq: summary.seq, title: summary.title, text: body?.text ?? '' });
    });
    await applyToTable(postings as PostingsTable, delta);
  }
}
