/**
 * Export straight into a directory the user picked (File System Access API, Chromium). The
 * directory keeps a manifest `.seed-clipper-export.json` (file name → content hash) so the next
 * export writes only new and changed files, and removes the files an earlier export wrote that no
 * longer belong (a deleted clip, or a renumbered one) — never a file it did not write.
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

async function readManifest(dir: ExportDirectoryHandle): Promise<Manifest['files']> {
  try {
    const handle = await dir.getFileHandle(MANIFEST_NAME);
    const parsed = JSON.parse(await (await handle.getFile()).text()) as Partial<Manifest>;
    if (parsed?.format !== 'seed-clipper-export' || typeof parsed.files !== 'object') return {};
    const files: Manifest['files'] = {};
    for (const [name, hash] of Object.entries(parsed.files ?? {})) {
      // Only names we could have written; a tampered manifest cannot make us delete anything else.
      if (
        typeof hash === 'string' &&
        safeFileName(name) === name &&
        /^\d{3,}_[\w-]+\.txt$/.test(name)
      ) {
        files[name] = hash;
      }
    }
    return files;
  } catch {
    return {}; // no manifest yet (NotFoundError) or unreadable: every file is new
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

async function writeManifest(dir: ExportDirectoryHandle, files: Manifest['files']): Promise<void> {
  const manifest: Manifest = { format: 'seed-clipper-export', version: 1, files };
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
  const previous = await readManifest(dir);
  const next: Manifest['files'] = opts.ids ? { ...previous } : {};
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
      const seeds = await db.seeds.bulkGet(batch.map((item) => item.id));
      // A batch's digests in parallel: crypto.subtle hashes off the page's thread, and one await
      // per batch instead of one per file keeps an unchanged re-export a fraction of the first.
      const hashes = await Promise.all(seeds.map((seed) => (seed ? sha256Hex(seed.text) : null)));
      for (const [index, item] of batch.entries()) {
        const seed = seeds[index];
        const hash = hashes[index];
        if (!seed || !hash) continue;
        if (previous[item.name] === hash) {
          result.unchanged++;
        } else {
          await writeFile(dir, item.name, seed.text);
          result.written++;
        }
        next[item.name] = hash;
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
    const recorded =
      opts.ids || result.written + result.unchanged === plan.length
        ? next
        : { ...previous, ...next };
    await writeManifest(dir, recorded);
  }
  return result;
}
