/**
 * The Dexie database 'seed-clipper'. Versions are append-only: never edit a published version's
 * stores or upgrade; add a new version instead (tests/unit/db/schema.test.ts upgrades real data).
 *
 * v1 tables
 *   clips   summary rows (no bodies): indexes for site, category, publishedAt, clippedAt, updatedAt
 *           and the quality flags (multi-entry).
 *   bodies  { id, markdown, html, text } — only read for preview/edit.
 *   seeds   { id, text } — the seed file text export writes, verbatim for imported files, so an
 *           import → export round trip is byte-identical and export never re-renders 50,000 files.
 *   raw     { id, gzip, size } — the page HTML, gzip-compressed (fflate), for re-extraction.
 *   terms   { id, terms[] } — the persisted full-text index (multi-entry `*terms`), see
 *           utils/search/tokenize.ts.
 *
 * v2 adds `clips.seq`, a unique increasing position (clippedAt order, ties in import order), with
 * compound indexes [site+seq] and [category+seq]. Why: v1 ordered by clippedAt, and a folder import
 * writes many clips in the same millisecond, so export numbering among them fell back to id order
 * (not the folder's order) and paging over equal keys was ambiguous; filtered lists also had to
 * load every matching row to sort them. The upgrade numbers existing clips by (clippedAt, id).
 *
 * v3 replaces the per-clip `terms` rows (multi-entry `*terms`) with `postings`: out-of-line keys
 * [bucket, segment] → the packed postings (seqs, ascending) of a bucket of terms over a fixed
 * range of seqs. Why: a query read every matching clip's 16-character id off the multi-entry
 * index (50,000 strings for a common word) and then sorted them by recency; import wrote one index
 * entry per (clip, term) — 1,100–2,400 per clip. Postings read a term as ~100 packed slices
 * already in recency order, and an import batch writes a few thousand rows.
 * utils/search/index-writer.ts keeps them; the upgrade rebuilds them from every clip's title and
 * body text, and drops `terms`.
 *
 * v4 adds `stats`: one row (key 'collection') with the number of clips and the clips per site and
 * per category, kept by a middleware on every write to `clips` (utils/db/stats.ts). Why: the
 * list's count and the filter menus were index scans (IndexedDB has no O(1) count), seconds at
 * 50,000 clips, that kept the database busy after a popup closed. The upgrade counts every clip.
 *
 * v5 keeps every table and regroups the `postings` rows from segments of 512 seqs into segments of
 * 4,096. Why: a search read one row per segment per term (98 at 50,000 clips, now 13) and took 2–4×
 * its time at 5,000 clips. No clip row is touched.
 *
 * v6 keeps every table and rewrites the `postings` rows: a title term moves into its plain term's
 * bucket (a query word is one read, not two) and each term's seqs are packed as varint deltas
 * (utils/search/postings-codec.ts). Why: at 50,000 clips a two-word search read four buckets,
 * half of them full of other terms' postings, and took 2.5–3.4× its time at 5,000 clips.
 *
 * v7 keeps every table and moves the title terms' postings into buckets of their own (CJK ones
 * hashed into 256). Why: the first page of a search ranks title hits first, then the rest by
 * recency, so it needs every title hit but only the newest body hits. Apart, a query reads its
 * title rows in full (small: titles are short) and its body rows newest segment first, only until
 * the page is full; in v6 every query read every row of its buckets, and at 50,000 clips a
 * two-word English search took up to 2.1× its time at 5,000 clips.
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import {
  buildPostingsInSeqOrder,
  LAYOUT,
  LAYOUT_V3,
  LAYOUT_V5,
  LAYOUT_V6,
  relayoutPostings,
} from '../search/index-writer';
import type { StoredPostingsRow } from '../search/postings-codec';
import { computeStats, STATS_KEY, statsMiddleware, type CollectionStats } from './stats';
import type { ClipBody, ClipSummary, PostingKey, RawRow, SeedRow } from './types';

export const DB_NAME = 'seed-clipper';

export const SCHEMA_V1 = {
  clips: 'id, site, category, publishedAt, clippedAt, updatedAt, *flags',
  bodies: 'id',
  seeds: 'id',
  raw: 'id',
  terms: 'id, *terms',
} as const;

export const SCHEMA_V2 = {
  clips:
    'id, site, category, publishedAt, clippedAt, updatedAt, *flags, seq, [site+seq], [category+seq]',
} as const;

/** v1 → v2: give every clip its `seq`, in (clippedAt, id) order. Touches no other field. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const clips = tx.table('clips');
  // The clippedAt index orders equal keys by primary key (id): exactly the v1 export order.
  const ids = (await clips.orderBy('clippedAt').primaryKeys()) as string[];
  const BATCH = 2000;
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const rows = (await clips.bulkGet(batch)) as (Record<string, unknown> | undefined)[];
    const updated: Record<string, unknown>[] = [];
    rows.forEach((row, index) => {
      if (row) updated.push({ ...row, seq: start + index + 1 });
    });
    await clips.bulkPut(updated);
  }
}

export const SCHEMA_V3 = {
  terms: null,
  postings: '',
} as const;

/** v2 → v3: build `postings` from every clip's title and body text (the `terms` table goes). */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await buildPostingsInSeqOrder(
    tx.table('clips'),
    tx.table('bodies'),
    tx.table('postings'),
    LAYOUT_V3,
  );
}

export const SCHEMA_V4 = {
  stats: '',
} as const;

/** v3 → v4: count the clips (in total, per site, per category) into the `stats` row. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const rows: Pick<ClipSummary, 'site' | 'category'>[] = [];
  await tx.table('clips').each((clip: ClipSummary) => {
    rows.push({ site: clip.site, category: clip.category });
  });
  await tx.table('stats').put(computeStats(rows), STATS_KEY);
}

/** v5 changes no table: the postings rows move from segments of 512 seqs to 4,096. */
export const SCHEMA_V5 = {} as const;

/** v4 → v5: regroup the postings rows into segments of 4,096 seqs (index-writer.ts says why). */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  await relayoutPostings(tx.table('postings'), LAYOUT_V3, LAYOUT_V5);
}

/** v6 changes no table: title terms move into their plain term's bucket; rows are packed. */
export const SCHEMA_V6 = {} as const;

/** v5 → v6: rewrite the postings rows in the v6 layout (index-writer.ts, postings-codec.ts). */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  await relayoutPostings(tx.table('postings'), LAYOUT_V5, LAYOUT_V6);
}

/** v7 changes no table: title terms move into buckets of their own. */
export const SCHEMA_V7 = {} as const;

/** v6 → v7: rewrite the postings rows in the v7 layout (index-writer.ts). */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  await relayoutPostings(tx.table('postings'), LAYOUT_V6, LAYOUT);
}

/** Declares the schema up to `version` (tests open older versions to test upgrades). */
export function declareSchema(db: Dexie, upTo = 7): void {
  db.version(1).stores(SCHEMA_V1);
  if (upTo >= 2) db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  if (upTo >= 3) db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  if (upTo >= 4) db.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  if (upTo >= 5) db.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
  if (upTo >= 6) db.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
  if (upTo >= 7) db.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
}

export class SeedDb extends Dexie {
  clips!: Table<ClipSummary, string>;
  bodies!: Table<ClipBody, string>;
  seeds!: Table<SeedRow, string>;
  raw!: Table<RawRow, string>;
  /** Schema v3: see the file comment and utils/search/index-writer.ts. */
  postings!: Table<StoredPostingsRow, PostingKey>;
  /** Schema v4: the collection's counts, see utils/db/stats.ts. */
  stats!: Table<CollectionStats, string>;

  /**
   * `options` lets Node tests pass fake-indexeddb's indexedDB and IDBKeyRange; `upTo` lets
   * upgrade tests open a database at an older version.
   */
  constructor(name: string = DB_NAME, options?: DexieOptions, upTo?: number) {
    super(name, options);
    declareSchema(this, upTo);
    this.use(statsMiddleware);
  }
}

/**
 * The tables a clip's rows live in: every multi-table write lists them all (`stats` too: the
 * middleware updates it in the transaction that writes `clips`).
 */
export function clipTables(db: SeedDb): Table[] {
  return [db.clips, db.bodies, db.seeds, db.raw, db.postings, db.stats];
}
