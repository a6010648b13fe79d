// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { deleteClips, saveClip, updateClip } from '@/utils/db/repository';
import { exportZip, exportFileName, writeExportZip } from '@/utils/export/zip';
import { exportToDirectory, MANIFEST_NAME } from '@/utils/export/folder';
import { readZipEntries } from '@/utils/import';
import { parseSeedFile } from '@/utils/seed';
import type { SeedDb } from '@/utils/db/schema';
import type { Progress } from '@/utils/db/types';
import { clipResult, freshDb, testId } from '../db/helpers';
import { MemoryDirectory } from './memory-directory';

let db: SeedDb;
afterEach(() => db?.close());

async function fill(count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    await saveClip(db, clipResult(n), {
      category: 'c',
      bodyMode: 'markdown',
      now: 1_700_000_000_000 + n,
    });
  }
}

async function zipNames(blob: Blob): Promise<string[]> {
  return readZipEntries(new Uint8Array(await blob.arrayBuffer())).entries.map((e) => e.name);
}

describe('exportZip', () => {
  it('numbers files by clip order over the whole collection, also for a selection', async () => {
    db = freshDb();
    await fill(5);
    expect(await zipNames(await exportZip(db))).toEqual(
      [0, 1, 2, 3, 4].map((n) => `00${n}_${testId(n)}.txt`),
    );
    expect(await zipNames(await exportZip(db, { ids: [testId(4), testId(2)] }))).toEqual([
      `002_${testId(2)}.txt`,
      `004_${testId(4)}.txt`,
    ]);
    // A re-clip keeps its place.
    await saveClip(db, clipResult(0), {
      category: 'c',
      bodyMode: 'markdown',
      now: 1_800_000_000_000,
    });
    expect((await zipNames(await exportZip(db)))[0]).toBe(`000_${testId(0)}.txt`);
    expect(exportFileName(new Date(2026, 10, 22))).toBe('seed-clipper-2026-11-22.zip');
  });

  it('streams 1,200 clips in batches with progress; content equals the stored seed text', async () => {
    db = freshDb();
    await fill(1200);
    const progress: Progress[] = [];
    const chunks: Uint8Array[] = [];
    const result = await writeExportZip(db, (chunk) => void chunks.push(chunk), {
      onProgress: (p) => progress.push(p),
    });
    expect(result.files).toBe(1200);
    expect(progress.map((p) => p.done)).toEqual([0, 500, 1000, 1200]);
    expect(chunks.length).toBeGreaterThan(3);
    const zip = new Uint8Array(Buffer.concat(chunks));
    expect(zip.length).toBe(result.bytes);
    const entries = readZipEntries(zip).entries;
    expect(entries).toHaveLength(1200);
    expect(entries[1100]!.name).toBe(`1100_${testId(1100)}.txt`);
    const doc = parseSeedFile(new TextDecoder().decode(entries[1100]!.read()));
    expect(doc.frontMatter?.title).toBe('Title 1100 标题1100');
  });

  it('cancels: rejects with AbortError and emits nothing more', async () => {
    db = freshDb();
    await fill(600);
    const controller = new AbortController();
    const chunks: Uint8Array[] = [];
    const run = writeExportZip(db, (chunk) => void chunks.push(chunk), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 500) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    const emitted = chunks.length;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(chunks.length).toBe(emitted);
  });
});

/** An in-memory directory with the File System Access calls the export uses. */

describe('exportToDirectory', () => {
  it('writes only new and changed files, removes stale ones, keeps a manifest', async () => {
    db = freshDb();
    await fill(4);
    const dir = new MemoryDirectory();
    expect(await exportToDirectory(db, dir)).toEqual({
      written: 4,
      unchanged: 0,
      removed: 0,
      total: 4,
    });
    expect([...dir.files.keys()].sort()).toEqual(
      [MANIFEST_NAME, ...[0, 1, 2, 3].map((n) => `00${n}_${testId(n)}.txt`)].sort(),
    );

    dir.writes = [];
    expect(await exportToDirectory(db, dir)).toEqual({
      written: 0,
      unchanged: 4,
      removed: 0,
      total: 4,
    });
    expect(dir.writes).toEqual([MANIFEST_NAME]);

    await updateClip(db, testId(2), { title: 'Edited' });
    dir.writes = [];
    expect((await exportToDirectory(db, dir)).written).toBe(1);
    expect(dir.writes).toEqual([`002_${testId(2)}.txt`, MANIFEST_NAME]);

    // Deleting the oldest clip renumbers the rest: new names written, old ones removed.
    await deleteClips(db, [testId(0)]);
    dir.files.set('my-notes.txt', 'not ours');
    const result = await exportToDirectory(db, dir);
    expect(result).toEqual({ written: 3, unchanged: 0, removed: 4, total: 3 });
    expect([...dir.files.keys()].sort()).toEqual(
      [
        MANIFEST_NAME,
        'my-notes.txt',
        ...[1, 2, 3].map((n) => `00${n - 1}_${testId(n)}.txt`),
      ].sort(),
    );
  });

  it('never deletes files a tampered manifest names outside its own scheme', async () => {
    db = freshDb();
    await fill(1);
    const dir = new MemoryDirectory();
    dir.files.set('precious.doc', 'keep me');
    dir.files.set(
      MANIFEST_NAME,
      JSON.stringify({
        format: 'seed-clipper-export',
        version: 1,
        files: { 'precious.doc': 'x', '../up.txt': 'y' },
      }),
    );
    await exportToDirectory(db, dir);
    expect(dir.files.get('precious.doc')).toBe('keep me');
  });
});
