/**
 * The read-only queries the popup's first paint needs: a page of summary rows, one clip, the
 * filter facets, counts. Imports nothing but the schema's types, so the popup's first chunk is
 * Dexie + Preact; the writers (repository.ts: seed writer, `yaml`, search index, fflate) load on
 * demand. Every query here reads index keys or summary rows and is O(page); the counts and facets
 * read the one `stats` row (utils/db/stats.ts), except a count filtered by site and category.
 */
import type { SeedDb } from './schema';
import { emptyStats, facetKeys, STATS_KEY, type CollectionStats } from './stats';
import type { ClipSummary, StoredClip } from './types';

export interface PageFilter {
  site?: string;
  category?: string;
}

export interface SummaryPage {
  /** Summary rows, newest first (highest `seq` first). */
  items: ClipSummary[];
  /** Whether rows follow this page (one extra row is read to know, not counted). */
  more: boolean;
}

/** The filtered (or whole) collection, newest first, as a Dexie collection over an index. */
function newestFirst(db: SeedDb, filter: PageFilter) {
  const site = filter.site || undefined;
  const category = filter.category || undefined;
  if (site === undefined && category === undefined) return db.clips.orderBy('seq').reverse();
  // [site+seq] / [category+seq] give the filtered list already in order: only the page is read.
  const [index, key] = site !== undefined ? ['[site+seq]', site] : ['[category+seq]', category!];
  const collection = db.clips.where(index).between([key, -Infinity], [key, Infinity]).reverse();
  return site !== undefined && category !== undefined
    ? collection.filter((clip) => clip.category === category)
    : collection;
}

/**
 * Rows [offset, offset + limit) of the collection, newest first, optionally filtered by site and
 * category. Reads summary rows only — never bodies — and no count: O(offset + limit).
 */
export async function listSummaries(
  db: SeedDb,
  filter: PageFilter,
  offset: number,
  limit: number,
): Promise<SummaryPage> {
  const start = Math.max(0, offset);
  const size = Math.max(0, limit);
  const rows = await newestFirst(db, filter)
    .offset(start)
    .limit(size + 1)
    .toArray();
  return { items: rows.slice(0, size), more: rows.length > size };
}

/** The collection's counts (schema v4's `stats` row, kept on every write): one small read. */
export async function collectionStats(db: SeedDb): Promise<CollectionStats> {
  return (await db.stats.get(STATS_KEY)) ?? emptyStats();
}

/**
 * How many clips match the filter: read off the `stats` row for the whole collection, one site or
 * one category; an index count (O(matches)) only for a site and a category together.
 */
export async function countSummaries(db: SeedDb, filter: PageFilter): Promise<number> {
  const site = filter.site || undefined;
  const category = filter.category || undefined;
  if (site !== undefined && category !== undefined) return newestFirst(db, filter).count();
  const stats = await collectionStats(db);
  if (site !== undefined) return stats.sites[site] ?? 0;
  if (category !== undefined) return stats.categories[category] ?? 0;
  return stats.total;
}

/** A clip with its body and seed text, or undefined (preview and edit; reads one body). */
export async function getClip(db: SeedDb, id: string): Promise<StoredClip | undefined> {
  return db.transaction('r', [db.clips, db.bodies, db.seeds], async () => {
    const [summary, body, seed] = await Promise.all([
      db.clips.get(id),
      db.bodies.get(id),
      db.seeds.get(id),
    ]);
    if (!summary) return undefined;
    return {
      ...summary,
      markdown: body?.markdown ?? '',
      html: body?.html ?? '',
      text: body?.text ?? '',
      seedText: seed?.text ?? '',
    };
  });
}

/** The distinct sites and categories, sorted, for the filter menus (the `stats` row). */
export async function facets(db: SeedDb): Promise<{ sites: string[]; categories: string[] }> {
  const stats = await collectionStats(db);
  return { sites: facetKeys(stats.sites), categories: facetKeys(stats.categories) };
}

export async function countClips(db: SeedDb): Promise<number> {
  return (await collectionStats(db)).total;
}

/**
 * Opens the database (and runs any pending upgrade) without reading a row: how the UI learns that
 * IndexedDB is unavailable (a private window, a broken profile) at the cost of no scan.
 */
export async function openDatabase(db: SeedDb): Promise<void> {
  await db.open();
}
