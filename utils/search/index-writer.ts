/**
 * The one writer of the persisted search index (`postings`, schema v3). Every path that changes a
 * clip's title or body text — clip save, edit, delete, undo, import, backup restore, the v3
 * upgrade — collects its changes in an IndexDelta and applies it inside its own `rw` transaction,
 * so the index can never disagree with the clips it describes (a crash rolls back both).
 *
 * Layout: key [term, start] → Uint32Array of seqs, ascending. A term's rows, read in key order,
 * are its whole postings list in seq (= recency) order, so a query reads a common term as a few
 * dozen packed arrays instead of 50,000 index entries. A row holds the seqs from its `start` up to
 * the next row's start (the first element may be above `start` after removals).
 *
 * Writes: a batch of new clips (seqs above every indexed seq: an import batch, the upgrade) writes
 * one new row per distinct term with no reads; anything else (a single clip, an edit, a delete,
 * an undo) reads the term's row keys, changes the row covering each seq, and appends to the
 * term's last row until it holds ROW_MAX seqs, so clipping one page at a time does not leave a
 * row per clip.
 */
import type { IndexableTypeArrayReadonly, Table } from 'dexie';
import type { SeedDb } from '../db/schema';
import type { PostingKey } from '../db/types';
import { indexTerms } from './tokenize';

/** A new row is started once the last one holds this many seqs (4 KB). */
export const ROW_MAX = 1024;
/** Fewer fresh clips than this go through the merging path (see the file comment). */
const APPEND_ROWS_MIN = 32;

type PostingsTable = Table<Uint32Array, PostingKey>;

/** Dexie's key types do not model tuples; [string, number] is a valid IndexedDB array key. */
const asKeys = (keys: PostingKey[]): IndexableTypeArrayReadonly =>
  keys as unknown as IndexableTypeArrayReadonly;

/** What the index knows of a clip: its seq and the text its terms come from. */
export interface IndexedText {
  seq: number;
  title: string;
  text: string;
}

function pushTo(map: Map<string, number[]>, term: string, seq: number): void {
  const list = map.get(term);
  if (list) list.push(seq);
  else map.set(term, [seq]);
}

/** The index changes of one transaction. */
export class IndexDelta {
  readonly adds = new Map<string, number[]>();
  readonly removes = new Map<string, number[]>();
  /** Clips whose seqs are above every seq in the index (new clips): written without reads. */
  readonly fresh: IndexedText[] = [];

  add(doc: IndexedText): void {
    for (const term of indexTerms(doc.title, doc.text)) pushTo(this.adds, term, doc.seq);
  }

  remove(doc: IndexedText): void {
    for (const term of indexTerms(doc.title, doc.text)) pushTo(this.removes, term, doc.seq);
  }

  /** A new clip whose seq is above every seq already indexed (from nextSeq in this transaction). */
  addFresh(doc: IndexedText): void {
    this.fresh.push(doc);
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
}

/** Applies `delta` to the index. Call inside a `rw` transaction that includes `postings`. */
export async function applyIndexDelta(db: SeedDb, delta: IndexDelta): Promise<void> {
  await applyToTable(db.postings, delta);
}

async function applyToTable(table: PostingsTable, delta: IndexDelta): Promise<void> {
  const adds = new Map(delta.adds);
  if (delta.fresh.length >= APPEND_ROWS_MIN) {
    await appendRows(table, delta.fresh);
  } else {
    for (const doc of delta.fresh) {
      for (const term of indexTerms(doc.title, doc.text)) pushTo(adds, term, doc.seq);
    }
  }
  const terms = new Set([...adds.keys(), ...delta.removes.keys()]);
  await Promise.all(
    [...terms].map((term) =>
      updateTerm(table, term, adds.get(term) ?? [], delta.removes.get(term) ?? []),
    ),
  );
}

/** New rows for clips whose seqs are above every indexed seq: one row per distinct term. */
async function appendRows(table: PostingsTable, docs: IndexedText[]): Promise<void> {
  const byTerm = new Map<string, number[]>();
  const sorted = [...docs].sort((a, b) => a.seq - b.seq);
  for (const doc of sorted) {
    for (const term of indexTerms(doc.title, doc.text)) pushTo(byTerm, term, doc.seq);
  }
  const keys: PostingKey[] = [];
  const values: Uint32Array[] = [];
  for (const [term, seqs] of byTerm) {
    keys.push([term, seqs[0]!]);
    values.push(Uint32Array.from(seqs));
  }
  await table.bulkPut(values, asKeys(keys));
}

/** Index of the last element ≤ value in ascending `list`, or -1. */
function lastAtMost(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid]! <= value) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Inserts `value` into ascending `list` (no duplicates). */
function insertSorted(list: number[], value: number): void {
  const at = lastAtMost(list, value);
  if (at >= 0 && list[at] === value) return;
  list.splice(at + 1, 0, value);
}

function removeSorted(list: number[], value: number): void {
  const at = lastAtMost(list, value);
  if (at >= 0 && list[at] === value) list.splice(at, 1);
}

/** Adds and removes seqs of one term: reads its row keys and the rows covering those seqs. */
async function updateTerm(
  table: PostingsTable,
  term: string,
  adds: number[],
  removes: number[],
): Promise<void> {
  const keys = (await table
    .where(':id')
    .between([term, 0], [term, Infinity], true, true)
    .primaryKeys()) as PostingKey[];
  const starts = keys.map((key) => key[1]);
  const needed = new Set<number>();
  for (const seq of [...adds, ...removes]) {
    const at = lastAtMost(starts, seq);
    if (at >= 0) needed.add(starts[at]!);
  }
  // The term's last row is appended to when a seq lands after it.
  if (starts.length > 0) needed.add(starts[starts.length - 1]!);
  const neededStarts = [...needed];
  const loaded = await table.bulkGet(neededStarts.map((start): PostingKey => [term, start]));
  const rows = new Map<number, number[]>();
  neededStarts.forEach((start, index) => rows.set(start, Array.from(loaded[index] ?? [])));
  const changed = new Set<number>();

  for (const seq of removes) {
    const at = lastAtMost(starts, seq);
    if (at < 0) continue;
    removeSorted(rows.get(starts[at]!)!, seq);
    changed.add(starts[at]!);
  }
  for (const seq of [...adds].sort((a, b) => a - b)) {
    const at = lastAtMost(starts, seq);
    const row = at >= 0 ? rows.get(starts[at]!)! : undefined;
    const isLast = at === starts.length - 1;
    const startsNew = !row || (isLast && row.length >= ROW_MAX && seq > row[row.length - 1]!);
    if (startsNew) {
      starts.splice(at + 1, 0, seq);
      rows.set(seq, [seq]);
      changed.add(seq);
    } else {
      insertSorted(row, seq);
      changed.add(starts[at]!);
    }
  }

  const putKeys: PostingKey[] = [];
  const putValues: Uint32Array[] = [];
  const deleteKeys: PostingKey[] = [];
  for (const start of changed) {
    const row = rows.get(start)!;
    if (row.length === 0) deleteKeys.push([term, start]);
    else {
      putKeys.push([term, start]);
      putValues.push(Uint32Array.from(row));
    }
  }
  if (putKeys.length > 0) await table.bulkPut(putValues, asKeys(putKeys));
  if (deleteKeys.length > 0) await table.bulkDelete(deleteKeys);
}

const UPGRADE_BATCH = 500;

/**
 * Builds the whole index from `clips` + `bodies`, in seq order, one batch at a time (the v3
 * upgrade; the postings table must be empty). Batches in ascending seq take the no-read path.
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
    const docs: IndexedText[] = [];
    summaries.forEach((summary: { seq: number; title: string } | undefined, index) => {
      if (!summary) return;
      const body = texts[index] as { text?: string } | undefined;
      docs.push({ seq: summary.seq, title: summary.title, text: body?.text ?? '' });
    });
    await appendRows(postings as PostingsTable, docs);
  }
}
