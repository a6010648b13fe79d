/**
 * Queries the persisted index (tokenize.ts explains the design). Ranking: clips whose title has
 * every query unit first (whole words before prefixes), then newest first (by `seq`, the clip's place in clipping order).
 */
import type { SeedDb } from '../db/schema';
import { queryUnits, type QueryUnit } from './tokenize';

async function idsWithTerm(db: SeedDb, term: string, prefix: boolean): Promise<Set<string>> {
  const clause = db.terms.where('terms');
  const keys = await (prefix ? clause.startsWith(term) : clause.equals(term)).primaryKeys();
  return new Set(keys);
}

function intersect(sets: Set<string>[]): Set<string> {
  if (sets.length === 0) return new Set();
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out = new Set<string>();
  for (const id of smallest!) if (rest.every((set) => set.has(id))) out.add(id);
  return out;
}

async function unitMatches(
  db: SeedDb,
  unit: QueryUnit,
): Promise<{ all: Set<string>; title: Set<string>; exactTitle: Set<string> }> {
  const lookup = (terms: string[], prefix: boolean): Promise<Set<string>> =>
    Promise.all(terms.map((term) => idsWithTerm(db, term, prefix))).then(intersect);
  const [all, title, exactTitle] = await Promise.all([
    lookup(unit.terms, unit.prefix),
    lookup(unit.titleTerms, unit.prefix),
    unit.prefix ? lookup(unit.titleTerms, false) : null,
  ]);
  return { all, title, exactTitle: exactTitle ?? title };
}

interface RecencyCache {
  count: number;
  maxSeq: number;
  /** Ids oldest → newest. */
  order: string[];
  rank: Map<string, number>;
}
const recencyCaches = new WeakMap<SeedDb, RecencyCache>();

/**
 * id → position in seq order. Reading 50,000 primary keys off the seq index is one getAllKeys;
 * it is cached per database and revalidated by (count, max seq), which every add or delete changes
 * (edits do not move a clip).
 */
async function recencyRank(db: SeedDb): Promise<RecencyCache> {
  const [count, last] = await Promise.all([
    db.clips.count(),
    db.clips.orderBy('seq').reverse().limit(1).keys(),
  ]);
  const maxSeq = Number(last[0] ?? 0);
  const cached = recencyCaches.get(db);
  if (cached && cached.count === count && cached.maxSeq === maxSeq) return cached;
  const order = await db.clips.orderBy('seq').primaryKeys();
  const rank = new Map<string, number>();
  order.forEach((id, index) => rank.set(id, index));
  const fresh = { count, maxSeq, order, rank };
  recencyCaches.set(db, fresh);
  return fresh;
}

/**
 * `ids` newest first. A large result (a common word) is ordered by one pass over the cached
 * clip order instead of a comparison sort: O(collection) with no Map lookups per comparison.
 */
function newestFirst(ids: Set<string>, recency: RecencyCache): string[] {
  if (ids.size * 8 >= recency.order.length) {
    const out: string[] = [];
    for (const id of ids) if (!recency.rank.has(id)) out.push(id); // just added elsewhere: newest
    for (let i = recency.order.length - 1; i >= 0; i--) {
      const id = recency.order[i]!;
      if (ids.has(id)) out.push(id);
    }
    return out;
  }
  const position = (id: string): number => recency.rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...ids].sort((a, b) => position(b) - position(a));
}

export interface SearchHits {
  /** Matching clip ids, best first. */
  ids: string[];
  /** The ids whose title matched every query unit. */
  titleHits: Set<string>;
}

/** Clips matching every unit of `query`, ranked. A query with no searchable text matches none. */
export async function searchClipIds(db: SeedDb, query: string): Promise<SearchHits> {
  const units = queryUnits(query);
  if (units.length === 0) return { ids: [], titleHits: new Set() };
  const matches = await Promise.all(units.map((unit) => unitMatches(db, unit)));
  const all = intersect(matches.map((match) => match.all));
  const titleHits = intersect(matches.map((match) => match.title));
  const exactTitleHits = intersect(matches.map((match) => match.exactTitle));
  const recency = await recencyRank(db);
  // Tiers: whole words in the title, then the title with the last word as a prefix, then the rest;
  // each newest first.
  const tiers: string[][] = [[], [], []];
  for (const id of newestFirst(all, recency)) {
    tiers[exactTitleHits.has(id) ? 0 : titleHits.has(id) ? 1 : 2]!.push(id);
  }
  const ids = tiers.flat();
  return { ids, titleHits };
}
