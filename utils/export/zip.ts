/**
 * Export the collection (or a selection) as a zip of seed files `NNN_<id>.txt`, streamed: seed
 * texts are read 500 at a time in clip order (one bulk read per batch), compressed and
 * handed to the sink one batch at a time. The next batch is read while this one is compressed:
 * IndexedDB works off the page's thread, so the reads overlap the deflating.
 */
import { strToU8 } from 'fflate';
import type { SeedDb } from '../db/schema';
import type { ProgressCallback, SeedRow } from '../db/types';
import { EXPORT_BATCH, exportPlan, type ExportItem } from './order';
import {
  blobSink,
  datedZipName,
  throwIfAborted,
  ZipStreamWriter,
  type DeflateLevel,
  type ZipSink,
} from './zip-stream';

export interface ExportOptions {
  /** Export only these clips (numbered as in the whole collection). */
  ids?: readonly string[];
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
  /** Deflate level (0 = store). */
  level?: DeflateLevel;
}

/**
 * One batch's seed texts (one bulk read). Only the seeds table: the entries' dates are the
 * export's time, as a folder export's files get their write time, so the summaries (which would
 * double the reads) are not needed.
 */
function readBatch(db: SeedDb, items: readonly ExportItem[]): Promise<(SeedRow | undefined)[]> {
  return db.seeds.bulkGet(items.map((item) => item.id));
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
  const batchAt = (start: number) => plan.slice(start, start + EXPORT_BATCH);
  let next: Promise<(SeedRow | undefined)[]> | null =
    plan.length > 0 ? readBatch(db, batchAt(0)) : null;
  const mtime = Date.now();
  let files = 0;
  opts.onProgress?.({ phase: 'export', done: 0, total: plan.length });
  try {
    for (let start = 0; start < plan.length; start += EXPORT_BATCH) {
      throwIfAborted(opts.signal);
      const seeds = await next!;
      throwIfAborted(opts.signal);
      next =
        start + EXPORT_BATCH < plan.length ? readBatch(db, batchAt(start + EXPORT_BATCH)) : null;
      batchAt(start).forEach((item, index) => {
        const seed = seeds[index];
        if (!seed) return; // deleted while exporting
        writer.addFile(item.name, strToU8(seed.text), { mtime });
        files += 1;
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
    return { files, bytes };
  } catch (error) {
    // A read still in flight must not surface as an unhandled rejection.
    next?.catch(() => undefined);
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
