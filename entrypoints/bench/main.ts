/**
 * The benchmark harness page (e2e builds only; wxt.config.ts drops it from every other build).
 * It exposes the real repository, search, export and import functions on `globalThis.__bench`, so
 * scripts/bench-collection.ts can drive them from Playwright inside the extension's origin, on the
 * extension's own IndexedDB — the same code and the same database the popup uses.
 */
import { strToU8, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';
import {
  countClips,
  deleteClips,
  listClips,
  restoreClips,
  updateClip,
} from '@/utils/db/repository';
import { getDb } from '@/utils/db/instance';
import { exportToDirectory, type ExportDirectoryHandle } from '@/utils/export/folder';
import { writeExportZip } from '@/utils/export/zip';
import { importZip } from '@/utils/import';
import { bucketOf, decodeRow } from '@/utils/search/index-writer';
import { searchClipIds } from '@/utils/search/search';
import { indexTerms, queryUnits } from '@/utils/search/tokenize';
import { clipIdForUrlSync, parseSeedFile, seedFileName, writeSeedFile } from '@/utils/seed';
import type { SeedDocument, SeedFrontMatter } from '@/utils/types';
import { generatedSeed } from './generate';

const db = getDb();

let bases: { frontMatter: SeedFrontMatter; body: string }[] = [];

/** Seed files start..end-1 of a generated collection of `total`, zipped in memory. */
function generatedZip(start: number, end: number, total: number): { zip: Uint8Array; raw: number } {
  const files: Zippable = {};
  let raw = 0;
  for (let i = start; i < end; i += 1) {
    const base = bases[i % bases.length]!;
    const seed = generatedSeed(base, i);
    const id = clipIdForUrlSync(seed.url);
    const bytes = strToU8(writeSeedFile(seed.doc));
    raw += bytes.length;
    files[seedFileName(i, id, total)] = bytes;
  }
  // Level 1: the zip stands for a user's folder; its compression is not what is measured.
  return { zip: zipSync(files, { level: 1 }), raw };
}

const api = {
  count: () => countClips(db),
  async seedTexts(ids: string[]): Promise<(string | null)[]> {
    const rows = await db.seeds.bulkGet(ids);
    return rows.map((row) => row?.text ?? null);
  },
  async allIds(): Promise<string[]> {
    return (await db.clips.orderBy('seq').primaryKeys()) as string[];
  },
  async remove(ids: string[]): Promise<void> {
    await deleteClips(db, ids);
  },
  /** The clipped corpus seed files the generated collection is made from. */
  setBases(texts: string[]): number {
    bases = texts
      .map((text) => parseSeedFile(text))
      .filter((doc): doc is SeedDocument & { frontMatter: SeedFrontMatter } => !!doc.frontMatter);
    return bases.length;
  },
  /** Imports generated seed files start..end-1 from one zip through importZip, with progress. */
  async importGenerated(start: number, end: number, total: number) {
    const { zip, raw } = generatedZip(start, end, total);
    let progressEvents = 0;
    let lastDone = 0;
    const t0 = performance.now();
    const report = await importZip(db, zip, {
      onProgress: (progress) => {
        progressEvents += 1;
        lastDone = progress.done;
      },
    });
    const elapsed = performance.now() - t0;
    return {
      elapsed,
      raw,
      zipBytes: zip.length,
      progressEvents,
      lastDone,
      imported: report.imported.length,
      updated: report.updated.length,
      skipped: report.skipped.length,
      invalid: report.invalid.length,
      firstInvalid: report.invalid[0] ? JSON.stringify(report.invalid[0]).slice(0, 300) : '',
    };
  },
  async search(query: string, runs: number): Promise<{ times: number[]; hits: number }> {
    const times: number[] = [];
    let hits = 0;
    for (let run = 0; run < runs; run += 1) {
      const t0 = performance.now();
      // The ranked first page (50) and the exact total: resolving every hit's id is not what
      // the popup does (schema v3 ranks by seq and reads only the page's rows).
      const result = await searchClipIds(db, query, { limit: 50 });
      times.push(performance.now() - t0);
      hits = result.total;
    }
    return { times, hits };
  },
  /** What the popup does on a search: listClips's first page (50 rows) and the total. */
  async searchPage(query: string, runs: number): Promise<{ times: number[]; hits: number }> {
    const times: number[] = [];
    let hits = 0;
    for (let run = 0; run < runs; run += 1) {
      const t0 = performance.now();
      const page = await listClips(db, { search: query, offset: 0, limit: 50 });
      times.push(performance.now() - t0);
      hits = page.total;
    }
    return { times, hits };
  },
  /** Incremental index upkeep: edit a title, delete, undo — each on its own, per clip. */
  async indexUpkeep(ids: string[]): Promise<{ edit: number[]; remove: number[]; undo: number[] }> {
    const out = { edit: [] as number[], remove: [] as number[], undo: [] as number[] };
    for (const id of ids) {
      let t0 = performance.now();
      const clip = await updateClip(db, id, { title: `edited ${id} 编辑标题` });
      out.edit.push(performance.now() - t0);
      if (!clip) continue;
      t0 = performance.now();
      const deleted = await deleteClips(db, [id]);
      out.remove.push(performance.now() - t0);
      t0 = performance.now();
      await restoreClips(db, deleted);
      out.undo.push(performance.now() - t0);
    }
    return out;
  },
  async listFirstPage(): Promise<{ elapsed: number; total: number }> {
    const t0 = performance.now();
    const page = await listClips(db, { offset: 0, limit: 50 });
    return { elapsed: performance.now() - t0, total: page.total };
  },
  /** The streamed export zip, chunks counted and dropped (as a download would consume them). */
  async exportZip(): Promise<{ elapsed: number; zipBytes: number; files: number }> {
    let zipBytes = 0;
    const t0 = performance.now();
    const result = await writeExportZip(db, (chunk) => {
      zipBytes += chunk.length;
    });
    return { elapsed: performance.now() - t0, zipBytes, files: result.files };
  },
  /** Baseline: fflate's zipSync over the same seed texts, already in memory, default level. */
  async fflateBaseline(): Promise<{ elapsed: number; raw: number; zipBytes: number }> {
    const ids = (await db.clips.orderBy('seq').primaryKeys()) as string[];
    let files: Zippable = {};
    let raw = 0;
    for (let start = 0; start < ids.length; start += 2000) {
      const rows = await db.seeds.bulkGet(ids.slice(start, start + 2000));
      rows.forEach((row, k) => {
        if (!row) return;
        const bytes = strToU8(row.text);
        raw += bytes.length;
        files[seedFileName(start + k, ids[start + k]!, ids.length)] = bytes;
      });
    }
    const t0 = performance.now();
    const zipped = zipSync(files);
    const elapsed = performance.now() - t0;
    files = {};
    return { elapsed, raw, zipBytes: zipped.length };
  },
  /**
   * Where the time goes (the profile behind a missed goal): the export's IndexedDB reads alone
   * (its batches of 500, seeds + summaries) vs fflate's streaming deflate alone; the index terms a
   * clip writes and what computing them costs; the ids one query term reads off the index.
   */
  async profile(queries: string[]) {
    const ids = (await db.clips.orderBy('seq').primaryKeys()) as string[];
    let t0 = performance.now();
    const texts: Uint8Array[] = [];
    for (let start = 0; start < ids.length; start += 500) {
      const keys = ids.slice(start, start + 500);
      const [seeds] = await db.transaction('r', [db.seeds, db.clips], () =>
        Promise.all([db.seeds.bulkGet(keys), db.clips.bulkGet(keys)]),
      );
      for (const seed of seeds) if (seed) texts.push(strToU8(seed.text));
    }
    const exportReads = performance.now() - t0;
    t0 = performance.now();
    const zip = new Zip(() => undefined);
    texts.forEach((bytes, index) => {
      const file = new ZipDeflate(`${index}.txt`, { level: 6 });
      zip.add(file);
      file.push(bytes, true);
    });
    zip.end();
    const streamingDeflate = performance.now() - t0;
    texts.length = 0;
    t0 = performance.now();
    let terms = 0;
    for (const base of bases) terms += indexTerms(base.frontMatter.title, base.body).length;
    const termsMsPerClip = (performance.now() - t0) / Math.max(1, bases.length);
    const termIds: Record<string, number> = {};
    for (const query of queries) {
      for (const unit of queryUnits(query)) {
        for (const term of unit.terms) {
          const rows = await db.postings
            .where(':id')
            .between([bucketOf(term), 0], [bucketOf(term), Infinity], true, true)
            .toArray();
          termIds[term] = rows.reduce(
            (sum, row) => sum + (decodeRow(row).get(term)?.length ?? 0),
            0,
          );
        }
      }
    }
    // searchClipIds revalidates its recency cache with count() + max seq on every query.
    t0 = performance.now();
    for (let run = 0; run < 5; run += 1) await db.clips.count();
    const countMs = (performance.now() - t0) / 5;
    return {
      countMs,
      clips: ids.length,
      exportReads,
      streamingDeflate,
      termsPerClip: terms / Math.max(1, bases.length),
      termsMsPerClip,
      termIds,
    };
  },
  /** exportToDirectory into the origin-private file system (the same FileSystemDirectoryHandle API). */
  async directoryExport(name: string) {
    const root = await navigator.storage.getDirectory();
    const dir = await root.getDirectoryHandle(name, { create: true });
    const t0 = performance.now();
    // TS's DOM types want ArrayBuffer-backed writes; the real API accepts any Uint8Array.
    const result = await exportToDirectory(db, dir as unknown as ExportDirectoryHandle);
    return { elapsed: performance.now() - t0, ...result };
  },
};

export type BenchApi = typeof api;
(globalThis as unknown as { __bench: BenchApi }).__bench = api;
document.documentElement.dataset.benchReady = 'true';
