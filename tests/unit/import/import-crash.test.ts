// @vitest-environment node
/**
 * A crash mid-import: the index write of the third batch throws after that batch's clip rows were
 * put, and the "process dies" (no transaction runs afterwards, so the import cannot undo itself).
 * Reopened, the database must hold the first two batches completely — every clip all in or not
 * in, across clips, bodies, seeds and the index — and an index equal to a rebuild. Then a failed
 * import that can clean up (quota) must take out exactly what it added, index included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { listClips, saveClip, QuotaError } from '@/utils/db/repository';
import { SeedDb } from '@/utils/db/schema';
import { importSeedFiles } from '@/utils/import';
import { seedFileName, writeSeedFile } from '@/utils/seed';
import { clipResult, FAKE_IDB, testDbName, testId } from '../db/helpers';
import { expectIndexConsistent } from '../search/index-check';

const dbs: SeedDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

const COUNT = 200;
const BATCH = 50;

function files(offset = 0): { name: string; bytes: Uint8Array }[] {
  return Array.from({ length: COUNT }, (_, k) => {
    const n = offset + k;
    const text = writeSeedFile({
      frontMatter: {
        title: `导入标题${n % 7} import title zz${n.toString(36)}`,
        categories: ['news', `site${n % 3}`, 'source'],
        headimg: '',
        author: '',
        comments: false,
        date: new Date(Date.UTC(2024, 0, 1) + n * 60_000).toUTCString(),
        thumbnail: '',
      },
      body: `正文第${n}篇，城市交通与经济发展。Body of import ${n} with common words.\n`,
    });
    return { name: seedFileName(k, testId(n), COUNT), bytes: new TextEncoder().encode(text) };
  });
}

/** Makes the index write of the `failOn`-th batch throw `error`; after it, `dead` is set. */
function breakIndexWrite(db: SeedDb, failOn: number, error: () => Error): { dead: boolean } {
  const state = { dead: false };
  const original = db.postings.bulkPut.bind(db.postings);
  let calls = 0;
  db.postings.bulkPut = ((...args: Parameters<typeof original>) => {
    calls += 1;
    if (calls === failOn) {
      state.dead = true;
      return Promise.reject(error());
    }
    return original(...args);
  }) as typeof original;
  return state;
}

describe('import crash', () => {
  it('a crash mid-batch leaves every clip fully in or not in, and the index consistent', async () => {
    const name = testDbName();
    const db = new SeedDb(name, FAKE_IDB);
    dbs.push(db);
    await saveClip(db, clipResult(9999), { category: 'c', bodyMode: 'markdown', now: 1 });
    // Batches of 50 new clips take the no-read path: one postings bulkPut per batch.
    const crash = breakIndexWrite(db, 3, () => new Error('renderer crashed'));
    // After the crash nothing runs: the import's own undo transaction never starts.
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => unknown;
    (db as unknown as { transaction: unknown }).transaction = (...args: unknown[]) => {
      if (crash.dead) throw new Dexie.DatabaseClosedError('process gone');
      return transaction(...args);
    };
    await expect(importSeedFiles(db, files(), { batchSize: BATCH, now: 2 })).rejects.toThrow();
    db.close();

    const reopened = new SeedDb(name, FAKE_IDB);
    dbs.push(reopened);
    const ids = files().map((_, k) => testId(k));
    const [clips, bodies, seeds] = await Promise.all([
      reopened.clips.bulkGet(ids),
      reopened.bodies.bulkGet(ids),
      reopened.seeds.bulkGet(ids),
    ]);
    ids.forEach((id, k) => {
      const present = [clips[k], bodies[k], seeds[k]].map((row) => row !== undefined);
      // The first two batches committed; the third (and what follows) never did.
      expect(present, id).toEqual(Array(3).fill(k < 2 * BATCH));
    });
    await expectIndexConsistent(reopened);
    const found = await listClips(reopened, { search: '导入标题3', limit: COUNT });
    expect(found.items.map((c) => c.id)).toEqual(
      ids.filter((_, k) => k < 2 * BATCH && k % 7 === 3).reverse(),
    );
    // The import can simply be run again: the committed clips are unchanged, the rest added.
    const retry = await importSeedFiles(reopened, files(), { batchSize: BATCH, now: 3 });
    expect(retry.imported).toHaveLength(COUNT - 2 * BATCH);
    expect(retry.skipped).toHaveLength(2 * BATCH);
    await expectIndexConsistent(reopened);
  }, 120_000);

  it('a quota error mid-batch undoes the import, updates included, index consistent', async () => {
    const db = new SeedDb(testDbName(), FAKE_IDB);
    dbs.push(db);
    await importSeedFiles(db, files().slice(0, 60), { batchSize: BATCH, now: 1 });
    await expectIndexConsistent(db);
    const before = await listClips(db, { search: '城市交通', limit: COUNT });
    // Changed texts for the 60 existing clips (updates) plus 140 new ones.
    const changed = files().map((file) => ({
      name: file.name,
      bytes: new TextEncoder().encode(
        new TextDecoder().decode(file.bytes).replace('城市交通', '乡村振兴'),
      ),
    }));
    breakIndexWrite(db, 2, () => new DOMException('full', 'QuotaExceededError'));
    await expect(importSeedFiles(db, changed, { batchSize: BATCH, now: 2 })).rejects.toBeInstanceOf(
      QuotaError,
    );
    await expectIndexConsistent(db);
    expect(await db.clips.count()).toBe(60);
    expect(await listClips(db, { search: '城市交通', limit: COUNT })).toEqual(before);
    expect((await listClips(db, { search: '乡村振兴' })).total).toBe(0);
  }, 120_000);
});
