/**
 * The one writer of the persisted search index (`postings`, schema v3). Every path that changes a
 * clip's title or body text — clip save, edit, delete, undo, import, backup restore, the v3
 * upgrade — collects its changes in an IndexDelta and applies it inside its own `rw` transaction,
 * so the index can never disagree with the clips it describes (a crash rolls back both).
 *
 * Layout: key [bucket, segment] → PostingsRow, the postings of the bucket's terms for the clips
 * whose seq is in the segment (seqs segment·SEGMENT … segment·SEGMENT + SEGMENT − 1), ascending.
 * SEGMENT is 4,096 since schema v5 (512 before; the v5 upgrade regroups the rows). How a row
 * stores its seqs (packed since v6): postings-codec.ts.
 * - A bucket groups terms so that an import batch writes a few thousand rows, not one per
 *   (term, clip) or even per distinct term: measured in Chromium, 500 diverse articles have
 *   ~100,000 distinct terms, and IndexedDB `put` calls (one IPC each) were most of the import.
 *   CJK terms are hashed into HASH_BUCKETS buckets; Latin terms share a bucket with the terms
 *   of the same first three characters, so a prefix query ("climat…") reads one bucket.
 *   Title terms (`T:` + term) have buckets of their own since v7 (v6 kept them in their plain
 *   term's bucket, one read per query word, but then a query could not read a word's body postings
 *   newest-first without also reading all of its title postings; search.ts says why it must).
 * - Segments are fixed seq ranges, so a bucket's rows in key order hold its terms' postings in
 *   seq (= recency) order, and a query for one term reads one key range: ~SEGMENT-wide slices,
 *   13 rows at 50,000 clips. Why 4,096: with 512 a term was 98 rows at 50,000 clips (10 at 5,000)
 *   and a query took 2–4× its time at 5,000 in Chromium; each row is a separate value to fetch and
 *   deserialize, so fewer, larger rows cut the part of a query that grows with the collection.
 *   The price: an import batch rewrites its segment's rows a few more times as they fill (bytes,
 *   not more requests).
 * Writes read the rows a change touches, change them and put them back (all in the caller's
 * transaction); a clip save touches at most one row per bucket of its terms.
 */
import type { IndexableTypeArrayReadonly, Table } from 'dexie';
import type { SeedDb } from '../db/schema';
import type { PostingKey } from '../db/types';
import { decodeRow, encodeRow, type PostingsRow, type StoredPostingsRow } from './postings-codec';
import { indexTerms, isCjkTerm, TITLE_PREFIX } from './tokenize';

/** Seqs per segment. */
export const SEGMENT = 4096;
/** Seqs per segment in schema v3 and v4 (the v3 upgrade still builds that layout). */
export const V3_SEGMENT = 512;
/** Buckets for CJK terms (Latin ones are bucketed by prefix). */
export const HASH_BUCKETS = 2048;
/**
 * Buckets for CJK title terms (since v7). Fewer than for body terms: a clip has ~40 of them, not
 * ~2,400, so 256 buckets keep a segment's title row at ~1–2 KB and an import batch writes ~256
 * title rows per segment, not ~2,000.
 */
export const TITLE_HASH_BUCKETS = 256;
/** Latin terms are bucketed by this many leading characters (= the shortest prefix query). */
export const LATIN_BUCKET_CHARS = 3;

type PostingsTable = Table<StoredPostingsRow, PostingKey>;

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

/** The bucket of a CJK term or a Latin word (without the title marker). */
function plainBucketOf(plain: string): string {
  if (isCjkTerm(plain)) return `#${hash(plain) % HASH_BUCKETS}`;
  return Array.from(plain).slice(0, LATIN_BUCKET_CHARS).join('');
}

/**
 * The bucket of an index term in schema v6: a title term (`T:` + term) lived in its plain term's
 * bucket, so one read of a bucket gave a query term's body and title postings.
 */
function sharedBucketOf(term: string): string {
  return plainBucketOf(term.startsWith(TITLE_PREFIX) ? term.slice(TITLE_PREFIX.length) : term);
}

/**
 * The bucket of an index term since schema v7. Title terms have buckets of their own (`T:` + the
 * plain bucket; CJK ones hashed into TITLE_HASH_BUCKETS), apart from body terms: a query reads a
 * title term's rows over the whole collection (title hits rank first, whatever their age) but a
 * body term's rows only back from the newest segment until its page is full (search.ts), which
 * in v6 was impossible because the two shared rows.
 */
export function bucketOf(term: string): string {
  if (!term.startsWith(TITLE_PREFIX)) return plainBucketOf(term);
  const plain = term.slice(TITLE_PREFIX.length);
  if (isCjkTerm(plain)) return `${TITLE_PREFIX}#${hash(plain) % TITLE_HASH_BUCKETS}`;
  return TITLE_PREFIX + plainBucketOf(plain);
}

/**
 * The bucket of an index term in schema v3–v5: title terms had buckets of their own (a CJK title
 * term hashed as a different string; Latin ones under `T:` + prefix).
 */
function titleApartBucketOf(term: string): string {
  if (isCjkTerm(term)) return `#${hash(term) % HASH_BUCKETS}`;
  const title = term.startsWith(TITLE_PREFIX);
  return (
    (title ? TITLE_PREFIX : '') + plainBucketOf(title ? term.slice(TITLE_PREFIX.length) : term)
  );
}

/** Where a schema version puts a term's postings: the segment width and the bucket. */
export interface PostingsLayout {
  segment: number;
  bucketOf(term: string): string;
}

/** Schema v3 and v4. */
export const LAYOUT_V3: PostingsLayout = { segment: V3_SEGMENT, bucketOf: titleApartBucketOf };
/** Schema v5. */
export const LAYOUT_V5: PostingsLayout = { segment: SEGMENT, bucketOf: titleApartBucketOf };
/** Schema v6. */
export const LAYOUT_V6: PostingsLayout = { segment: SEGMENT, bucketOf: sharedBucketOf };
/** Schema v7 (the current layout). */
export const LAYOUT: PostingsLayout = { segment: SEGMENT, bucketOf };

const segmentOf = (seq: number, size: number): number => Math.floor(seq / size);

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
  changes(layout: PostingsLayout = LAYOUT): RowChange[] {
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
        const bucket = layout.bucketOf(term);
        // A term's seqs come in runs of one segment (batches are in seq order): one lookup a run.
        let from = 0;
        while (from < seqs.length) {
          const segment = segmentOf(seqs[from]!, layout.segment);
          let to = from + 1;
          while (to < seqs.length && segmentOf(seqs[to]!, layout.segment) === segment) to++;
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

async function applyToTable(
  table: PostingsTable,
  delta: IndexDelta,
  layout: PostingsLayout = LAYOUT,
): Promise<void> {
  const changes = delta.changes(layout);
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
 * upgrade, inside its transaction; the postings table starts empty), in `layout`.
 */
export async function buildPostingsInSeqOrder(
  clips: Table,
  bodies: Table,
  postings: Table,
  layout: PostingsLayout,
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
    await applyToTable(postings as PostingsTable, delta, layout);
  }
}

/**
 * Rewrites every row from layout `from` into layout `to` (whose segments hold whole segments of
 * `from`): each term's seqs move to `to.bucketOf(term)` and to the segment of `to` that holds
 * them, concatenated in segment order, which is seq order. The schema v5 (512 → 4,096 seqs) and
 * v6 (title terms into their plain term's bucket, packed seqs) and v7 (title terms into buckets of
 * their own) upgrades, inside their transaction.
 * One step per new segment: its memory is that segment's postings, whatever the collection size.
 */
export async function relayoutPostings(
  postings: Table,
  from: PostingsLayout,
  to: PostingsLayout,
): Promise<void> {
  if (to.segment % from.segment !== 0) {
    throw new Error(`segments of ${to.segment} do not hold whole segments of ${from.segment}`);
  }
  const factor = to.segment / from.segment;
  const table = postings as PostingsTable;
  const keys = (await table.toCollection().primaryKeys()) as PostingKey[];
  const steps = new Map<number, PostingKey[]>();
  for (const key of keys) {
    const target = Math.floor(key[1] / factor);
    const list = steps.get(target);
    if (list) list.push(key);
    else steps.set(target, [key]);
  }
  for (const target of [...steps.keys()].sort((a, b) => a - b)) {
    // Old segments in ascending order, so each term's seqs concatenate in order.
    const stepKeys = steps.get(target)!.sort((a, b) => a[1] - b[1]);
    const rows = await table.bulkGet(asKeys(stepKeys) as unknown as PostingKey[]);
    const buckets = new Map<string, Map<string, number[]>>();
    rows.forEach((row) => {
      for (const [term, seqs] of decodeRow(row)) {
        const bucket = to.bucketOf(term);
        let terms = buckets.get(bucket);
        if (!terms) buckets.set(bucket, (terms = new Map()));
        const list = terms.get(term);
        if (list) list.push(...seqs);
        else terms.set(term, seqs);
      }
    });
    const putKeys: PostingKey[] = [];
    const putRows: PostingsRow[] = [];
    for (const [bucket, terms] of buckets) {
      const row = encodeRow(terms);
      if (!row) continue;
      putKeys.push([bucket, target]);
      putRows.push(row);
    }
    // Only the old keys no new row overwrites are deleted (one request per key saved).
    const rewritten = new Set(putKeys.map(([bucket]) => bucket));
    const gone = stepKeys.filter(
      ([bucket, segment]) => segment !== target || !rewritten.has(bucket),
    );
    await table.bulkDelete(asKeys(gone) as unknown as PostingKey[]);
    await table.bulkPut(putRows, asKeys(putKeys));
  }
}
