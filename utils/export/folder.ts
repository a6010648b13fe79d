/**
 * Export straight into a directory the user picked (File System Access API, Chromium). The
 * directory keeps a manifest `.seed-clipper-export.json` (file name → content hash, and the clip's
 * `updatedAt` when it was written) so the next export writes only new and changed files, and
 * removes the files an earlier export wrote that no longer belong (a deleted clip, or a renumbered
 * one) — never a file it did not write.
 *
 * Every change to a clip's seed text (re-clip, edit, re-import) sets its `updatedAt`, so a file
 * whose clip has the recorded `updatedAt` is unchanged without reading or hashing its text: a
 * re-export of an unchanged collection reads the small summary rows only. Files without a stamp
 * (a manifest from before stamps) are compared by hash.
 */
import { safeFileName } from '../seed';
import type { SeedDb } from '../db/schema';
import type { ProgressCallback } from '../db/types';
import { EXPORT_BATCH, exportPlan } from './order';
import { throwIfAborted } from './zip-stream';

/** The subset of FileSystemWritableFileStream the export uses. */
export interface ExportWritable {
  write(data: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** The subset of FileSystemFileHandle the export uses. */
export interface ExportFileHandle {
  createWritable(): Promise<ExportWritable>;
  getFile(): Promise<{ text(): Promise<string> }>;
}

/** The subset of FileSystemDirectoryHandle the export uses (a Node test passes a fake). */
export interface ExportDirectoryHandle {
  getFileHandle(name: string, options?: { create?: boolean }): Promise<ExportFileHandle>;
  removeEntry(name: string): Promise<void>;
}

export const MANIFEST_NAME = '.seed-clipper-export.json';

interface Manifest {
  format: 'seed-clipper-export';
  version: 1;
  /** file name → SHA-256 (hex) of its content as written. */
  files: Record<string, string>;
  /** file name → the clip's `updatedAt` when the file was written (absent in older manifests). */
  stamps?: Record<string, number>;
}

interface ManifestEntries {
  files: Record<string, string>;
  stamps: Record<string, number>;
}

export interface DirectoryExportOptions {
  ids?: readonly string[];
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
}

export interface DirectoryExportResult {
  written: number;
  unchanged: number;
  removed: number;
  total: number;
}

export function supportsDirectoryExport(): boolean {
  return typeof globalThis === 'object' && 'showDirectoryPicker' in globalThis;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function readManifest(dir: ExportDirectoryHandle): Promise<ManifestEntries> {
  const entries: ManifestEntries = { files: {}, stamps: {} };
  try {
    const handle = await dir.getFileHandle(MANIFEST_NAME);
    const parsed = JSON.parse(await (await handle.getFile()).text()) as Partial<Manifest>;
    if (parsed?.format !== 'seed-clipper-export' || typeof parsed.files !== 'object') {
      return entries;
    }
    const stamps = typeof parsed.stamps === 'object' && parsed.stamps ? parsed.stamps : {};
    for (const [name, hash] of Object.entries(parsed.files ?? {})) {
      // Only names we could have written; a tampered manifest cannot make us delete anything else.
      if (
        typeof hash === 'string' &&
        safeFileName(name) === name &&
        /^\d{3,}_[\w-]+\.txt$/.test(name)
      ) {
        entries.files[name] = hash;
        const stamp = stamps[name];
        if (typeof stamp === 'number' && Number.isFinite(stamp)) entries.stamps[name] = stamp;
      }
    }
    return entries;
  } catch {
    return entries; // no manifest yet (NotFoundError) or unreadable: every file is new
  }
}

async function writeFile(dir: ExportDirectoryHandle, name: string, text: string): Promise<void> {
  const handle = await dir.getFileHandle(safeFileName(name), { create: true });
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
  } finally {
    await writable.close();
  }
}

async function writeManifest(dir: ExportDirectoryHandle, entries: ManifestEntries): Promise<void> {
  const manifest: Manifest = {
    format: 'seed-clipper-export',
    version: 1,
    files: entries.files,
    stamps: entries.stamps,
  };
  await writeFile(dir, MANIFEST_NAME, `${JSON.stringify(manifest, null, 1)}\n`);
}

/**
 * Writes the seed files that are new or changed since the last export into `dir`. A full export
 * (no `ids`) also removes files of the previous export that are no longer part of it.
 */
export async function exportToDirectory(
  db: SeedDb,
  dir: ExportDirectoryHandle,
  opts: DirectoryExportOptions = {},
): Promise<DirectoryExportResult> {
  throwIfAborted(opts.signal);
  const plan = await exportPlan(db, opts.ids);
  const previousEntries = await readManifest(dir);
  const previous = previousEntries.files;
  const next: Manifest['files'] = opts.ids ? { ...previous } : {};
  const nextStamps: Record<string, number> = opts.ids ? { ...previousEntries.stamps } : {};
  const result: DirectoryExportResult = {
    written: 0,
    unchanged: 0,
    removed: 0,
    total: plan.length,
  };
  opts.onProgress?.({ phase: 'export', done: 0, total: plan.length });
  try {
    for (let start = 0; start < plan.length; start += EXPORT_BATCH) {
      throwIfAborted(opts.signal);
      const batch = plan.slice(start, start + EXPORT_BATCH);
      const clips = await db.clips.bulkGet(batch.map((item) => item.id));
      // Unchanged since the last export (same name, same updatedAt): no text to read or hash.
      const stamped = batch.map((item, index) => {
        const clip = clips[index];
        return (
          clip !== undefined &&
          previous[item.name] !== undefined &&
          previousEntries.stamps[item.name] === clip.updatedAt
        );
      });
      const toRead = batch.filter((_, index) => !stamped[index] && clips[index]);
      const seeds = new Map(
        (await db.seeds.bulkGet(toRead.map((item) => item.id))).map((seed, index) => [
          toRead[index]!.id,
          seed,
        ]),
      );
      // The batch's digests in parallel: crypto.subtle hashes off the page's thread, with one
      // await per batch instead of one per file.
      const hashes = new Map(
        await Promise.all(
          toRead.map(async (item) => {
            const seed = seeds.get(item.id);
            return [item.id, seed ? await sha256Hex(seed.text) : null] as const;
          }),
        ),
      );
      for (const [index, item] of batch.entries()) {
        const clip = clips[index];
        if (!clip) continue; // deleted while exporting
        if (stamped[index]) {
          result.unchanged++;
          next[item.name] = previous[item.name]!;
          nextStamps[item.name] = clip.updatedAt;
          continue;
        }
        const seed = seeds.get(item.id);
        const hash = hashes.get(item.id);
        if (!seed || !hash) continue;
        if (previous[item.name] === hash) {
          result.unchanged++;
        } else {
          await writeFile(dir, item.name, seed.text);
          result.written++;
        }
        next[item.name] = hash;
        nextStamps[item.name] = clip.updatedAt;
      }
      opts.onProgress?.({
        phase: 'export',
        done: Math.min(start + EXPORT_BATCH, plan.length),
        total: plan.length,
      });
    }
    if (!opts.ids) {
      for (const name of Object.keys(previous)) {
        if (name in next) continue;
        try {
          await dir.removeEntry(name);
          result.removed++;
        } catch {
          // already gone (the user deleted it): nothing to do
        }
      }
    }
  } finally {
    // Also after a cancel: what was written so far is recorded, so the next run skips it. A full
    // export that stopped early keeps the old entries it did not reach.
    const complete = opts.ids || result.written + result.unchanged === plan.length;
    await writeManifest(
      dir,
      complete
        ? { files: next, stamps: nextStamps }
        : {
            files: { ...previous, ...next },
            stamps: { ...previousEntries.stamps, ...nextStamps },
          },
    );
  }
  return result;
}
