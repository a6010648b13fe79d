// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import {
  countClips,
  deleteClips,
  facets,
  getClip,
  getRawHtml,
  listClips,
  QuotaError,
  restoreClips,
  saveClip,
  updateClip,
} from '@/utils/db/repository';
import { expectIndexConsistent } from '../search/index-check';
import { isQuotaError } from '@/utils/db/errors';
import { parseSeedFile } from '@/utils/seed';
import type { SeedDb } from '@/utils/db/schema';
import { clipResult, freshDb, testId } from './helpers';

const opts = { category: '新媒体', bodyMode: 'markdown' as const };
let db: SeedDb;
afterEach(async () => {
  db?.close();
});

describe('saveClip', () => {
  it('stores summary, body, seed text, raw html and index terms; re-clip updates in place', async () => {
    db = freshDb();
    const first = await saveClip(db, clipResult(1), {
      ...opts,
      rawHtml: '<html>页</html>',
      now: 1000,
    });
    expect(first.updated).toBe(false);
    expect(first.clip.seq).toBe(1);
    expect(await getRawHtml(db, testId(1))).toBe('<html>页</html>');
    const seed = parseSeedFile(first.clip.seedText);
    expect(seed.frontMatter?.title).toBe('Title 1 标题1');
    expect(seed.frontMatter?.categories).toEqual(['新媒体', '站点1', 'source']);

    await saveClip(db, clipResult(2), { ...opts, now: 2000 });
    const again = await saveClip(db, clipResult(1, { text: 'new text' }), { ...opts, now: 3000 });
    expect(again.updated).toBe(true);
    expect(again.clip.clippedAt).toBe(1000);
    expect(again.clip.updatedAt).toBe(3000);
    expect(again.clip.seq).toBe(1);
    expect(await countClips(db)).toBe(2);
    expect((await getClip(db, testId(1)))?.text).toBe('new text');
    // re-clip without raw html drops the stale copy
    expect(await getRawHtml(db, testId(1))).toBeUndefined();
  });
});

describe('listClips', () => {
  it('lists newest first with paging and filters, and counts', async () => {
    db = freshDb();
    for (let n = 0; n < 30; n++) {
      await saveClip(db, clipResult(n), {
        ...opts,
        category: n % 2 ? 'odd' : 'even',
        now: 1000 + n,
      });
    }
    const page = await listClips(db, { offset: 5, limit: 10 });
    expect(page.total).toBe(30);
    expect(page.items.map((c) => c.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => testId(24 - i)),
    );
    expect(page.items[0]).not.toHaveProperty('markdown');

    const site = await listClips(db, { site: '站点0', limit: 100 });
    expect(site.total).toBe(10);
    expect(site.items.every((c) => c.site === '站点0')).toBe(true);
    expect(site.items.map((c) => c.seq)).toEqual(
      [...site.items.map((c) => c.seq)].sort((a, b) => b - a),
    );

    const both = await listClips(db, { site: '站点0', category: 'odd', limit: 100 });
    expect(both.items.every((c) => c.site === '站点0' && c.category === 'odd')).toBe(true);
    expect(both.total).toBe(5);

    const searched = await listClips(db, { search: 'word7', category: 'odd' });
    expect(searched.items.map((c) => c.id)).toEqual([testId(7)]);

    expect(await facets(db)).toEqual({
      sites: ['站点0', '站点1', '站点2'],
      categories: ['even', 'odd'],
    });
  });
});

describe('updateClip', () => {
  it('edits front matter fields, the exported seed text and the search index together', async () => {
    db = freshDb();
    await saveClip(db, clipResult(1), { ...opts, now: 1000 });
    const edited = await updateClip(
      db,
      testId(1),
      {
        title: '新的标题 renamed',
        categories: ['金融', '证券时报网', '要闻'],
        author: '记者',
        publishedAt: '2022-03-28T09:20:00Z',
      },
      5000,
    );
    expect(edited?.title).toBe('新的标题 renamed');
    expect(edited?.category).toBe('金融');
    expect(edited?.site).toBe('证券时报网');
    const fm = parseSeedFile(edited!.seedText).frontMatter!;
    expect(fm).toMatchObject({
      title: '新的标题 renamed',
      author: '记者',
      date: 'Mon, 28 Mar 2022 09:20:00 GMT',
    });
    expect((await listClips(db, { search: 'renamed' })).total).toBe(1);
    expect((await listClips(db, { search: 'title' })).total).toBe(0);
    expect(await updateClip(db, testId(99), { title: 'x' })).toBeUndefined();
  });
});

describe('deleteClips / restoreClips', () => {
  it('deletes every row and undo restores them exactly', async () => {
    db = freshDb();
    for (let n = 0; n < 3; n++)
      await saveClip(db, clipResult(n), { ...opts, rawHtml: `<p>${n}</p>`, now: n });
    const before = await getClip(db, testId(1));
    const deleted = await deleteClips(db, [testId(1)]);
    expect(await getClip(db, testId(1))).toBeUndefined();
    expect(await db.raw.get(testId(1))).toBeUndefined();
    expect((await listClips(db, { search: 'word1' })).total).toBe(0);
    await restoreClips(db, deleted);
    expect(await getClip(db, testId(1))).toEqual(before);
    expect(await getRawHtml(db, testId(1))).toBe('<p>1</p>');
    expect((await listClips(db, { search: 'word1' })).items.map((c) => c.id)).toEqual([testId(1)]);
    await expectIndexConsistent(db);
  });

  it('undo puts clips back in their original place, in the list and in search', async () => {
    db = freshDb();
    for (let n = 0; n < 5; n++) await saveClip(db, clipResult(n), { ...opts, now: n });
    const order = async (search?: string) =>
      (await listClips(db, { search })).items.map((c) => c.id);
    const before = await order();
    const beforeSearch = await order('基层治理');
    const deleted = await deleteClips(db, [testId(1), testId(3)]);
    await saveClip(db, clipResult(9), { ...opts, now: 10 });
    await restoreClips(db, deleted);
    expect(await order()).toEqual([testId(9), ...before]);
    expect(await order('基层治理')).toEqual([testId(9), ...beforeSearch]);
    await expectIndexConsistent(db);
  });

  it('undo after the newest clip seq was reused moves that clip to the end, seqs stay unique', async () => {
    db = freshDb();
    for (let n = 0; n < 3; n++) await saveClip(db, clipResult(n), { ...opts, now: n });
    const deleted = await deleteClips(db, [testId(2)]);
    await saveClip(db, clipResult(5), { ...opts, now: 10 });
    await restoreClips(db, deleted);
    expect((await listClips(db)).items.map((c) => c.id)).toEqual([
      testId(2),
      testId(5),
      testId(1),
      testId(0),
    ]);
    await expectIndexConsistent(db);
  });
});

describe('quota errors', () => {
  const quotaCases: [string, () => Error][] = [
    ['DOMException QuotaExceededError', () => new DOMException('full', 'QuotaExceededError')],
    [
      'Dexie AbortError wrapping QuotaExceededError',
      () => new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')),
    ],
  ];

  it.each(quotaCases)('%s on save → QuotaError, nothing partial, db usable', async (_, make) => {
    db = freshDb();
    await saveClip(db, clipResult(1), { ...opts, now: 1 });
    const original = db.postings.bulkPut.bind(db.postings);
    db.postings.bulkPut = (() => Promise.reject(make())) as unknown as typeof original;
    const failure = saveClip(db, clipResult(2), { ...opts, rawHtml: '<p>x</p>', now: 2 });
    await expect(failure).rejects.toBeInstanceOf(QuotaError);
    db.postings.bulkPut = original;
    // nothing of clip 2 was kept in any table
    await expectIndexConsistent(db);
    for (const table of [db.clips, db.bodies, db.seeds, db.raw]) {
      expect(await table.get(testId(2))).toBeUndefined();
    }
    expect(await countClips(db)).toBe(1);
    // the collection is still usable
    await saveClip(db, clipResult(2), { ...opts, now: 3 });
    expect(await countClips(db)).toBe(2);
  });

  it('quota on re-clip leaves the previous version intact', async () => {
    db = freshDb();
    await saveClip(db, clipResult(1), { ...opts, now: 1 });
    const before = await getClip(db, testId(1));
    const original = db.seeds.put.bind(db.seeds);
    db.seeds.put = (() =>
      Promise.reject(
        new DOMException('full', 'QuotaExceededError'),
      )) as unknown as typeof db.seeds.put;
    await expect(
      saveClip(db, clipResult(1, { text: 'changed' }), { ...opts, now: 2 }),
    ).rejects.toThrow(QuotaError);
    db.seeds.put = original;
    expect(await getClip(db, testId(1))).toEqual(before);
  });

  it('other errors are not mistaken for quota', () => {
    expect(isQuotaError(new Dexie.AbortError('aborted'))).toBe(false);
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(
      isQuotaError({ name: 'BulkError', failures: [new DOMException('q', 'QuotaExceededError')] }),
    ).toBe(true);
  });
});
