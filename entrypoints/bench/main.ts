/**
 * The benchmark harness page (e2e builds only; wxt.config.ts drops it from every other build).
 * It exposes the real repository, search, export and import functions on `globalThis.__bench`, so
 * scripts/bench-collection.ts can drive them from Playwright inside the extension's origin, on the
 * extension's own IndexedDB — the same code and the same database the popup uses.
 */
import { deflateSync, strToU8, zipSync, type Zippable } from 'fflate';
import { deleteClips, listClips, restoreClips, updateClip } from '@/utils/db/repository';
import { countClips } from '@/utils/db/read';
import { getDb } from '@/utils/db/instance';
import { bucketOf } from '@/utils/search/index-writer';
import { seqsInRow } from '@/utils/search/postings-codec';
import { rankedSeqs, summariesBySeq } from '@/utils/search/search';
import { queryUnits } from '@/utils/search/tokenize';
import { exportToDirectory, type ExportDirectoryHandle } from '@/utils/export/folder';
import { writeExportZip } from '@/utils/export/zip';
import { importZip } from '@/utils/import';
import { clipIdForUrlSync, parseSeedFile, seedFileName, writeSeedFile } from '@/utils/seed';
import type { SeedDocument, SeedFrontMatter } from '@/utils/types';
import { createCollectionStore } from '@/utils/ui/db-store';
import { PAGE_SIZE } from '@/utils/ui/use-clip-rows';
import { generatedSeed } from './generate';

const db = getDb();
// The store the popup and the full view use: searches go through the same code as typing in the box.
const store = createCollectionStore(db);

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
    let writeStart = 0;
    const t0 = performance.now();
    const report = await importZip(db, zip, {
      onProgress: (progress) => {
        progressEvents += 1;
        lastDone = progress.done;
        if (progress.phase === 'write' && !writeStart) writeStart = performance.now();
      },
    });
    const elapsed = performance.now() - t0;
    return {
      elapsed,
      /** Reading and validating the files, before the first write (the rest is writing). */
      validate: writeStart ? writeStart - t0 : elapsed,
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
  /**
   * Searches as the UI runs them, in rounds: each round runs every query once — its first page of
   * results (`times`), then, as the list asks for it once that page is drawn, the number of
   * matches (`countTimes`; 0 when the page had it). Rounds, not one query's runs in a row: a
   * passing disturbance (a LevelDB compaction that a read started, a GC) then falls on every
   * query's samples alike, not on one query's whole series.
   */
  async searchRounds(
    queries: string[],
    rounds: number,
  ): Promise<{ times: number[]; countTimes: number[]; hits: number }[]> {
    const out = queries.map(() => ({ times: [] as number[], countTimes: [] as number[], hits: 0 }));
    for (let round = 0; round < rounds; round += 1) {
      for (const [index, query] of queries.entries()) {
        const figure = out[index]!;
        const t0 = performance.now();
        const page = await store.list({ search: query }, 0, PAGE_SIZE);
        const t1 = performance.now();
        figure.hits = page.total ?? (await store.count({ search: query }));
        figure.times.push(t1 - t0);
        figure.countTimes.push(performance.now() - t1);
      }
    }
    return out;
  },
  /** listClips's first page (50 rows) with the exact total: the full ranking, every segment. */
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
  /**
   * Where a search's time goes (median ms of `runs`): the postings reads alone (one key-range read
   * per term, as search.ts does them), the ranking (reads + intersections), the page's rows.
   */
  async searchSplit(query: string, runs: number) {
    const reads: number[] = [];
    const ranking: number[] = [];
    const rows: number[] = [];
    let rowsRead = 0;
    let seqsRead = 0;
    const buckets = [
      ...new Set(
        queryUnits(query).flatMap((unit) => [...unit.terms, ...unit.titleTerms].map(bucketOf)),
      ),
    ];
    for (let run = 0; run < runs; run += 1) {
      let t0 = performance.now();
      const perTerm = await Promise.all(
        buckets.map((bucket) =>
          db.postings.where(':id').between([bucket, 0], [bucket, Infinity], true, true).toArray(),
        ),
      );
      reads.push(performance.now() - t0);
      rowsRead = perTerm.reduce((n, list) => n + list.length, 0);
      seqsRead = perTerm.reduce((n, list) => n + list.reduce((m, row) => m + seqsInRow(row), 0), 0);
      t0 = performance.now();
      const ranked = await rankedSeqs(db, query);
      ranking.push(performance.now() - t0);
      t0 = performance.now();
      await summariesBySeq(db, ranked.seqs.subarray(0, 50));
      rows.push(performance.now() - t0);
    }
    const mid = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    return {
      buckets: buckets.length,
      rowsRead,
      seqsRead,
      reads: mid(reads),
      ranking: mid(ranking),
      rows: mid(rows),
    };
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
   * Where the export's time goes (reported, no goal): its IndexedDB reads alone (seed texts in
   * batches of 500), UTF-8 encoding, and fflate's deflateSync per file.
   */
  async profile() {
    const ids = (await db.clips.orderBy('seq').primaryKeys()) as string[];
    let t0 = performance.now();
    const texts: string[] = [];
    for (let start = 0; start < ids.length; start += 500) {
      const keys = ids.slice(start, start + 500);
      const seeds = await db.seeds.bulkGet(keys);
      for (const seed of seeds) if (seed) texts.push(seed.text);
    }
    const exportReads = performance.now() - t0;
    t0 = performance.now();
    const bytes = texts.map((text) => strToU8(text));
    const encode = performance.now() - t0;
    texts.length = 0;
    t0 = performance.now();
    let deflated = 0;
    for (const data of bytes) deflated += deflateSync(data, { level: 6 }).length;
    const deflate = performance.now() - t0;
    bytes.length = 0;
    return { clips: ids.length, exportReads, encode, deflate, deflated };
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
