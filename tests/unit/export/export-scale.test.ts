// @vitest-environment node
/**
 * Export correctness at scale (no timing here: speed is scripts/bench-collection.ts): 10,000 clips
 * imported through the app's import path, exported as a zip, unzipped by an independent reader.
 */
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { writeExportZip } from '@/utils/export/zip';
import type { SeedDb } from '@/utils/db/schema';
import { freshDb } from '../db/helpers';
import { fillWithSeeds } from './helpers';

let db: SeedDb;
afterEach(() => db?.close());

const COUNT = 10_000;

describe('zip export at 10,000 clips', () => {
  it('writes every clip, named NNN_<16hex>.txt in clip order, bytes equal to the seed writer', async () => {
    db = freshDb();
    // Imported through the app's import path; the files are the seed writer's output.
    const expected = await fillWithSeeds(db, COUNT);

    const chunks: Uint8Array[] = [];
    const result = await writeExportZip(db, (chunk) => void chunks.push(chunk));
    expect(result.files).toBe(COUNT);
    const zip = new Uint8Array(Buffer.concat(chunks));
    expect(zip.length).toBe(result.bytes);

    // fflate's own reader checks every entry's size; names keep the archive's order.
    const unzipped = unzipSync(zip);
    const names = Object.keys(unzipped);
    expect(names).toEqual(expected.map((file) => file.name));
    // Five digits: the width of the collection's size (10000), so names sort as numbered.
    names.forEach((name, index) => {
      expect(name).toMatch(/^\d{5}_[0-9a-f]{16}\.txt$/);
      expect(Number(name.slice(0, 5))).toBe(index);
    });
    expected.forEach((file) => {
      expect(Buffer.from(unzipped[file.name]!).equals(Buffer.from(file.bytes))).toBe(true);
    });
  }, 300_000);
});
