// @vitest-environment node
/**
 * Export file names (issue 5): whatever a page's title, site or the user's category says
 * (Windows reserved names, trailing dots and spaces, / \ : * ? " < > |, 300 bytes of CJK,
 * zero-width and bidi characters), every name any export writes — seed files, the folder
 * manifest, backup entries, the download names — is fixed by safeFileName and never carries
 * page text: names are built from ordinals and hex ids only.
 */
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { backupAll, backupFileName } from '@/utils/backup';
import { saveClip } from '@/utils/db/repository';
import type { SeedDb } from '@/utils/db/schema';
import { exportToDirectory, MANIFEST_NAME } from '@/utils/export/folder';
import { exportFileName, exportZip } from '@/utils/export/zip';
import { safeFileName } from '@/utils/seed/file-name';
import { clipResult, freshDb, testId } from '../db/helpers';
import { MemoryDirectory } from '../export/memory-directory';

const HOSTILE = [
  'CON',
  'nul.txt',
  'COM1',
  'LPT9.tar',
  'name. . .',
  'trailing   ',
  'a/b\\c:d*e?f"g<h>i|j',
  '../../etc/passwd',
  'C:\\Windows\\system32',
  '中'.repeat(100),
  'zero\u200bwidth\u200d\ufeff',
  'evil\u202etxt.exe',
  '\u2066isolate\u2069',
  '',
];

const SEED_NAME = /^\d{3,}_[0-9a-f]{16}\.txt$/;

function expectSafePath(path: string): void {
  for (const segment of path.split('/')) expect(safeFileName(segment), path).toBe(segment);
  expect(path).not.toMatch(/(^|\/)\.\.?(\/|$)/);
}

let db: SeedDb;
afterEach(() => db?.close());

describe('every file an export writes has a safe name', () => {
  it('seed files, manifest, backup entries and download names, with hostile titles', async () => {
    db = freshDb();
    for (const [n, hostile] of HOSTILE.entries()) {
      const base = clipResult(n + 1);
      await saveClip(
        db,
        { ...base, meta: { ...base.meta, title: hostile, siteName: hostile, author: hostile } },
        {
          category: hostile,
          bodyMode: 'markdown',
          now: 1_700_000_000_000 + n,
          rawHtml: '<p>x</p>',
        },
      );
    }

    const zipNames = Object.keys(
      unzipSync(new Uint8Array(await (await exportZip(db)).arrayBuffer())),
    );
    expect(zipNames).toHaveLength(HOSTILE.length);
    for (const name of zipNames) {
      expect(name).toMatch(SEED_NAME);
      expectSafePath(name);
    }

    const dir = new MemoryDirectory();
    await exportToDirectory(db, dir);
    expect(dir.writes).toContain(MANIFEST_NAME);
    for (const name of dir.writes) {
      expect(name === MANIFEST_NAME || SEED_NAME.test(name), name).toBe(true);
      expectSafePath(name);
    }

    const backupNames = Object.keys(
      unzipSync(new Uint8Array(await (await backupAll(db)).arrayBuffer())),
    );
    expect(backupNames.length).toBeGreaterThan(HOSTILE.length);
    for (const name of backupNames) expectSafePath(name);
    expect(backupNames).toContain(`raw/${testId(1)}.html.gz`);

    for (const name of [exportFileName(), backupFileName()]) {
      expect(name).toMatch(/^[a-z-]+-\d{4}-\d{2}-\d{2}\.zip$/);
      expectSafePath(name);
    }
  });
});
