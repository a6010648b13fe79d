// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { backupAll, backupFileName, BackupFormatError, restoreBackup } from '@/utils/backup';
import { getClip, getRawHtml, listClips, saveClip } from '@/utils/db/repository';
import { exportZip } from '@/utils/export/zip';
import { importSeedFiles, readZipEntries } from '@/utils/import';
import type { SeedDb } from '@/utils/db/schema';
import { clipResult, freshDb, seedFiles, testId } from '../db/helpers';
import { expectIndexConsistent, storedPostings } from '../search/index-check';

const dbs: SeedDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));
const open = (): SeedDb => {
  const db = freshDb();
  dbs.push(db);
  return db;
};

async function everything(db: SeedDb) {
  const [clips, bodies, seeds, raw, postings] = await Promise.all([
    db.clips.orderBy('seq').toArray(),
    db.bodies.toArray(),
    db.seeds.toArray(),
    db.raw.toArray(),
    storedPostings(db),
  ]);
  const raws = raw.map((r) => ({ ...r, gzip: Array.from(r.gzip) }));
  return { clips, bodies, seeds, raw: raws, postings };
}

describe('backup and restore', () => {
  it('round-trips every row (clips, bodies, seed texts, raw HTML, index) into an empty collection', async () => {
    const source = open();
    await importSeedFiles(source, seedFiles(), { now: Date.UTC(2024, 0, 1) });
    for (let n = 0; n < 3; n++) {
      await saveClip(source, clipResult(n), {
        category: '新媒体',
        bodyMode: 'html',
        rawHtml: `<html><body><p>页面 ${n}</p><script>x()</script></body></html>`,
        now: Date.UTC(2024, 1, 1) + n,
      });
    }
    const blob = await backupAll(source);
    const names = readZipEntries(new Uint8Array(await blob.arrayBuffer())).entries.map(
      (e) => e.name,
    );
    expect(names).toEqual(
      expect.arrayContaining(['backup.json', 'clips.jsonl', `raw/${testId(1)}.html.gz`]),
    );
    expect(names.filter((n) => n.startsWith('seeds/'))).toHaveLength(8);

    const target = open();
    const report = await restoreBackup(target, blob);
    expect(report).toEqual({ restored: 8, invalid: [] });
    expect(await everything(target)).toEqual(await everything(source));
    expect(await getRawHtml(target, testId(2))).toContain('页面 2');
    expect((await listClips(target, { search: '基层党建' })).total).toBe(5);
    await expectIndexConsistent(target);
    // The restored collection exports the same seed folder.
    const a = readZipEntries(new Uint8Array(await (await exportZip(source)).arrayBuffer())).entries;
    const b = readZipEntries(new Uint8Array(await (await exportZip(target)).arrayBuffer())).entries;
    expect(b.map((e) => [e.name, Buffer.from(e.read()).toString('base64')])).toEqual(
      a.map((e) => [e.name, Buffer.from(e.read()).toString('base64')]),
    );
    expect(backupFileName(new Date(2026, 0, 5))).toBe('seed-clipper-backup-2026-01-05.zip');
  });

  it('restores into a live collection: existing clips keep their place, new ones are appended', async () => {
    const source = open();
    for (let n = 0; n < 3; n++)
      await saveClip(source, clipResult(n), { category: 'c', bodyMode: 'markdown', now: n });
    const blob = await backupAll(source);
    const target = open();
    await saveClip(target, clipResult(7), { category: 'c', bodyMode: 'markdown', now: 100 });
    await saveClip(target, clipResult(1, { text: 'older local version' }), {
      category: 'c',
      bodyMode: 'markdown',
      now: 101,
    });
    await restoreBackup(target, blob);
    const order = (await target.clips.orderBy('seq').toArray()).map((c) => c.id);
    expect(order).toEqual([testId(7), testId(1), testId(0), testId(2)]);
    expect((await getClip(target, testId(1)))?.text).toBe((await getClip(source, testId(1)))?.text);
    await expectIndexConsistent(target);
    expect((await listClips(target, { search: 'older local' })).total).toBe(0);
  });

  it('rejects a zip that is not a backup, and reports broken records without writing them', async () => {
    const db = open();
    await expect(restoreBackup(db, zipSync({ 'a.txt': strToU8('x') }))).rejects.toBeInstanceOf(
      BackupFormatError,
    );
    const manifest = strToU8(
      JSON.stringify({
        format: 'seed-clipper-backup',
        version: 1,
        schemaVersion: 2,
        createdAt: '',
        count: 1,
      }),
    );
    const broken = zipSync({
      'backup.json': manifest,
      'clips.jsonl': strToU8('{"summary":{"id":"../x"}}\nnot json\n'),
    });
    const report = await restoreBackup(db, broken);
    expect(report.restored).toBe(0);
    expect(report.invalid.map((i) => i.name)).toEqual(['clips.jsonl:1', 'clips.jsonl:2']);
    expect(await db.clips.count()).toBe(0);
  });
});
