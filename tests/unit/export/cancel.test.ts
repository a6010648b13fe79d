// @vitest-environment node
/** Cancel in the middle of an export, at a known point: nothing half-made is left behind. */
import { afterEach, describe, expect, it } from 'vitest';
import { exportZip, writeExportZip } from '@/utils/export/zip';
import { exportToDirectory, MANIFEST_NAME } from '@/utils/export/folder';
import type { SeedDb } from '@/utils/db/schema';
import { freshDb } from '../db/helpers';
import { fillWithSeeds } from './helpers';
import { MemoryDirectory } from './memory-directory';

let db: SeedDb;
afterEach(() => db?.close());

const COUNT = 1_200; // three batches of 500

describe('cancelling an export', () => {
  it('zip: rejects with AbortError, hands the sink nothing after the cancel, makes no Blob', async () => {
    db = freshDb();
    await fillWithSeeds(db, COUNT);
    const controller = new AbortController();
    let chunks = 0;
    // Cancel as the first batch reaches the sink: the second batch is being read at that moment
    // (the export reads ahead while it compresses).
    const run = writeExportZip(
      db,
      () => {
        chunks += 1;
        controller.abort();
      },
      { signal: controller.signal },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chunks).toBe(1);

    // The Blob-making export, cancelled the same way, rejects: there is nothing to download.
    const again = new AbortController();
    const blob = exportZip(db, {
      signal: again.signal,
      onProgress: (progress) => progress.done === 500 && again.abort(),
    });
    await expect(blob).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('directory: every file it wrote is whole and in the manifest; the next run writes the rest', async () => {
    db = freshDb();
    const files = await fillWithSeeds(db, COUNT);
    const dir = new MemoryDirectory();
    const controller = new AbortController();
    const run = exportToDirectory(db, dir, {
      signal: controller.signal,
      onProgress: (progress) => progress.done === 500 && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(dir.open).toBe(0);
    const written = [...dir.files.keys()].filter((name) => name !== MANIFEST_NAME);
    expect(written).toHaveLength(500);
    const manifest = JSON.parse(dir.files.get(MANIFEST_NAME)!) as { files: Record<string, string> };
    expect(Object.keys(manifest.files).sort()).toEqual([...written].sort());
    const byName = new Map(files.map((file) => [file.name, new TextDecoder().decode(file.bytes)]));
    for (const name of written) expect(dir.files.get(name)).toBe(byName.get(name));

    const rest = await exportToDirectory(db, dir);
    expect(rest).toMatchObject({ written: COUNT - 500, unchanged: 500, removed: 0 });
    expect(dir.open).toBe(0);
  });
});
