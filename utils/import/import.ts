/**
 * Import seed files (a folder, a multi-file selection or a zip) into the collection.
 *
 * 1. Validate every file first (UTF-8, front matter, size, name, duplicates) — nothing is written
 *    yet, so an invalid file is only reported, never half-imported.
 * 2. Write the valid ones in batches of 500, each batch one transaction over all clip tables, so
 *    a crash leaves every clip fully in or not in. Unchanged files (same text as stored) are
 *    skipped; changed ones update the clip in place (same id, position and clippedAt).
 * 3. If a batch fails (quota) or the import is cancelled, the clips this import added are removed
 *    and the ones it changed are put back, then the error is rethrown (QuotaError for quota).
 *
 * A file's id is the 16-hex id of its name `NNN_<id>.txt`, else the first 16 hex digits of
 * SHA-256 of its bytes. New clips are placed in file-name order (000, 001, …), so exporting an
 * imported folder numbers it the same way.
 */
import { isClipId, parseSeedFile, parseSeedFileName } from '../seed';
import { mapQuotaErrors } from '../db/errors';
import { rowsFromSeedDocument } from '../db/records';
import { indexedText, nextSeq } from '../db/repository';
import { clipTables, type SeedDb } from '../db/schema';
import type { ClipSummary, DeletedClips, ProgressCallback } from '../db/types';
import { throwIfAborted } from '../export/zip-stream';
import { applyIndexDelta, IndexDelta } from '../search/index-writer';
import { readZipEntries, type ZipLimits } from './zip-reader';

export interface ImportedFile {
  name: string;
  id: string;
}

export interface FileIssue {
  name: string;
  reason: string;
}

export interface ImportReport {
  imported: ImportedFile[];
  updated: ImportedFile[];
  skipped: FileIssue[];
  invalid: FileIssue[];
}

export interface ImportOptions {
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
  /** clippedAt/updatedAt of the imported clips (tests fix it). */
  now?: number;
  /** Clips per transaction. */
  batchSize?: number;
  /** Largest seed file accepted (bytes). */
  maxFileSize?: number;
}

export const MAX_SEED_FILE_SIZE = 20 * 1024 * 1024;
const DEFAULT_BATCH = 500;

/** A file to import: read lazily so a folder of 50,000 files is not all in memory at once. */
interface Source {
  name: string;
  size: number | null;
  load(): Promise<Uint8Array>;
}

export type ImportInput =
  | readonly File[]
  | Iterable<{ name: string; bytes: Uint8Array }>
  | AsyncIterable<{ name: string; bytes: Uint8Array }>;

function isFileList(input: ImportInput): input is readonly File[] {
  return (
    Array.isArray(input) && input.every((item) => typeof (item as File).arrayBuffer === 'function')
  );
}

async function toSources(input: ImportInput): Promise<Source[]> {
  if (isFileList(input)) {
    return input.map((file) => ({
      // A folder picked with webkitdirectory gives paths; keep them for the report.
      name: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name,
      size: file.size,
      load: async () => new Uint8Array(await file.arrayBuffer()),
    }));
  }
  const sources: Source[] = [];
  for await (const item of input as AsyncIterable<{ name: string; bytes: Uint8Array }>) {
    sources.push({ name: item.name, size: item.bytes.length, load: async () => item.bytes });
  }
  return sources;
}

const baseName = (path: string): string => path.replace(/\\/g, '/').split('/').pop() ?? path;

/** Files an import passes over silently-but-reported: our manifest, OS litter, other files. */
function skipReason(path: string): string | null {
  const name = baseName(path);
  if (path.replace(/\\/g, '/').split('/').includes('__MACOSX')) return 'macOS metadata';
  if (name.startsWith('.')) return 'hidden file';
  if (!/\.txt$/i.test(name)) return 'not a .txt seed file';
  return null;
}

/** Seed files in numbering order: by the ordinal of `NNN_` names, then by name. */
function compareNames(a: string, b: string): number {
  const ordinalA = parseSeedFileName(baseName(a))?.ordinal ?? Number.MAX_SAFE_INTEGER;
  const ordinalB = parseSeedFileName(baseName(b))?.ordinal ?? Number.MAX_SAFE_INTEGER;
  if (ordinalA !== ordinalB) return ordinalA - ordinalB;
  return a < b ? -1 : a > b ? 1 : 0;
}

async function contentId(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest).subarray(0, 8), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

const decoder = new TextDecoder('utf-8', { fatal: true });

interface ValidFile {
  source: Source;
  id: string;
}

type Checked = { ok: true; text: string } | { ok: false; reason: string };

/** Decodes and parses one file; the reason says what is wrong with it. */
function checkText(bytes: Uint8Array): Checked {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8 text (save it as UTF-8 and import again)' };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  try {
    parseSeedFile(text);
  } catch (error) {
    return {
      ok: false,
      reason: `malformed front matter: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return { ok: true, text };
}

/** Imports seed files; see the file comment. Throws QuotaError (after undoing its writes). */
export async function importSeedFiles(
  db: SeedDb,
  input: ImportInput,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], updated: [], skipped: [], invalid: [] };
  const sources = (await toSources(input)).sort((a, b) => compareNames(a.name, b.name));
  return importSources(db, sources, report, opts);
}

async function importSources(
  db: SeedDb,
  sources: Source[],
  report: ImportReport,
  opts: ImportOptions,
): Promise<ImportReport> {
  const maxSize = opts.maxFileSize ?? MAX_SEED_FILE_SIZE;
  const valid: ValidFile[] = [];
  const idOwner = new Map<string, string>();

  // 1. Validate everything before writing anything.
  for (const [index, source] of sources.entries()) {
    throwIfAborted(opts.signal);
    const skip = skipReason(source.name);
    if (skip) {
      report.skipped.push({ name: source.name, reason: skip });
      continue;
    }
    if (source.size !== null && source.size > maxSize) {
      report.invalid.push({ name: source.name, reason: `too large (over ${maxSize} bytes)` });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await source.load();
    } catch (error) {
      report.invalid.push({
        name: source.name,
        reason: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    if (bytes.length > maxSize) {
      report.invalid.push({ name: source.name, reason: `too large (over ${maxSize} bytes)` });
      continue;
    }
    const checked = checkText(bytes);
    if (!checked.ok) {
      report.invalid.push({ name: source.name, reason: checked.reason });
      continue;
    }
    const named = parseSeedFileName(baseName(source.name));
    const id = named && isClipId(named.id) ? named.id : await contentId(bytes);
    const owner = idOwner.get(id);
    if (owner !== undefined) {
      report.skipped.push({ name: source.name, reason: `same clip (${id}) as ${owner}` });
      continue;
    }
    idOwner.set(id, source.name);
    valid.push({ source, id });
    if (index % 100 === 0) {
      opts.onProgress?.({ phase: 'validate', done: index + 1, total: sources.length });
    }
  }
  opts.onProgress?.({ phase: 'validate', done: sources.length, total: sources.length });

  // 2. Write in batches; 3. undo on failure.
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const now = opts.now ?? Date.now();
  const added: string[] = [];
  const replaced: DeletedClips = { clips: [], bodies: [], seeds: [], raw: [] };
  opts.onProgress?.({ phase: 'write', done: 0, total: valid.length });
  try {
    for (let start = 0; start < valid.length; start += batchSize) {
      throwIfAborted(opts.signal);
      const batch = valid.slice(start, start + batchSize);
      const texts: string[] = [];
      for (const file of batch) texts.push(decoder.decode(await file.source.load()));
      const outcome = await writeBatch(db, batch, texts, now, replaced);
      added.push(...outcome.added.map((file) => file.id));
      report.imported.push(...outcome.added);
      report.updated.push(...outcome.updated);
      report.skipped.push(...outcome.unchanged);
      opts.onProgress?.({
        phase: 'write',
        done: Math.min(start + batchSize, valid.length),
        total: valid.length,
      });
    }
  } catch (error) {
    await undoImport(db, added, replaced);
    throw error;
  }
  return report;
}

async function writeBatch(
  db: SeedDb,
  batch: ValidFile[],
  texts: string[],
  now: number,
  replaced: DeletedClips,
): Promise<{ added: ImportedFile[]; updated: ImportedFile[]; unchanged: FileIssue[] }> {
  const docs = texts.map((text) => parseSeedFile(text));
  return mapQuotaErrors(() =>
    db.transaction('rw', clipTables(db), async () => {
      const keys = batch.map((file) => file.id);
      const [existing, existingSeeds, existingBodies] = await Promise.all([
        db.clips.bulkGet(keys),
        db.seeds.bulkGet(keys),
        db.bodies.bulkGet(keys),
      ]);
      let seq = await nextSeq(db);
      const added: ImportedFile[] = [];
      const updated: ImportedFile[] = [];
      const unchanged: FileIssue[] = [];
      const rows = { clips: [] as ClipSummary[], bodies: [], seeds: [] } as Pick<
        DeletedClips,
        'clips' | 'bodies' | 'seeds'
      >;
      const delta = new IndexDelta();
      batch.forEach((file, index) => {
        const before = existing[index];
        const text = texts[index]!;
        if (before && existingSeeds[index]?.text === text) {
          unchanged.push({
            name: file.source.name,
            reason: 'already in the collection, unchanged',
          });
          return;
        }
        const clip = rowsFromSeedDocument(
          file.id,
          docs[index]!,
          text,
          {
            clippedAt: before?.clippedAt ?? now,
            updatedAt: now,
            seq: before?.seq ?? seq++,
            hasRaw: before?.hasRaw ?? false,
          },
          before,
        );
        rows.clips.push(clip.summary);
        rows.bodies.push(clip.body);
        rows.seeds.push(clip.seed);
        const after = indexedText(clip.summary, clip.body.text);
        if (before) {
          delta.replace(indexedText(before, existingBodies[index]?.text), after);
          // Kept so a failed import can put the clips it changed back as they were.
          replaced.clips.push(before);
          const body = existingBodies[index];
          if (body) replaced.bodies.push(body);
          const seed = existingSeeds[index];
          if (seed) replaced.seeds.push(seed);
          updated.push({ name: file.source.name, id: file.id });
        } else {
          delta.add(after);
          added.push({ name: file.source.name, id: file.id });
        }
      });
      await db.clips.bulkPut(rows.clips);
      await db.bodies.bulkPut(rows.bodies);
      await db.seeds.bulkPut(rows.seeds);
      await applyIndexDelta(db, delta);
      return { added, updated, unchanged };
    }),
  );
}

/** Removes the clips an import added and puts back the ones it changed, index included. */
async function undoImport(db: SeedDb, added: string[], replaced: DeletedClips): Promise<void> {
  if (added.length === 0 && replaced.clips.length === 0) return;
  await db.transaction('rw', clipTables(db), async () => {
    const touched = [...added, ...replaced.clips.map((clip) => clip.id)];
    const [clips, bodies] = await Promise.all([
      db.clips.bulkGet(touched),
      db.bodies.bulkGet(touched),
    ]);
    const delta = new IndexDelta();
    const current = new Map<string, { seq: number; title: string; text: string }>();
    clips.forEach((clip, index) => {
      if (clip) current.set(clip.id, indexedText(clip, bodies[index]?.text));
    });
    for (const id of added) {
      const now = current.get(id);
      if (now) delta.remove(now);
    }
    const oldTexts = new Map(replaced.bodies.map((body) => [body.id, body.text]));
    for (const clip of replaced.clips) {
      const before = indexedText(clip, oldTexts.get(clip.id));
      const now = current.get(clip.id);
      if (now) delta.replace(now, before);
      else delta.add(before);
    }
    await Promise.all(
      [db.clips, db.bodies, db.seeds, db.raw].map((table) => table.bulkDelete(added)),
    );
    await db.clips.bulkPut(replaced.clips);
    await db.bodies.bulkPut(replaced.bodies);
    await db.seeds.bulkPut(replaced.seeds);
    await applyIndexDelta(db, delta);
  });
}

/** Imports the seed files inside a zip; unsafe or oversized entries are reported as invalid. */
export async function importZip(
  db: SeedDb,
  zip: Uint8Array | Blob,
  opts: ImportOptions & { limits?: Partial<ZipLimits> } = {},
): Promise<ImportReport> {
  const bytes = zip instanceof Uint8Array ? zip : new Uint8Array(await zip.arrayBuffer());
  const { entries, rejected } = readZipEntries(bytes, {
    maxEntrySize: opts.maxFileSize ?? MAX_SEED_FILE_SIZE,
    ...opts.limits,
  });
  const report: ImportReport = { imported: [], updated: [], skipped: [], invalid: [...rejected] };
  const sources: Source[] = entries
    .map((entry) => ({ name: entry.name, size: entry.size, load: async () => entry.read() }))
    .sort((a, b) => compareNames(a.name, b.name));
  return importSources(db, sources, report, opts);
}

/** A file input's selection: zips are opened, everything else is treated as seed files. */
export async function importAny(
  db: SeedDb,
  files: readonly File[],
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const zips = files.filter((file) => /\.zip$/i.test(file.name));
  const others = files.filter((file) => !/\.zip$/i.test(file.name));
  const report: ImportReport = { imported: [], updated: [], skipped: [], invalid: [] };
  const merge = (part: ImportReport): void => {
    report.imported.push(...part.imported);
    report.updated.push(...part.updated);
    report.skipped.push(...part.skipped);
    report.invalid.push(...part.invalid);
  };
  if (others.length > 0) merge(await importSeedFiles(db, others, opts));
  for (const zip of zips) {
    try {
      merge(await importZip(db, zip, opts));
    } catch (error) {
      if ((error as Error)?.name !== 'ZipFormatError') throw error;
      report.invalid.push({ name: zip.name, reason: (error as Error).message });
    }
  }
  return report;
}
