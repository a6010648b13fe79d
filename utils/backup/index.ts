/**
 * "Back up everything": one zip with every clip's rows, restorable into an empty or a live
 * collection.
 *
 *   backup.json          { format, version, schemaVersion, createdAt, count }
 *   clips.jsonl          one JSON line per clip: { summary, body } (every stored field)
 *   seeds/NNN_<id>.txt   the seed files, exactly as an export writes them
 *   raw/<id>.html.gz     the kept page HTML, stored as the gzip bytes already in the database
 *
 * Written streamed in batches of 500 (memory bounded); restore reads entries lazily, validates
 * every record before writing, then writes in batched transactions (each clip all-or-nothing).
 */
import { strFromU8, strToU8 } from 'fflate';
import { mapQuotaErrors } from '../db/errors';
import { indexedText, nextSeq } from '../db/repository';
import { clipTables, type SeedDb } from '../db/schema';
import type { ClipBody, ClipSummary, ProgressCallback, RawRow } from '../db/types';
import { EXPORT_BATCH, exportPlan } from '../export/order';
import {
  blobSink,
  datedZipName,
  throwIfAborted,
  ZipStreamWriter,
  type ZipSink,
} from '../export/zip-stream';
import { applyIndexDelta, IndexDelta } from '../search/index-writer';
import { readZipEntries, type ZipEntry, type ZipLimits } from '../import/zip-reader';
import { isClipId, parseSeedFileName } from '../seed';

export const BACKUP_FORMAT = 'seed-clipper-backup';
export const BACKUP_VERSION = 1;

interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion: number;
  createdAt: string;
  count: number;
}

interface BackupRecord {
  summary: ClipSummary;
  body: ClipBody;
}

export interface BackupOptions {
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
  now?: number;
}

/** Streams the backup zip into `sink`. */
export async function writeBackup(
  db: SeedDb,
  sink: ZipSink,
  opts: BackupOptions = {},
): Promise<{ clips: number; bytes: number }> {
  throwIfAborted(opts.signal);
  const plan = await exportPlan(db);
  const writer = new ZipStreamWriter(sink, 6);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    schemaVersion: db.verno,
    createdAt: new Date(opts.now ?? Date.now()).toISOString(),
    count: plan.length,
  };
  try {
    writer.addFile('backup.json', strToU8(`${JSON.stringify(manifest, null, 1)}\n`));
    const jsonl = writer.openFile('clips.jsonl');
    for (let start = 0; start < plan.length; start += EXPORT_BATCH) {
      throwIfAborted(opts.signal);
      const batch = plan.slice(start, start + EXPORT_BATCH);
      const keys = batch.map((item) => item.id);
      const [clips, bodies, seeds, raws] = await db.transaction(
        'r',
        [db.clips, db.bodies, db.seeds, db.raw],
        () =>
          Promise.all([
            db.clips.bulkGet(keys),
            db.bodies.bulkGet(keys),
            db.seeds.bulkGet(keys),
            db.raw.bulkGet(keys),
          ]),
      );
      const lines: string[] = [];
      batch.forEach((item, index) => {
        const summary = clips[index];
        if (!summary) return;
        const body = bodies[index] ?? { id: item.id, markdown: '', html: '', text: '' };
        lines.push(JSON.stringify({ summary, body } satisfies BackupRecord));
        const seed = seeds[index];
        if (seed)
          writer.addFile(`seeds/${item.name}`, strToU8(seed.text), { mtime: summary.updatedAt });
        const raw = raws[index];
        if (raw) writer.addFile(`raw/${item.id}.html.gz`, raw.gzip, { store: true });
      });
      if (lines.length > 0) jsonl.push(strToU8(`${lines.join('\n')}\n`));
      await writer.flush();
      opts.onProgress?.({
        phase: 'backup',
        done: Math.min(start + EXPORT_BATCH, plan.length),
        total: plan.length,
      });
    }
    jsonl.push(new Uint8Array(0), true);
    const bytes = await writer.end();
    return { clips: plan.length, bytes };
  } catch (error) {
    writer.abort();
    throw error;
  }
}

export async function backupAll(db: SeedDb, opts: BackupOptions = {}): Promise<Blob> {
  const collected = blobSink();
  await writeBackup(db, collected.sink, opts);
  return collected.toBlob();
}

export function backupFileName(now = new Date()): string {
  return datedZipName('seed-clipper-backup', now);
}

export interface RestoreReport {
  restored: number;
  invalid: { name: string; reason: string }[];
}

export class BackupFormatError extends Error {
  override readonly name = 'BackupFormatError';
}

function isRecord(value: unknown): value is BackupRecord {
  const record = value as BackupRecord;
  const summary = record?.summary;
  const body = record?.body;
  return (
    typeof summary === 'object' &&
    summary !== null &&
    typeof summary.id === 'string' &&
    isClipIdLike(summary.id) &&
    typeof summary.title === 'string' &&
    typeof summary.clippedAt === 'number' &&
    typeof summary.seq === 'number' &&
    Array.isArray(summary.categories) &&
    Array.isArray(summary.flags) &&
    typeof body === 'object' &&
    body !== null &&
    body.id === summary.id &&
    typeof body.markdown === 'string' &&
    typeof body.html === 'string' &&
    typeof body.text === 'string'
  );
}

/** Ids are 16 hex digits; test fixtures and older data may use other safe characters. */
function isClipIdLike(id: string): boolean {
  return isClipId(id) || /^[0-9A-Za-z_-]{1,64}$/.test(id);
}

const RESTORE_BATCH = 500;

/**
 * Restores a backup made by backupAll. Clips already in the collection are replaced by the
 * backup's version but keep their place; new ones are appended in the backup's order.
 */
export async function restoreBackup(
  db: SeedDb,
  zip: Uint8Array | Blob,
  opts: { onProgress?: ProgressCallback; limits?: Partial<ZipLimits> } = {},
): Promise<RestoreReport> {
  const bytes = zip instanceof Uint8Array ? zip : new Uint8Array(await zip.arrayBuffer());
  const { entries, rejected } = readZipEntries(bytes, {
    maxEntrySize: 1024 * 1024 * 1024,
    maxRatio: 1000,
    ...opts.limits,
  });
  const report: RestoreReport = { restored: 0, invalid: [...rejected] };
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const manifestEntry = byName.get('backup.json');
  const jsonlEntry = byName.get('clips.jsonl');
  if (!manifestEntry || !jsonlEntry) {
    throw new BackupFormatError('Not a Seed Clipper backup (backup.json or clips.jsonl missing).');
  }
  const manifest = JSON.parse(strFromU8(manifestEntry.read())) as Partial<BackupManifest>;
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION) {
    throw new BackupFormatError(
      `Unsupported backup format ${String(manifest.format)} v${manifest.version}.`,
    );
  }
  const seedsById = new Map<string, ZipEntry>();
  const rawById = new Map<string, ZipEntry>();
  for (const entry of entries) {
    const seedName = entry.name.startsWith('seeds/')
      ? parseSeedFileName(entry.name.slice(6))
      : null;
    if (seedName) seedsById.set(seedName.id, entry);
    const raw = /^raw\/([0-9A-Za-z_-]+)\.html\.gz$/.exec(entry.name);
    if (raw) rawById.set(raw[1]!, entry);
  }

  // Validate every record before writing any.
  const records: BackupRecord[] = [];
  const lines = strFromU8(jsonlEntry.read()).split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const name = `clips.jsonl:${index + 1}`;
    try {
      const value: unknown = JSON.parse(line);
      if (!isRecord(value)) throw new Error('not a clip record');
      if (!seedsById.has(value.summary.id)) throw new Error('its seed file is missing');
      records.push(value);
    } catch (error) {
      report.invalid.push({ name, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  records.sort((a, b) => a.summary.seq - b.summary.seq);

  for (let start = 0; start < records.length; start += RESTORE_BATCH) {
    const batch = records.slice(start, start + RESTORE_BATCH);
    const prepared = batch.map((record) => {
      const id = record.summary.id;
      const rawEntry = rawById.get(id);
      const gzip = rawEntry?.read();
      const raw: RawRow | undefined = gzip
        ? { id, gzip, size: record.summary.hasRaw ? rawSize(gzip) : 0 }
        : undefined;
      return {
        record,
        seedText: strFromU8(seedsById.get(id)!.read()),
        raw,
      };
    });
    await mapQuotaErrors(() =>
      db.transaction('rw', clipTables(db), async () => {
        const ids = prepared.map((item) => item.record.summary.id);
        const [existing, existingBodies] = await Promise.all([
          db.clips.bulkGet(ids),
          db.bodies.bulkGet(ids),
        ]);
        let seq = await nextSeq(db);
        const delta = new IndexDelta();
        for (const [index, item] of prepared.entries()) {
          const before = existing[index];
          const summary: ClipSummary = {
            ...item.record.summary,
            seq: before?.seq ?? seq++,
            hasRaw: item.raw !== undefined,
          };
          const after = indexedText(summary, item.record.body.text);
          if (before) delta.replace(indexedText(before, existingBodies[index]?.text), after);
          else delta.add(after);
          await db.clips.put(summary);
          await db.bodies.put(item.record.body);
          await db.seeds.put({ id: summary.id, text: item.seedText });
          if (item.raw) await db.raw.put(item.raw);
          else await db.raw.delete(summary.id);
        }
        await applyIndexDelta(db, delta);
      }),
    );
    report.restored += batch.length;
    opts.onProgress?.({ phase: 'restore', done: report.restored, total: records.length });
  }
  return report;
}

/** The uncompressed size a gzip member records in its last 4 bytes (ISIZE). */
function rawSize(gzip: Uint8Array): number {
  if (gzip.length < 4) return 0;
  const view = new DataView(gzip.buffer, gzip.byteOffset + gzip.length - 4, 4);
  return view.getUint32(0, true);
}
