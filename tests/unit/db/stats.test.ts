/**
 * The `stats` row (schema v4) under the writes the repository does not make itself: the middleware
 * sees every write to `clips`, so whatever the caller, the row equals the counts of the clips.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { collectionStats, countSummaries, facets } from '@/utils/db/read';
import { saveClip } from '@/utils/db/repository';
import type { SeedDb } from '@/utils/db/schema';
import { applyChanges, computeStats, emptyStats } from '@/utils/db/stats';
import type { ClipSummary } from '@/utils/db/types';
import { expectStatsConsistent } from '../search/index-check';
import { clipResult, freshDb, testId } from './helpers';

const dbs: SeedDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function open(): SeedDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}

/** Clip n saved through the repository, and its summary row. */
async function savedSummary(db: SeedDb, n: number): Promise<ClipSummary> {
  await saveClip(db, clipResult(n), { category: `cat${n % 2}`, bodyMode: 'markdown', now: n });
  return (await db.clips.get(testId(n)))!;
}

describe('stats row', () => {
  it('counts, per site and per category, and drops keys that reach zero', () => {
    const a = { site: 's1', category: 'c1' };
    const b = { site: 's2', category: 'c1' };
    const stats = applyChanges(emptyStats(), [], [a, b, a]);
    expect(stats).toEqual({ total: 3, sites: { s1: 2, s2: 1 }, categories: { c1: 3 } });
    expect(applyChanges(stats, [b], [])).toEqual({
      total: 2,
      sites: { s1: 2 },
      categories: { c1: 2 },
    });
    expect(computeStats([a, b, a])).toEqual(stats);
  });

  it('follows repeated keys in one request, clear(), and partly failed bulk writes', async () => {
    const db = open();
    const rows = await Promise.all([1, 2, 3, 4].map((n) => savedSummary(db, n)));
    await expectStatsConsistent(db);
    await db.transaction('rw', [db.clips, db.stats], async () => {
      // The same clip twice, moved to another site each time: counted once, at its last site.
      await db.clips.bulkPut([
        { ...rows[0]!, site: 'first' },
        { ...rows[0]!, site: 'second' },
      ]);
      // The same key deleted twice in one request: one clip less, not two.
      await db.clips.bulkDelete([rows[1]!.id, rows[1]!.id]);
    });
    expect((await collectionStats(db)).total).toBe(3);
    expect((await collectionStats(db)).sites.second).toBe(1);
    expect((await collectionStats(db)).sites.first).toBeUndefined();
    await expectStatsConsistent(db);

    // bulkAdd of an existing key fails for that row only; the new one is added and counted.
    await db.transaction('rw', [db.clips, db.stats], async () => {
      await db.clips
        .bulkAdd([rows[2]!, { ...rows[3]!, id: testId(99), seq: 99, site: 'new' }])
        .catch((error: unknown) => expect(error).toBeInstanceOf(Dexie.BulkError));
    });
    expect(await countSummaries(db, { site: 'new' })).toBe(1);
    await expectStatsConsistent(db);

    await db.transaction('rw', [db.clips, db.stats], () => db.clips.clear());
    expect(await collectionStats(db)).toEqual(emptyStats());
    expect(await facets(db)).toEqual({ sites: [], categories: [] });
  });

  it('refuses a write to clips in a transaction that leaves out stats (the row cannot drift)', async () => {
    const db = open();
    const row = await savedSummary(db, 1);
    await expect(
      db.transaction('rw', [db.clips], () => db.clips.put({ ...row, site: 'elsewhere' })),
    ).rejects.toThrow();
    expect((await db.clips.get(row.id))!.site).toBe(row.site);
    await expectStatsConsistent(db);
  });
});
