// @vitest-environment node
/**
 * A re-export into the same folder reads only what changed: unchanged clips are recognized by the
 * `updatedAt` the manifest recorded, without reading (or hashing) their seed text.
 */
import type { DBCore, DBCoreTable } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { updateClip } from '@/utils/db/repository';
import { exportToDirectory, MANIFEST_NAME } from '@/utils/export/folder';
import type { SeedDb } from '@/utils/db/schema';
import { freshDb, testId } from '../db/helpers';
import { fillWithSeeds } from './helpers';
import { MemoryDirectory } from './memory-directory';

let db: SeedDb;
afterEach(() => db?.close());

/** Counts the seed rows read (bulkGet / get) through Dexie's DBCore layer. */
function countSeedReads(target: SeedDb): { rows: number } {
  const counter = { rows: 0 };
  target.use({
    stack: 'dbcore',
    name: 'test-seed-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'seeds') return table;
        return {
          ...table,
          get: (req) => ((counter.rows += 1), table.get(req)),
          getMany: (req) => ((counter.rows += req.keys.length), table.getMany(req)),
        };
      },
    }),
  });
  return counter;
}

describe('exportToDirectory, second run', () => {
  it('reads no seed text for unchanged clips and rewrites exactly the edited one', async () => {
    db = freshDb();
    const reads = countSeedReads(db);
    await fillWithSeeds(db, 1_200);
    const dir = new MemoryDirectory();
    expect(await exportToDirectory(db, dir)).toMatchObject({ written: 1_200, unchanged: 0 });

    reads.rows = 0;
    dir.writes = [];
    expect(await exportToDirectory(db, dir)).toMatchObject({ written: 0, unchanged: 1_200 });
    expect(reads.rows).toBe(0);
    expect(dir.writes).toEqual([MANIFEST_NAME]);

    await updateClip(db, testId(7), { title: 'Edited title' }, 1_900_000_000_000);
    reads.rows = 0;
    dir.writes = [];
    expect(await exportToDirectory(db, dir)).toMatchObject({ written: 1, unchanged: 1_199 });
    expect(reads.rows).toBe(1);
    const edited = dir.writes.find((name) => name.includes(testId(7)))!;
    expect(dir.files.get(edited)).toContain('Edited title');
  });

  it('compares by hash when the manifest has no stamps (written by an older version)', async () => {
    db = freshDb();
    await fillWithSeeds(db, 20);
    const dir = new MemoryDirectory();
    await exportToDirectory(db, dir);
    const manifest = JSON.parse(dir.files.get(MANIFEST_NAME)!) as Record<string, unknown>;
    delete manifest.stamps;
    dir.files.set(MANIFEST_NAME, JSON.stringify(manifest));
    dir.writes = [];
    expect(await exportToDirectory(db, dir)).toMatchObject({ written: 0, unchanged: 20 });
    expect(dir.writes).toEqual([MANIFEST_NAME]);
  });
});
