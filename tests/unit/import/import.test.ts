// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { countClips, getClip, listClips, QuotaError, saveClip } from '@/utils/db/repository';
import { importAny, importSeedFiles, importZip, readZipEntries } from '@/utils/import';
import { exportZip } from '@/utils/export/zip';
import type { SeedDb } from '@/utils/db/schema';
import { clipResult, freshDb, seedFiles, testId } from '../db/helpers';
import { expectIndexConsistent } from '../search/index-check';

let db: SeedDb;
afterEach(() => db?.close());

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const SEED_TEXT =
  "\n---\ntitle: 'A title'\ncategories: \n - news\n - site\n - source\nheadimg: ''\nauthor: site\ncomments: false\ndate: Sun, 17 Jul 2022 02:09:16 GMT\nthumbnail: ''\n---\n\nBody text 正文\n";

/** Replaces every occurrence of an ASCII string of the same length in the archive's bytes. */
function patchBytes(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const needle = strToU8(from);
  const replacement = strToU8(to);
  for (let i = 0; i + needle.length <= out.length; i++) {
    if (needle.every((byte, k) => out[i + k] === byte)) out.set(replacement, i);
  }
  return out;
}

/** Sets the uncompressed size field of the central directory entry named `name`. */
function patchDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const needle = strToU8(name);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const entryName = out.subarray(i + 46, i + 46 + nameLength);
    if (entryName.length === needle.length && entryName.every((b, k) => b === needle[k])) {
      view.setUint32(i + 24, size, true);
    }
  }
  return out;
}

describe('importSeedFiles', () => {
  it('imports ../shared/seeds and exports them byte-identical', async () => {
    db = freshDb();
    const files = seedFiles();
    const report = await importSeedFiles(db, files, { now: Date.UTC(2024, 0, 1) });
    expect(report.imported.map((f) => f.name)).toEqual(files.map((f) => f.name));
    expect(report.invalid).toEqual([]);
    expect(await countClips(db)).toBe(5);
    const zip = readZipEntries(new Uint8Array(await (await exportZip(db)).arrayBuffer()));
    expect(zip.rejected).toEqual([]);
    expect(zip.entries.map((e) => e.name)).toEqual(files.map((f) => f.name));
    zip.entries.forEach((entry, i) =>
      expect(Buffer.from(entry.read()).equals(Buffer.from(files[i]!.bytes))).toBe(true),
    );

    // Front matter becomes summary fields; body-only seeds get a title from their first line.
    const seed001 = await getClip(db, '283ace0c8b823c8c');
    expect(seed001).toMatchObject({
      title: '加强基层党建 凝聚发展合力（奋进新征程 建功新时代·伟大变革）',
      category: '金融',
      site: '证券时报网',
      section: '要闻',
      publishedAt: '2022-03-28T09:20:00.000Z',
      bodyMode: 'html',
    });
    expect((await getClip(db, 'd76b1e4d59e734c6'))?.title).toBe(
      '总书记为何如此关心党建引领基层治理',
    );

    // Importing again changes nothing: every file is skipped as unchanged.
    const again = await importSeedFiles(db, files);
    expect(again.imported).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual(
      Array(5).fill('already in the collection, unchanged'),
    );
  });

  it('updates a changed file in place and reports it', async () => {
    db = freshDb();
    await importSeedFiles(db, [{ name: `000_${testId(1)}.txt`, bytes: strToU8(SEED_TEXT) }], {
      now: 5,
    });
    const changed = SEED_TEXT.replace('Body text', 'New body');
    const report = await importSeedFiles(
      db,
      [{ name: `007_${testId(1)}.txt`, bytes: strToU8(changed) }],
      { now: 9 },
    );
    expect(report.updated).toEqual([{ name: `007_${testId(1)}.txt`, id: testId(1) }]);
    const clip = await getClip(db, testId(1));
    expect(clip).toMatchObject({ seedText: changed, clippedAt: 5, updatedAt: 9, seq: 1 });
  });

  it('reports invalid and skipped files with reasons and imports the rest', async () => {
    db = freshDb();
    const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xb2, 0xe2, 0xca, 0xd4]); // 中文测试 in GBK
    const report = await importSeedFiles(db, [
      { name: '000_0000000000000001.txt', bytes: strToU8(SEED_TEXT) },
      { name: '001_0000000000000002.txt', bytes: gbk },
      {
        name: '002_0000000000000003.txt',
        bytes: strToU8("\n---\ntitle: 'unclosed\ncategories: [\n---\n\nbody"),
      },
      { name: '003_0000000000000004.txt', bytes: strToU8('   \n') },
      { name: 'notes.md', bytes: strToU8('# hi') },
      { name: '.seed-clipper-export.json', bytes: strToU8('{}') },
      { name: '004_0000000000000001.txt', bytes: strToU8(SEED_TEXT + 'x') },
      { name: 'no-id-in-name.txt', bytes: strToU8('Just a body\nline two') },
    ]);
    expect(report.imported.map((f) => f.id)).toEqual([
      testId(1),
      expect.stringMatching(/^[0-9a-f]{16}$/),
    ]);
    expect(report.invalid.map((f) => [f.name, f.reason.split(':')[0]])).toEqual([
      ['001_0000000000000002.txt', 'not UTF-8 text (save it as UTF-8 and import again)'],
      ['002_0000000000000003.txt', 'malformed front matter'],
      ['003_0000000000000004.txt', 'empty file'],
    ]);
    expect(report.skipped.map((f) => f.name)).toEqual(
      expect.arrayContaining(['notes.md', '.seed-clipper-export.json', '004_0000000000000001.txt']),
    );
    expect(await countClips(db)).toBe(2);
    for (const id of [testId(2), testId(3), testId(4)])
      expect(await getClip(db, id)).toBeUndefined();
  });

  it('a quota error mid-import undoes the whole import and leaves the collection usable', async () => {
    db = freshDb();
    await saveClip(db, clipResult(900), { category: 'c', bodyMode: 'markdown', now: 1 });
    await importSeedFiles(db, [{ name: `000_${testId(1)}.txt`, bytes: strToU8(SEED_TEXT) }], {
      now: 2,
    });
    const before = await getClip(db, testId(1));
    const files = Array.from({ length: 12 }, (_, n) => ({
      name: `${String(n).padStart(3, '0')}_${testId(n + 1)}.txt`,
      bytes: strToU8(SEED_TEXT.replace('Body text', `Body ${n}`)),
    }));
    const original = db.seeds.bulkPut.bind(db.seeds);
    let calls = 0;
    db.seeds.bulkPut = ((...args: Parameters<typeof original>) => {
      calls++;
      // the third batch fails, after two committed
      return calls === 3
        ? Promise.reject(new DOMException('full', 'QuotaExceededError'))
        : original(...args);
    }) as typeof original;
    await expect(importSeedFiles(db, files, { batchSize: 5, now: 3 })).rejects.toBeInstanceOf(
      QuotaError,
    );
    db.seeds.bulkPut = original;
    expect(await countClips(db)).toBe(2);
    expect(await getClip(db, testId(1))).toEqual(before);
    for (let n = 2; n <= 12; n++) expect(await getClip(db, testId(n))).toBeUndefined();
    expect((await listClips(db, { search: 'body' })).total).toBe(2); // clip 900 and seed 1 only
    await expectIndexConsistent(db);
    const retry = await importSeedFiles(db, files, { batchSize: 5, now: 4 });
    expect(retry.imported.length + retry.updated.length).toBe(12);
  });

  it('cancel before writing leaves nothing', async () => {
    db = freshDb();
    const controller = new AbortController();
    controller.abort();
    await expect(
      importSeedFiles(db, [{ name: 'a.txt', bytes: strToU8(SEED_TEXT) }], {
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    expect(await countClips(db)).toBe(0);
  });
});

describe('zip import safety', () => {
  const good = strToU8(SEED_TEXT);

  it('imports a zip of seeds (in a folder) and rejects hostile entries with reasons', async () => {
    db = freshDb();
    const files: Zippable = {
      'seeds/000_0000000000000001.txt': good,
      '../evil.txt': good,
      '/etc/passwd.txt': good,
      'C:/windows/x.txt': good,
      'dir\\..\\..\\up.txt': good,
      'link.txt': [strToU8('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
      'image.png': new Uint8Array([1, 2, 3]),
      'dup1.txt': good,
      'dup2.txt': good,
    };
    const zip = patchBytes(zipSync(files), 'dup2.txt', 'dup1.txt');
    const report = await importZip(db, zip);
    expect(report.imported.map((f) => f.id)).toEqual([
      testId(1),
      expect.stringMatching(/^[0-9a-f]{16}$/),
    ]);
    const reasons = Object.fromEntries(report.invalid.map((f) => [f.name, f.reason]));
    expect(reasons).toMatchObject({
      '../evil.txt': 'path escapes the folder (../)',
      '/etc/passwd.txt': 'absolute path',
      'C:/windows/x.txt': 'absolute path',
      'dir\\..\\..\\up.txt': 'path escapes the folder (../)',
      'link.txt': 'symbolic link',
      'dup1.txt': 'duplicate name in the archive',
    });
    expect(report.skipped).toEqual([{ name: 'image.png', reason: 'not a .txt seed file' }]);
    expect(await countClips(db)).toBe(2);
  });

  it('stops zip bombs and lying sizes without inflating them', async () => {
    const zeros = new Uint8Array(25 * 1024 * 1024);
    const bomb = zipSync(
      { 'bomb.txt': zeros, 'ratio.txt': zeros.subarray(0, 5 * 1024 * 1024) },
      { level: 9 },
    );
    const { entries, rejected } = readZipEntries(bomb);
    expect(entries).toEqual([]);
    expect(rejected.map((r) => r.name)).toEqual(['bomb.txt', 'ratio.txt']);
    expect(rejected[0]!.reason).toMatch(/^too large/);
    expect(rejected[1]!.reason).toMatch(/compression ratio/);

    // A "1 GB file": declared size over the limit → rejected before reading.
    const big = patchDeclaredSize(zipSync({ 'big.txt': good }), 'big.txt', 1024 * 1024 * 1024);
    expect(readZipEntries(big).rejected[0]?.reason).toMatch(/^too large/);

    // Declared smaller than the real data: inflating stops at the declared size.
    const liar = patchDeclaredSize(
      zipSync({ 'liar.txt': new Uint8Array(100_000).fill(65) }),
      'liar.txt',
      10,
    );
    db = freshDb();
    const report = await importZip(db, liar);
    expect(report.invalid[0]?.reason).toMatch(/more than its declared size/);

    // Total size limit across entries.
    const many = zipSync({ 'a.txt': good, 'b.txt': good, 'c.txt': good });
    const limited = readZipEntries(many, { maxTotalSize: good.length * 2 });
    expect(limited.entries).toHaveLength(2);
    expect(limited.rejected[0]?.reason).toMatch(/archive too large/);
    // Entry count limit.
    expect(readZipEntries(many, { maxEntries: 1 }).rejected).toHaveLength(2);
  });

  it('detects corrupt data (CRC) and rejects non-zips', async () => {
    const zip = zipSync({ 'a.txt': strToU8('hello hello hello') }, { level: 0 });
    const corrupt = patchBytes(zip, 'hello hello hello', 'hellO hello hello');
    db = freshDb();
    const report = await importZip(db, corrupt);
    expect(report.invalid[0]?.reason).toMatch(/CRC-32 mismatch/);
    const notZip = new File([strToU8('not a zip at all, just text')], 'x.zip');
    const anyReport = await importAny(db, [notZip]);
    expect(anyReport.invalid).toEqual([
      { name: 'x.zip', reason: expect.stringMatching(/Not a zip/) },
    ]);
  });

  it('importAny takes File objects (txt and zip together)', async () => {
    db = freshDb();
    const files = [
      new File([good], `000_${testId(1)}.txt`),
      new File([zipSync({ [`001_${testId(2)}.txt`]: good })], 'more.zip'),
    ];
    const report = await importAny(db, files);
    expect(report.imported.map((f) => f.id)).toEqual([testId(1), testId(2)]);
    expect(decode(strToU8((await getClip(db, testId(2)))!.seedText))).toBe(SEED_TEXT);
  });
});
