/**
 * Export the collection (or a selection) as a zip of seed files `NNN_<id>.txt`, streamed: seed
 * texts are read 500 at a time in clip order and deflated straight into the sink.
 */
import { strToU8 } from 'fflate';
import type { SeedDb } from '../db/schema';
import type { ProgressCallback } from '../db/types';
import { EXPORT_BATCH, exportPlan } from './order';
import {
  blobSink,
  datedZipName,
  throwIfAborted,
  ZipStreamWriter,
  type ZipSink,
} from './zip-stream';

export interface ExportOptions {
  /** Export only these clips (numbered as in the whole collection). */
  ids?: readonly string[];
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
  /** Deflate level (0 = store). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** Streams the export zip into `sink`. Rejects with the signal's reason when aborted. */
export async function writeExportZip(
  db: SeedDb,
  sink: ZipSink,
  opts: ExportOptions = {},
): Promise<{ files: number; bytes: number }> {
  throwIfAborted(opts.signal);
  const plan = await exportPlan(db, opts.ids);
  const writer = new ZipStreamWriter(sink, opts.level ?? 6);
  opts.onProgress?.({ phase: 'export', done: 0, total: plan.length });
  try {
    for (let start = 0; start < plan.length; start += EXPORT_BATCH) {
      throwIfAborted(opts.signal);
      const batch = plan.slice(start, start + EXPORT_BATCH);
      const keys = batch.map((item) => item.id);
      const [seeds, clips] = await db.transaction('r', [db.seeds, db.clips], () =>
        Promise.all([db.seeds.bulkGet(keys), db.clips.bulkGet(keys)]),
      );
      batch.forEach((item, index) => {
        const seed = seeds[index];
        if (!seed) return; // deleted while exporting
        writer.addFile(item.name, strToU8(seed.text), { mtime: clips[index]?.updatedAt });
      });
      await writer.flush();
      opts.onProgress?.({
        phase: 'export',
        done: Math.min(start + EXPORT_BATCH, plan.length),
        total: plan.length,
      });
    }
    throwIfAborted(opts.signal);
    const bytes = await writer.end();
    return { files: plan.length, bytes };
  } catch (error) {
    writer.abort();
    throw error;
  }
}

/** The export as a Blob (application/zip), for a download link. */
export async function exportZip(db: SeedDb, opts: ExportOptions = {}): Promise<Blob> {
  const collected = blobSink();
  await writeExportZip(db, collected.sink, opts);
  return collected.toBlob();
}

/** The download's suggested name, e.g. seed-clipper-2026-11-22.zip. */
export function exportFileName(now = new Date()): string {
  return datedZipName('seed-clipper', now);
}
