/** Generated seed files for export tests: many clips, imported through the app's import path. */
import { strToU8 } from 'fflate';
import { importSeedFiles } from '@/utils/import';
import type { SeedDb } from '@/utils/db/schema';
import { seedFileName, writeSeedFile } from '@/utils/seed';
import type { SeedDocument } from '@/utils/types';
import { testId } from '../db/helpers';

/** Seed file n: front matter + a short body; every 50th body is a single character. */
export function seedDoc(n: number): SeedDocument {
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

/** `count` seed files as the seed writer writes them, named as an export of `count` names them. */
export function seedFiles(count: number): { name: string; bytes: Uint8Array }[] {
  return Array.from({ length: count }, (_, n) => ({
    name: seedFileName(n, testId(n), count),
    bytes: strToU8(writeSeedFile(seedDoc(n))),
  }));
}

export async function fillWithSeeds(db: SeedDb, count: number) {
  const files = seedFiles(count);
  const report = await importSeedFiles(db, files, { batchSize: 2_000 });
  if (report.invalid.length > 0 || report.imported.length !== count) {
    throw new Error(`import failed: ${JSON.stringify(report.invalid.slice(0, 3))}`);
  }
  return files;
}
