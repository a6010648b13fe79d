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
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { ClipBody, ClipSummary, RawRow, SeedRow, TermsRow } from './types';

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

/** Declares the schema up to `version` (tests open older versions to test upgrades). */
export function declareSchema(db: Dexie, upTo = 2): void {
  db.version(1).stores(SCHEMA_V1);
  if (upTo >= 2) db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
}

export class SeedDb extends Dexie {
  clips!: Table<ClipSummary, string>;
  bodies!: Table<ClipBody, string>;
  seeds!: Table<SeedRow, string>;
  raw!: Table<RawRow, string>;
  terms!: Table<TermsRow, string>;

  /** `options` lets Node tests pass fake-indexeddb's indexedDB and IDBKeyRange. */
  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchema(this);
  }
}

/** The tables a clip's rows live in: every multi-table write lists them all. */
export function clipTables(db: SeedDb): Table[] {
  return [db.clips, db.bodies, db.seeds, db.raw, db.terms];
}
