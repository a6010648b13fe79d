// @vitest-environment node
/**
 * Export correctness at scale (no timing here: speed is scripts/bench-collection.ts): 10,000 clips
 * imported through the app's import path, exported as a zip, unzipped by an independent reader.
 */
import { strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { importSeedFiles } from '@/utils/import';
import { writeExportZip } from '@/utils/export/zip';
import { seedFileName, writeSeedFile } from '@/utils/seed';
import type { SeedDb } from '@/utils/db/schema';
import type { SeedDocument } from '@/utils/types';
import { freshDb, testId } from '../db/helpers';

let db: SeedDb;
afterEach(() => db?.close());

const COUNT = 10_000;

/** Seed file n: front matter + a short body; every 50th body is a single character (stored). */
function seedDoc(n: number): SeedDocument {
  return {
    frontMatter: {
      title: `第${n}篇 Article ${n}`,
      categories: ['news', `站点${n % 13}`, 'source'],
      headimg: '',
      author: n % 2 ? '记者' : 'Reporter',
      comments: false,
      date: new Date(Date.UTC(2024, 0, 1) + n * 60_000).toUTCString(),
      thumbnail: '',
    },
    body: n % 50 === 0 ? 'x' : `正文第${n}段。基层治理。\n\nParagraph ${n} of the body text.\n`,
  };
}

describe('zip export at 10,000 clips', () => {
  it('writes every clip, named NNN_<16hex>.txt in clip order, bytes equal to the seed writer', async () => {
    db = freshDb();
    const expected = Array.from({ length: COUNT }, (_, n) => ({
      name: seedFileName(n, testId(n), COUNT),
      bytes: strToU8(writeSeedFile(seedDoc(n))),
    }));
    const report = await importSeedFiles(db, expected, { batchSize: 2_000 });
    expect(report.invalid).toEqual([]);
    expect(report.imported).toHaveLength(COUNT);

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
