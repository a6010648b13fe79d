// @vitest-environment node
/**
 * Schema upgrades on fake-indexeddb: a database written by version 1 is opened by the current
 * code; every clip must come through byte-identical (plus the fields the upgrade adds).
 */
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { gzipSync, strToU8 } from 'fflate';
import { declareSchema, SeedDb } from '@/utils/db/schema';
import { collectionStats, countSummaries, facets } from '@/utils/db/read';
import { deleteClips, listClips } from '@/utils/db/repository';
import { exportPlan } from '@/utils/export/order';
import type { ClipBody, ClipSummary, RawRow, SeedRow } from '@/utils/db/types';
import { searchClipIds } from '@/utils/search/search';
import { bucketOf, LAYOUT_V5, LAYOUT_V6, SEGMENT, V3_SEGMENT } from '@/utils/search/index-writer';
import { decodeRow, type PlainPostingsRow } from '@/utils/search/postings-codec';
import type { PostingKey } from '@/utils/db/types';
import { expectIndexConsistent, expectStatsConsistent } from '../search/index-check';
import { FAKE_IDB, testDbName, testId } from './helpers';

/** A v1/v2 `terms` row (the table v3 drops). */
interface TermsRow {
  id: string;
  terms: string[];
}

type V1Summary = Omit<ClipSummary, 'seq'>;

/** Version-1 rows for clip n (deterministic, so the test can rebuild them to compare). */
function v1Rows(n: number): {
  clip: V1Summary;
  body: ClipBody;
  seed: SeedRow;
  raw?: RawRow;
  terms: TermsRow;
} {
  const id = testId(n);
  const text = `正文${n} body ${n} \u{1F600} 🀄 \u0000 end`;
  return {
    clip: {
      id,
      url: `https://example.com/${n}`,
      canonicalUrl: `https://example.com/${n}`,
      title: `标题 ${n} 'quoted' "double" \u202e`,
      site: `site${n % 7}`,
      category: `cat${n % 3}`,
      categories: [`cat${n % 3}`, `site${n % 7}`, 'source'],
      section: 'source',
      author: '',
      source: '',
      publishedAt: n % 2 ? new Date(Date.UTC(2020, 0, 1) + n * 1000).toISOString() : null,
      date: new Date(Date.UTC(2020, 0, 1) + n * 1000).toUTCString(),
      // Every fourth pair of clips shares a millisecond: ties are ordered by id.
      clippedAt: 1_600_000_000_000 + Math.floor(n / 2) * 1000,
      updatedAt: 1_600_000_000_000 + n,
      leadImage: '',
      lang: 'zh',
      excerpt: text.slice(0, 10),
      wordCount: n,
      flags: n % 5 === 0 ? ['too-short'] : [],
      bodyMode: 'markdown',
      hasFrontMatter: true,
      hasRaw: n % 10 === 0,
      origin: 'clip',
    },
    body: { id, markdown: `# ${text}`, html: `<p>${text}</p>`, text },
    seed: { id, text: `\n---\ntitle: '标题 ${n}'\n---\n\n${text}` },
    raw:
      n % 10 === 0
        ? { id, gzip: gzipSync(strToU8(`<html>${n}</html>`), { mtime: 0 }), size: 13 }
        : undefined,
    terms: { id, terms: [`w${n}`, 'T:标题', '标题'] },
  };
}

async function fillV1(name: string, count: number): Promise<void> {
  const v1 = new Dexie(name, FAKE_IDB);
  declareSchema(v1, 1);
  await v1.open();
  const CHUNK = 5000;
  for (let start = 0; start < count; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - start) }, (_, i) =>
      v1Rows(start + i),
    );
    await v1.transaction('rw', v1.tables, async () => {
      await v1.table('clips').bulkAdd(rows.map((r) => r.clip));
      await v1.table('bodies').bulkAdd(rows.map((r) => r.body));
      await v1.table('seeds').bulkAdd(rows.map((r) => r.seed));
      await v1.table('raw').bulkAdd(rows.flatMap((r) => (r.raw ? [r.raw] : [])));
      await v1.table('terms').bulkAdd(rows.map((r) => r.terms));
    });
  }
  expect(v1.verno).toBe(1);
  v1.close();
}

const plainRaw = (row: RawRow | undefined) =>
  row && { ...row, gzip: Array.from(row.gzip), isBytes: ArrayBuffer.isView(row.gzip) };

/** The expected seq of clip n: position in (clippedAt, id) order, 1-based. Ids sort like n. */
const expectedSeq = (n: number): number => n + 1;

describe('schema v1 → v2', () => {
  it('upgrades 50,000 clips; every row is byte-identical and seq follows (clippedAt, id)', async () => {
    const name = testDbName();
    const COUNT = 50_000;
    await fillV1(name, COUNT);

    // Opened at v2 (as the v2 code did): v3 drops `terms`, whose rows must survive v2 intact.
    const db = new Dexie(name, FAKE_IDB) as SeedDb;
    declareSchema(db, 2);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.clips.count()).toBe(COUNT);
    const CHUNK = 5000;
    for (let start = 0; start < COUNT; start += CHUNK) {
      const ns = Array.from({ length: Math.min(CHUNK, COUNT - start) }, (_, i) => start + i);
      const ids = ns.map(testId);
      const [clips, bodies, seeds, raw, terms] = await Promise.all([
        db.clips.bulkGet(ids),
        db.bodies.bulkGet(ids),
        db.seeds.bulkGet(ids),
        db.raw.bulkGet(ids),
        db.table('terms').bulkGet(ids),
      ]);
      ns.forEach((n, i) => {
        const expected = v1Rows(n);
        const { seq, ...rest } = clips[i]!;
        expect(rest).toStrictEqual(expected.clip);
        expect(seq).toBe(expectedSeq(n));
        expect(bodies[i]).toStrictEqual(expected.body);
        expect(seeds[i]).toStrictEqual(expected.seed);
        // Compare the bytes: the stored Uint8Array comes from another realm (structured clone).
        expect(plainRaw(raw[i])).toStrictEqual(plainRaw(expected.raw));
        expect(terms[i]).toStrictEqual(expected.terms);
      });
    }
    // The new indexes work on upgraded data.
    const newest = await db.clips
      .where('[site+seq]')
      .between(['site3', -Infinity], ['site3', Infinity])
      .reverse()
      .limit(2)
      .toArray();
    expect(newest.map((c) => c.id)).toEqual([
      testId(49_999 - ((49_999 - 3) % 7)),
      testId(49_999 - ((49_999 - 3) % 7) - 7),
    ]);
    const plan = await exportPlan(db);
    expect(plan[0]).toEqual({ id: testId(0), ordinal: 0, name: `00000_${testId(0)}.txt` });
    expect(plan[COUNT - 1]?.name).toBe(`49999_${testId(COUNT - 1)}.txt`);
    db.close();
  }, 120_000);

  it('orders clips with equal clippedAt by id, whatever order they were written in', async () => {
    const name = testDbName();
    const v1 = new Dexie(name, FAKE_IDB);
    declareSchema(v1, 1);
    const rows = [3, 1, 2].map((n) => ({ ...v1Rows(n).clip, clippedAt: 5 }));
    await v1.table('clips').bulkAdd([...rows, { ...v1Rows(0).clip, clippedAt: 9 }]);
    v1.close();
    const db = new SeedDb(name, FAKE_IDB);
    const ordered = await db.clips.orderBy('seq').toArray();
    expect(ordered.map((c) => [c.id, c.seq])).toEqual([
      [testId(1), 1],
      [testId(2), 2],
      [testId(3), 3],
      [testId(0), 4],
    ]);
    db.close();
  });

  it('opens an empty database at the latest version', async () => {
    const db = new SeedDb(testDbName(), FAKE_IDB);
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'bodies',
      'clips',
      'postings',
      'raw',
      'seeds',
      'stats',
    ]);
    db.close();
  });
});

/** A v2 clip with a realistic mixed Chinese/English title and body, deterministic in n. */
const HAN = '国家经济社会发展城市科技文化教育交通环境农业工业市场金融健康体育';
function v2Rows(n: number): ReturnType<typeof v1Rows> & { clip: ClipSummary } {
  const rows = v1Rows(n);
  const word = `kw${n.toString(36)}`;
  const han = HAN[n % HAN.length]! + HAN[(n * 7 + 3) % HAN.length]!;
  const text = `第${n}篇${han}报道，关于城市交通。${word} body text ${n}`;
  return {
    ...rows,
    clip: { ...rows.clip, title: `${han}标题 ${word} ${n}`, seq: n + 1 },
    body: { ...rows.body, text },
  };
}

/** A version-2 database of `count` clips (v2Rows), every table filled; returns the rows written. */
async function fillV2(name: string, count: number): Promise<ReturnType<typeof v2Rows>[]> {
  const v2 = new Dexie(name, FAKE_IDB);
  declareSchema(v2, 2);
  await v2.open();
  const all = Array.from({ length: count }, (_, n) => v2Rows(n));
  await v2.transaction('rw', v2.tables, async () => {
    await v2.table('clips').bulkAdd(all.map((r) => r.clip));
    await v2.table('bodies').bulkAdd(all.map((r) => r.body));
    await v2.table('seeds').bulkAdd(all.map((r) => r.seed));
    await v2.table('raw').bulkAdd(all.flatMap((r) => (r.raw ? [r.raw] : [])));
    await v2.table('terms').bulkAdd(all.map((r) => r.terms));
  });
  v2.close();
  return all;
}

describe('schema v2 → v3', () => {
  it('rebuilds the index from 5,000 clips: rows byte-identical, every clip findable', async () => {
    const name = testDbName();
    const COUNT = 5000;
    const all = await fillV2(name, COUNT);

    // Opened by the latest code: v3, v4 (the counts), v5 and v6 (the postings laid out anew) run.
    const db = new SeedDb(name, FAKE_IDB);
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((t) => t.name)).not.toContain('terms');
    const ids = all.map((r) => r.clip.id);
    const [clips, bodies, seeds, raw] = await Promise.all([
      db.clips.bulkGet(ids),
      db.bodies.bulkGet(ids),
      db.seeds.bulkGet(ids),
      db.raw.bulkGet(ids),
    ]);
    all.forEach((expected, i) => {
      expect(clips[i]).toStrictEqual(expected.clip);
      expect(bodies[i]).toStrictEqual(expected.body);
      expect(seeds[i]).toStrictEqual(expected.seed);
      expect(plainRaw(raw[i])).toStrictEqual(plainRaw(expected.raw));
    });
    await expectIndexConsistent(db);
    // Every clip is found by its own Latin title word; a sample by a body word and a Chinese word.
    for (let n = 0; n < COUNT; n++) {
      expect((await searchClipIds(db, `kw${n.toString(36)} `)).ids).toEqual([testId(n)]);
    }
    const han = await listClips(db, { search: '城市交通', limit: 3 });
    expect(han.total).toBe(COUNT);
    expect(han.items.map((c) => c.id)).toEqual([testId(4999), testId(4998), testId(4997)]);
    db.close();
  }, 600_000);
});

describe('schema v3 → v4', () => {
  it('counts the clips into the stats row; the rows are untouched; writes then keep it', async () => {
    const name = testDbName();
    const COUNT = 3000;
    const v3 = new Dexie(name, FAKE_IDB);
    declareSchema(v3, 3);
    await v3.open();
    // Some clips with an empty site or category (not listed in the menus, still counted).
    const all = Array.from({ length: COUNT }, (_, n) => {
      const clip = v2Rows(n).clip;
      return n % 11 === 0 ? { ...clip, site: '', category: '' } : clip;
    });
    await v3.table('clips').bulkAdd(all);
    v3.close();

    const db = new SeedDb(name, FAKE_IDB);
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.clips.bulkGet(all.map((clip) => clip.id))).toStrictEqual(all);
    const stats = await collectionStats(db);
    expect(stats.total).toBe(COUNT);
    const perSite = (site: string) => all.filter((clip) => clip.site === site).length;
    expect(stats.sites).toEqual(
      Object.fromEntries([...new Set(all.map((c) => c.site))].map((s) => [s, perSite(s)])),
    );
    // The read queries answer from the row exactly what scanning the indexes answers.
    expect(await countSummaries(db, {})).toBe(await db.clips.count());
    for (const site of ['site3', '', 'nowhere']) {
      expect(await countSummaries(db, { site })).toBe(
        site ? await db.clips.where('site').equals(site).count() : COUNT,
      );
    }
    expect(await countSummaries(db, { category: 'cat1' })).toBe(
      await db.clips.where('category').equals('cat1').count(),
    );
    const scanned = (keys: unknown[]) => keys.filter((key) => key !== '');
    expect(await facets(db)).toEqual({
      sites: scanned(await db.clips.orderBy('site').uniqueKeys()),
      categories: scanned(await db.clips.orderBy('category').uniqueKeys()),
    });
    // A delete after the upgrade updates the upgraded row.
    await deleteClips(db, [all[3]!.id]);
    expect((await collectionStats(db)).total).toBe(COUNT - 1);
    await expectStatsConsistent(db);
    db.close();
  }, 120_000);
});

describe('schema v4 → v5', () => {
  it('regroups the postings into segments of 4,096; the index stays exact and writes keep it', async () => {
    const name = testDbName();
    // Seqs 1…4,600: nine v4 segments of 512 become two of 4,096 (one of them partly filled).
    const COUNT = 4600;
    await fillV2(name, COUNT);
    // Up to v4: the v3 upgrade builds the index in its own layout, segments of 512.
    const v4 = new Dexie(name, FAKE_IDB);
    declareSchema(v4, 4);
    await v4.open();
    const segmentsBefore = new Set(
      ((await v4.table('postings').toCollection().primaryKeys()) as PostingKey[]).map(
        ([, segment]) => segment,
      ),
    );
    expect([...segmentsBefore].sort((a, b) => a - b)).toEqual(
      Array.from({ length: Math.ceil((COUNT + 1) / V3_SEGMENT) }, (_, i) => i),
    );
    const rowsBefore = await v4.table('postings').count();
    const clipsBefore = await v4.table('clips').toArray();
    v4.close();

    const db = new SeedDb(name, FAKE_IDB, 5);
    await db.open();
    expect(db.verno).toBe(5);
    const keys = (await db.postings.toCollection().primaryKeys()) as PostingKey[];
    expect(new Set(keys.map(([, segment]) => segment))).toEqual(new Set([0, 1]));
    expect(keys.length).toBeLessThan(rowsBefore);
    // Every row in its 4,096-seq segment, and exactly the postings indexing the clips gives.
    expect(SEGMENT).toBe(4096);
    await expectIndexConsistent(db, LAYOUT_V5);
    expect(await db.clips.toArray()).toStrictEqual(clipsBefore);
    db.close();
  }, 600_000);
});

describe('schema v5 → v6', () => {
  it('moves title terms into their plain term bucket and packs the rows; the index stays exact', async () => {
    const name = testDbName();
    const COUNT = 4600;
    await fillV2(name, COUNT);
    const v5 = new SeedDb(name, FAKE_IDB, 5);
    await v5.open();
    // As v5 code stored them: plain Uint32Array seqs, title terms in buckets of their own.
    const keys = (await v5.postings.toCollection().primaryKeys()) as PostingKey[];
    const plain = (await v5.postings.toArray()).map((row): PlainPostingsRow => {
      const lists = decodeRow(row);
      const terms = [...lists.keys()].sort();
      return {
        terms: terms.join('\n'),
        counts: Uint32Array.from(terms, (term) => lists.get(term)!.length),
        seqs: Uint32Array.from(terms.flatMap((term) => lists.get(term)!)),
      };
    });
    await v5.postings.bulkPut(plain, keys as unknown as Parameters<typeof v5.postings.bulkPut>[1]);
    expect(keys.some(([bucket]) => bucket.startsWith('T:'))).toBe(true);
    const clipsBefore = await v5.clips.toArray();
    v5.close();

    const db = new SeedDb(name, FAKE_IDB, 6);
    await db.open();
    expect(db.verno).toBe(6);
    const after = (await db.postings.toCollection().primaryKeys()) as PostingKey[];
    expect(after.filter(([bucket]) => bucket.startsWith('T:'))).toEqual([]);
    expect(after.length).toBeLessThan(keys.length);
    for (const row of await db.postings.toArray()) {
      expect('packed' in row && !('seqs' in row), 'packed rows').toBe(true);
    }
    await expectIndexConsistent(db, LAYOUT_V6);
    expect(await db.clips.toArray()).toStrictEqual(clipsBefore);
    db.close();
  }, 600_000);
});

describe('schema v6 → v7', () => {
  it('moves title terms into buckets of their own; searches and writes keep the index exact', async () => {
    const name = testDbName();
    const COUNT = 4600;
    await fillV2(name, COUNT);
    const v6 = new SeedDb(name, FAKE_IDB, 6);
    await v6.open();
    const keys = (await v6.postings.toCollection().primaryKeys()) as PostingKey[];
    expect(keys.filter(([bucket]) => bucket.startsWith('T:'))).toEqual([]);
    const clipsBefore = await v6.clips.toArray();
    v6.close();

    const db = new SeedDb(name, FAKE_IDB);
    await db.open();
    expect(db.verno).toBe(7);
    const after = (await db.postings.toCollection().primaryKeys()) as PostingKey[];
    // Title rows (CJK ones in 256 hashed buckets) in both segments; no title term in a body row.
    const titleBuckets = new Set(after.filter(([b]) => b.startsWith('T:#')).map(([b]) => b));
    expect(titleBuckets.size).toBeGreaterThan(0);
    expect(titleBuckets.size).toBeLessThanOrEqual(256);
    expect(bucketOf('T:城市')).toMatch(/^T:#\d+$/);
    expect(bucketOf('T:kw1')).toBe('T:kw1');
    expect(bucketOf('城市')).toMatch(/^#\d+$/);
    await expectIndexConsistent(db);
    expect(await db.clips.toArray()).toStrictEqual(clipsBefore);
    // Searches answer as before: a title word finds its clip, a common word all of them, newest first.
    for (const n of [0, 511, 512, 4094, 4095, 4599]) {
      expect((await searchClipIds(db, `kw${n.toString(36)} `)).ids).toEqual([testId(n)]);
    }
    const han = await listClips(db, { search: '城市交通', limit: 2 });
    expect(han.total).toBe(COUNT);
    expect(han.items.map((c) => c.id)).toEqual([testId(4599), testId(4598)]);
    // A delete after the upgrade edits the new rows.
    await deleteClips(db, [testId(4095), testId(7)]);
    await expectIndexConsistent(db);
    expect((await searchClipIds(db, 'kw7 ')).ids).toEqual([]);
    db.close();
  }, 600_000);
});
