/**
 * The collection's read/write API. Every function takes the database first so tests pass a
 * fake-indexeddb instance. A clip's rows (summary, body, seed text, raw HTML, index terms) are
 * always written in one `rw` transaction over all of its tables: a failure (quota, crash) leaves
 * the clip either fully written or untouched. Quota failures come out as QuotaError.
 */
import { writeSeedFile } from '../seed';
import { applyIndexDelta, IndexDelta } from '../search/index-writer';
import { rankedSeqs, summariesBySeq } from '../search/search';
import type { BodyMode, ClipResult } from '../types';
import { compressRawHtml, decompressRawHtml } from './compress';
import { mapQuotaErrors } from './errors';
import { editedSeedDocument, rowsFromClipResult } from './records';
import { clipTables, type SeedDb } from './schema';
import type { ClipEdit, ClipSummary, DeletedClips, StoredClip } from './types';

export { QuotaError, isQuotaError } from './errors';
// The read-only queries live in read.ts (the popup's first paint imports only that module).
export { countClips, facets, getClip } from './read';

/** The next free `seq` (1 for an empty collection). Call inside a transaction. */
export async function nextSeq(db: SeedDb): Promise<number> {
  const last = await db.clips.orderBy('seq').reverse().limit(1).keys();
  return Number(last[0] ?? 0) + 1;
}

export interface SaveClipOptions {
  /** The page HTML to keep (compressed) for re-extraction; omit when the setting is off. */
  rawHtml?: string;
  category: string;
  bodyMode: BodyMode;
  /** The time of the clip (tests fix it); defaults to Date.now(). */
  now?: number;
}

/**
 * Saves a clip. A clip with the same id (same canonical URL) is updated in place: it keeps its
 * first clippedAt and its position (seq), gets updatedAt = now, and `updated` is true.
 */
export async function saveClip(
  db: SeedDb,
  result: ClipResult,
  opts: SaveClipOptions,
): Promise<{ clip: StoredClip; updated: boolean }> {
  const now = opts.now ?? Date.now();
  const raw = opts.rawHtml !== undefined ? compressRawHtml(result.id, opts.rawHtml) : undefined;
  return mapQuotaErrors(() =>
    db.transaction('rw', clipTables(db), async () => {
      const [existing, oldBody] = await Promise.all([
        db.clips.get(result.id),
        db.bodies.get(result.id),
      ]);
      const rows = rowsFromClipResult(result, opts, {
        clippedAt: existing?.clippedAt ?? now,
        updatedAt: now,
        seq: existing?.seq ?? (await nextSeq(db)),
        hasRaw: raw !== undefined,
      });
      const delta = new IndexDelta();
      const after = { seq: rows.summary.seq, title: rows.summary.title, text: rows.body.text };
      if (existing) delta.replace(indexedText(existing, oldBody?.text), after);
      else delta.add(after);
      await db.clips.put(rows.summary);
      await db.bodies.put(rows.body);
      await db.seeds.put(rows.seed);
      await applyIndexDelta(db, delta);
      if (raw) await db.raw.put(raw);
      else if (existing?.hasRaw) await db.raw.delete(result.id);
      const clip: StoredClip = { ...rows.summary, ...rows.body, seedText: rows.seed.text };
      return { clip, updated: existing !== undefined };
    }),
  );
}

/** What the index is built from for a stored clip. */
export function indexedText(
  summary: Pick<ClipSummary, 'seq' | 'title'>,
  text: string | undefined,
): { seq: number; title: string; text: string } {
  return { seq: summary.seq, title: summary.title, text: text ?? '' };
}

export interface ListQuery {
  /** Search box text: full-text over title and body (see utils/search). */
  search?: string;
  site?: string;
  category?: string;
  offset?: number;
  limit?: number;
}

const DEFAULT_PAGE = 50;

/**
 * A page of the collection, newest first (search: title hits first, then newest). Reads summary
 * rows only — never bodies — and, without a search, only the page's rows.
 */
export async function listClips(
  db: SeedDb,
  q: ListQuery = {},
): Promise<{ items: ClipSummary[]; total: number }> {
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(0, q.limit ?? DEFAULT_PAGE);
  const site = q.site || undefined;
  const category = q.category || undefined;
  const search = q.search?.trim();
  return db.transaction('r', [db.clips, db.postings], async () => {
    if (search) {
      const { items, seqs } = await searchPage(db, search, site, category, offset, limit, Infinity);
      return { items, total: seqs.length };
    }
    if (site === undefined && category === undefined) {
      const [items, total] = await Promise.all([
        db.clips.orderBy('seq').reverse().offset(offset).limit(limit).toArray(),
        db.clips.count(),
      ]);
      return { items, total };
    }
    // [site+seq] / [category+seq] give the filtered list already in order, so only the page is read.
    const [index, key] = site !== undefined ? ['[site+seq]', site] : ['[category+seq]', category!];
    let collection = db.clips.where(index).between([key, -Infinity], [key, Infinity]).reverse();
    if (site !== undefined && category !== undefined) {
      collection = collection.filter((clip) => clip.category === category);
    }
    const total = await collection.clone().count();
    const items = await collection.offset(offset).limit(limit).toArray();
    return { items, total };
  });
}

/**
 * A page of search results as the list shows it first: the same rows as listClips, but the
 * postings are read only as far back as the page needs (search.ts), so `total` is there only
 * when that read covered the whole collection; otherwise `more` says whether rows follow and
 * listClips (limit 0) gives the count after the page is on screen.
 */
export async function searchClipsPage(
  db: SeedDb,
  q: ListQuery & { search: string },
): Promise<{ items: ClipSummary[]; total?: number; more: boolean }> {
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.max(0, q.limit ?? DEFAULT_PAGE);
  return db.transaction('r', [db.clips, db.postings], async () => {
    // One more than the page: whether rows follow is known without the count.
    const need = offset + limit + 1;
    const page = await searchPage(db, q.search.trim(), q.site, q.category, offset, limit, need);
    const more = page.seqs.length > offset + limit;
    const { items } = page;
    return page.complete ? { items, total: page.seqs.length, more } : { items, more };
  });
}

/**
 * The rows [offset, offset + limit) of a search's ranking, which holds at least its first `need`
 * matches (all of them when `complete`). Call inside a transaction on clips and postings.
 */
async function searchPage(
  db: SeedDb,
  search: string,
  site: string | undefined,
  category: string | undefined,
  offset: number,
  limit: number,
  need: number,
): Promise<{ items: ClipSummary[]; seqs: Uint32Array; complete: boolean }> {
  const only =
    site || category ? await filteredSeqs(db, site || undefined, category || undefined) : undefined;
  const { seqs, complete } = await rankedSeqs(db, search, only, need);
  const items = await summariesBySeq(db, seqs.subarray(offset, offset + limit));
  return { items, seqs, complete };
}

/** The seqs (ascending) of the clips of `site` and/or `category`: index keys only. */
async function filteredSeqs(
  db: SeedDb,
  site: string | undefined,
  category: string | undefined,
): Promise<Uint32Array> {
  const seqsOf = async (index: string, key: string): Promise<Set<number>> => {
    const keys = await db.clips.where(index).between([key, -Infinity], [key, Infinity]).keys();
    return new Set(keys.map((pair) => (pair as unknown as [string, number])[1]));
  };
  const sets: Set<number>[] = [];
  if (site !== undefined) sets.push(await seqsOf('[site+seq]', site));
  if (category !== undefined) sets.push(await seqsOf('[category+seq]', category));
  const [first, ...rest] = sets;
  const out = [...first!].filter((seq) => rest.every((set) => set.has(seq)));
  return Uint32Array.from(out).sort();
}

/** The kept page HTML of a clip, or undefined when none was kept. */
export async function getRawHtml(db: SeedDb, id: string): Promise<string | undefined> {
  const row = await db.raw.get(id);
  return row ? decompressRawHtml(row) : undefined;
}

/**
 * Edits a clip's title, categories, author or date: the summary, the seed text export writes and
 * the search index change together. Returns the edited clip, or undefined when it does not exist.
 */
export async function updateClip(
  db: SeedDb,
  id: string,
  patch: ClipEdit,
  now: number = Date.now(),
): Promise<StoredClip | undefined> {
  return mapQuotaErrors(() =>
    db.transaction('rw', clipTables(db), async () => {
      const [summary, body, seed] = await Promise.all([
        db.clips.get(id),
        db.bodies.get(id),
        db.seeds.get(id),
      ]);
      if (!summary) return undefined;
      const edited = editedSeedDocument(summary, seed?.text ?? body?.markdown ?? '', patch);
      const next: ClipSummary = { ...edited.summary, updatedAt: now };
      const seedText = writeSeedFile(edited.doc);
      const delta = new IndexDelta();
      delta.replace(indexedText(summary, body?.text), indexedText(next, body?.text));
      await db.clips.put(next);
      await db.seeds.put({ id, text: seedText });
      await applyIndexDelta(db, delta);
      return {
        ...next,
        markdown: body?.markdown ?? '',
        html: body?.html ?? '',
        text: body?.text ?? '',
        seedText,
      };
    }),
  );
}

/** Deletes clips (every row of each) and returns them for restoreClips (undo). */
export async function deleteClips(db: SeedDb, ids: readonly string[]): Promise<DeletedClips> {
  const keys = [...new Set(ids)];
  return mapQuotaErrors(() =>
    db.transaction('rw', clipTables(db), async () => {
      const [clips, bodies, seeds, raw] = await Promise.all([
        db.clips.bulkGet(keys),
        db.bodies.bulkGet(keys),
        db.seeds.bulkGet(keys),
        db.raw.bulkGet(keys),
      ]);
      const delta = new IndexDelta();
      clips.forEach((clip, index) => {
        if (clip) delta.remove(indexedText(clip, bodies[index]?.text));
      });
      await Promise.all(
        [db.clips, db.bodies, db.seeds, db.raw].map((table) => table.bulkDelete(keys)),
      );
      await applyIndexDelta(db, delta);
      const present = <T>(rows: (T | undefined)[]): T[] =>
        rows.filter((row): row is T => row !== undefined);
      return {
        clips: present(clips),
        bodies: present(bodies),
        seeds: present(seeds),
        raw: present(raw),
      };
    }),
  );
}

/**
 * Puts deleted clips back exactly as they were: same seq, so the same place in the list, in
 * search results and in export numbering. Only if a clip made since took that seq (the deleted
 * clip was the newest) does the restored one move to the end, so no two clips share a seq.
 * A clip re-clipped since the delete is left as it is now.
 */
export async function restoreClips(db: SeedDb, deleted: DeletedClips): Promise<void> {
  await mapQuotaErrors(() =>
    db.transaction('rw', clipTables(db), async () => {
      const ids = deleted.clips.map((clip) => clip.id);
      const now = await db.clips.bulkGet(ids);
      const taken = new Set(
        await db.clips
          .where('seq')
          .anyOf(deleted.clips.map((clip) => clip.seq))
          .keys(),
      );
      const texts = new Map(deleted.bodies.map((body) => [body.id, body.text]));
      const back = new Set<string>();
      const clips: ClipSummary[] = [];
      const delta = new IndexDelta();
      let seq: number | undefined;
      for (const [index, clip] of deleted.clips.entries()) {
        if (now[index]) continue;
        let placed = clip;
        if (taken.has(clip.seq)) {
          seq ??= await nextSeq(db);
          placed = { ...clip, seq: seq++ };
        }
        back.add(clip.id);
        clips.push(placed);
        delta.add(indexedText(placed, texts.get(clip.id)));
      }
      const mine = <T extends { id: string }>(rows: T[]): T[] =>
        rows.filter((row) => back.has(row.id));
      await db.clips.bulkPut(clips);
      await db.bodies.bulkPut(mine(deleted.bodies));
      await db.seeds.bulkPut(mine(deleted.seeds));
      await db.raw.bulkPut(mine(deleted.raw));
      await applyIndexDelta(db, delta);
    }),
  );
}
