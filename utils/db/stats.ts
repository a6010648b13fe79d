/**
 * The collection's counts — how many clips, how many per site and per category — kept in one row
 * of `stats` (schema v4) and updated in the same transaction as every write to `clips`, so the
 * list's count and the filter menus are one small read instead of an index scan. Why: IndexedDB
 * has no O(1) count, and Chromium answers `count()` and `nextunique` cursors by walking every
 * index entry (1.5 s and 2.4 s at 50,000 clips on the bench machine); a popup closed before those
 * finished left them running, and the next popup's database open queued behind them.
 *
 * One DBCore middleware (below) sees every put, add and delete on `clips`, whatever code issued
 * it, reads the rows it replaces or removes, and adjusts the counts; a write transaction on
 * `clips` must therefore include `stats` (clipTables lists it). Upgrade transactions are skipped:
 * the v4 upgrade counts the clips once, after every earlier upgrade ran.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { ClipSummary } from './types';

export const STATS_KEY = 'collection';

export interface CollectionStats {
  total: number;
  /** Clips per `site` value (only string values, as the site index holds them). */
  sites: Record<string, number>;
  /** Clips per `category` value. */
  categories: Record<string, number>;
}

type Counted = Pick<ClipSummary, 'site' | 'category'>;

export function emptyStats(): CollectionStats {
  return { total: 0, sites: {}, categories: {} };
}

function bump(counts: Record<string, number>, key: unknown, by: number): void {
  if (typeof key !== 'string') return;
  const next = (counts[key] ?? 0) + by;
  if (next > 0) counts[key] = next;
  else delete counts[key];
}

/** `stats` with `removed` rows taken out and `added` rows counted (a new object). */
export function applyChanges(
  stats: CollectionStats,
  removed: readonly Counted[],
  added: readonly Counted[],
): CollectionStats {
  const next: CollectionStats = {
    total: stats.total,
    sites: { ...stats.sites },
    categories: { ...stats.categories },
  };
  for (const row of removed) {
    next.total -= 1;
    bump(next.sites, row.site, -1);
    bump(next.categories, row.category, -1);
  }
  for (const row of added) {
    next.total += 1;
    bump(next.sites, row.site, 1);
    bump(next.categories, row.category, 1);
  }
  return next;
}

/** The counts of `rows`, from scratch (the v4 upgrade; tests compare against it). */
export function computeStats(rows: Iterable<Counted>): CollectionStats {
  return applyChanges(emptyStats(), [], [...rows]);
}

/** Sorted non-empty keys with a count, as the filter menus list them. */
export function facetKeys(counts: Record<string, number>): string[] {
  return Object.keys(counts)
    .filter((key) => key !== '' && (counts[key] ?? 0) > 0)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

interface RawTransaction {
  mode?: IDBTransactionMode;
}

/**
 * Stats updates of one transaction run one after another (each reads the row the previous one
 * wrote); keyed by the DBCore transaction.
 */
const chains = new WeakMap<DBCoreTransaction, Promise<unknown>>();

function serialized<T>(trans: DBCoreTransaction, task: () => Promise<T>): Promise<T> {
  const previous = chains.get(trans) ?? Promise.resolve();
  const run = previous.then(task, task);
  chains.set(
    trans,
    run.catch(() => undefined),
  );
  return run;
}

function keysOf(req: DBCoreMutateRequest): unknown[] {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'deleteRange') return [];
  return req.keys ?? req.values.map((value) => (value as { id: unknown }).id);
}

async function rowsBefore(
  clips: DBCoreTable,
  req: DBCoreMutateRequest,
  keys: unknown[],
): Promise<(Counted | undefined)[]> {
  if (req.type === 'deleteRange') {
    const { result } = await clips.query({
      trans: req.trans,
      values: true,
      query: { index: clips.schema.primaryKey, range: req.range },
    });
    return result as Counted[];
  }
  return (await clips.getMany({ trans: req.trans, keys })) as (Counted | undefined)[];
}

async function countedMutate(
  down: DBCore,
  clips: DBCoreTable,
  req: DBCoreMutateRequest,
): ReturnType<DBCoreTable['mutate']> {
  const keys = keysOf(req);
  const before = await rowsBefore(clips, req, keys);
  const response = await clips.mutate(req);
  const failed = (index: number) => response.failures[index] !== undefined;
  const removed: Counted[] = [];
  const added: Counted[] = [];
  if (req.type === 'deleteRange') {
    for (const old of before) if (old) removed.push(old);
  } else {
    // A key may come twice in one request: what counts is the row before the request and the
    // row the last successful write of that key leaves.
    const initial = new Map<unknown, Counted | undefined>();
    const final = new Map<unknown, Counted | undefined>();
    keys.forEach((key, index) => {
      if (!initial.has(key)) initial.set(key, before[index]);
      if (failed(index)) return;
      final.set(key, req.type === 'delete' ? undefined : (req.values[index] as Counted));
    });
    for (const [key, row] of final) {
      const old = initial.get(key);
      if (old) removed.push(old);
      if (row) added.push(row);
    }
  }
  if (removed.length === 0 && added.length === 0) return response;
  const stats = down.table('stats');
  const current = (await stats.get({ trans: req.trans, key: STATS_KEY })) as
    CollectionStats | undefined;
  await stats.mutate({
    trans: req.trans,
    type: 'put',
    keys: [STATS_KEY],
    values: [applyChanges(current ?? emptyStats(), removed, added)],
  });
  return response;
}

/** Keeps the `stats` row in step with every write to `clips` (see the file comment). */
export const statsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'collection-stats',
  // Right above IndexedDB, under Dexie's own layers (hooks at 2, cache at -1): what is below is
  // plain IndexedDB on the request's transaction, which stays usable across this layer's awaits.
  level: -2,
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'clips') return table;
      return {
        ...table,
        mutate(req) {
          if ((req.trans as unknown as RawTransaction).mode === 'versionchange') {
            return table.mutate(req);
          }
          return serialized(req.trans, () => countedMutate(down, table, req));
        },
      };
    },
  }),
};
