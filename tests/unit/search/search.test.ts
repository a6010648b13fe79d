// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteClips,
  listClips,
  restoreClips,
  saveClip,
  searchClipsPage,
  updateClip,
} from '@/utils/db/repository';
import { importSeedFiles } from '@/utils/import';
import { searchClipIds } from '@/utils/search/search';
import { indexTerms, MAX_BODY_TERMS, queryUnits } from '@/utils/search/tokenize';
import { writeSeedFile, seedFileName } from '@/utils/seed';
import type { SeedDb } from '@/utils/db/schema';
import { clipResult, freshDb, seedFiles, testId } from '../db/helpers';
import { expectIndexConsistent } from './index-check';

let db: SeedDb;
afterEach(() => db?.close());

describe('tokenize', () => {
  it('indexes CJK as bigrams, Latin words normalized, title terms prefixed', () => {
    const terms = indexTerms('基层党建 News', 'Ｃａｆé 党建工作 a I 2022');
    expect(terms).toEqual(
      expect.arrayContaining([
        '基层',
        '层党',
        '党建',
        'T:党建',
        'T:基',
        'news',
        'T:news',
        'café',
        '工作',
        '2022',
      ]),
    );
    expect(terms).not.toContain('a');
    expect(terms).not.toContain('T:工作');
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('caps body terms per clip', () => {
    const body = Array.from({ length: MAX_BODY_TERMS + 500 }, (_, i) => `w${i}x`).join(' ');
    const terms = indexTerms('t', body);
    expect(terms.length).toBe(MAX_BODY_TERMS);
    expect(terms).toContain('w0x');
  });

  it('splits queries into units', () => {
    expect(queryUnits('基层党建')).toEqual([
      {
        terms: ['基层', '层党', '党建'],
        titleTerms: ['T:基层', 'T:层党', 'T:党建'],
        prefix: false,
      },
    ]);
    expect(queryUnits('党')).toEqual([{ terms: ['T:党'], titleTerms: ['T:党'], prefix: false }]);
    expect(queryUnits('Climate chan').map((u) => [u.terms, u.prefix])).toEqual([
      [['climate'], false],
      [['chan'], true],
    ]);
    expect(queryUnits('  ,, ')).toEqual([]);
  });
});

describe('search over the seeds', () => {
  it('"基层党建" finds every seed article that contains it', async () => {
    db = freshDb();
    const files = seedFiles();
    const report = await importSeedFiles(db, files, { now: Date.UTC(2024, 0, 1) });
    expect(report.imported).toHaveLength(5);
    const hits = await searchClipIds(db, '基层党建');
    const withPhrase = files.filter((file) =>
      new TextDecoder().decode(file.bytes).includes('基层党建'),
    );
    expect(withPhrase.length).toBe(5);
    expect(new Set(hits.ids)).toEqual(new Set(withPhrase.map((f) => f.name.slice(4, 20))));
    // Seed 001's title contains 基层党建: it ranks first.
    expect(hits.ids[0]).toBe('283ace0c8b823c8c');
    expect([...hits.titleHits]).toEqual(['283ace0c8b823c8c']);
    // A word that is in no seed finds nothing; one in a single seed finds that one.
    expect((await searchClipIds(db, '量子计算机')).ids).toEqual([]);
    expect((await searchClipIds(db, '牛鼻子')).ids).toEqual(['d76b1e4d59e734c6']);
  });
});

describe('incremental index', () => {
  it('follows save, edit, delete and undo', async () => {
    db = freshDb();
    const opts = { category: 'c', bodyMode: 'markdown' as const };
    await saveClip(db, clipResult(1, { text: '关于乡村振兴的报道' }), { ...opts, now: 1 });
    await saveClip(db, clipResult(2, { text: '乡村振兴 again' }), { ...opts, now: 2 });
    expect((await searchClipIds(db, '乡村振兴')).ids).toEqual([testId(2), testId(1)]);
    await updateClip(db, testId(1), { title: '乡村振兴在行动' });
    expect((await searchClipIds(db, '乡村振兴')).ids).toEqual([testId(1), testId(2)]);
    await saveClip(db, clipResult(2, { text: 'nothing relevant' }), { ...opts, now: 3 });
    expect((await searchClipIds(db, '乡村振兴')).ids).toEqual([testId(1)]);
    const deleted = await deleteClips(db, [testId(1)]);
    expect((await searchClipIds(db, '乡村振兴')).ids).toEqual([]);
    await restoreClips(db, deleted);
    expect((await searchClipIds(db, '乡村振兴')).ids).toEqual([testId(1)]);
  });
});

/** A unique Latin word for n: letters only, so it is one index term. */
function latinWord(n: number): string {
  let word = '';
  let value = n;
  do {
    word = String.fromCharCode(97 + (value % 26)) + word;
    value = Math.floor(value / 26);
  } while (value > 0);
  return `zq${word}`;
}

const HAN = Array.from(
  '天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈剑号巨阙珠称夜光果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙师火帝鸟官人皇始制文字乃服衣裳推位让国有虞陶唐吊民伐罪周发殷汤坐朝问道垂拱平章爱育黎首臣伏戎羌遐迩',
);

describe('search at scale', () => {
  // Every clip is searched for by words of its title. Titles carry a word shared by a group of
  // 10 clips (Latin and Chinese) so 2 × 1,000 searches cover all 10,000 clips; a sample of clips
  // is also searched for by its own unique word.
  it('finds each of 10,000 clips by words of its title (Latin and Chinese)', async () => {
    db = freshDb();
    const COUNT = 10_000;
    const GROUP = 10;
    const hanWord = (g: number): string =>
      HAN[Math.floor(g / HAN.length) % HAN.length]! + HAN[g % HAN.length]!;
    const files = Array.from({ length: COUNT }, (_, n) => {
      const g = Math.floor(n / GROUP);
      const text = writeSeedFile({
        frontMatter: {
          title: `${latinWord(n)} grp${latinWord(g)} 第 ${hanWord(g)} 号`,
          categories: ['news', `site${n % 10}`, 'source'],
          headimg: '',
          author: '',
          comments: false,
          date: new Date(Date.UTC(2024, 0, 1) + n * 60_000).toUTCString(),
          thumbnail: '',
        },
        body: `正文 body ${n}，关于城市 common words here。`,
      });
      return { name: seedFileName(n, testId(n), COUNT), bytes: new TextEncoder().encode(text) };
    });
    const report = await importSeedFiles(db, files, { now: 1 });
    expect(report.imported).toHaveLength(COUNT);
    for (let g = 0; g < COUNT / GROUP; g++) {
      // Newest first within equal title hits.
      const expected = Array.from({ length: GROUP }, (_, i) => testId(g * GROUP + GROUP - 1 - i));
      // Trailing space: a finished word (no prefix match), as after typing it.
      const latin = await searchClipIds(db, `grp${latinWord(g)} `);
      expect(latin.ids).toEqual(expected);
      const chinese = await searchClipIds(db, hanWord(g));
      expect(chinese.ids.slice(0, GROUP)).toEqual(expected);
      expect(expected.every((id) => chinese.titleHits.has(id))).toBe(true);
    }
    for (let n = 0; n < COUNT; n += 97) {
      expect((await searchClipIds(db, `${latinWord(n)} `)).ids).toEqual([testId(n)]);
    }
    // A common word matches every clip; the page is newest first and total counts all.
    const common = await listClips(db, { search: '城市', limit: 3 });
    expect(common.total).toBe(COUNT);
    expect(common.items.map((c) => c.id)).toEqual([
      testId(COUNT - 1),
      testId(COUNT - 2),
      testId(COUNT - 3),
    ]);
    // The list's first pages read the body postings newest segment first, only as far as the
    // page needs (10,000 clips: three segments); they must be the full ranking's slices.
    const queries = [
      '城市',
      'common wor',
      '城市 body',
      hanWord(0),
      `grp${latinWord(5)} 城市`,
      '号',
      // Title hits fill the first pages from the newest segment (whole words; as typed, a prefix
      // whose whole-word hits are none).
      '第',
      `${hanWord(7)} 号`,
      'grp',
    ];
    for (const search of queries) {
      for (const site of [undefined, 'site3']) {
        const full = await listClips(db, { search, site, limit: COUNT });
        for (const offset of [0, 60, 4000, full.total - 30]) {
          const page = await searchClipsPage(db, { search, site, offset, limit: 60 });
          const label = `"${search}" ${site ?? ''} @${offset}`;
          expect(page.items, label).toEqual(full.items.slice(offset, offset + 60));
          expect(page.more, label).toBe(offset + 60 < full.total);
          if (page.total !== undefined) expect(page.total, label).toBe(full.total);
        }
      }
    }
    // A common word's first page does not know the count yet; a late page read it all.
    expect((await searchClipsPage(db, { search: '城市', limit: 60 })).total).toBeUndefined();
    expect((await searchClipsPage(db, { search: '城市', offset: 9990, limit: 60 })).total).toBe(
      COUNT,
    );
    // Edits, deletes and undo spread over the whole collection (many segments) keep it exact.
    for (let n = 5; n < COUNT; n += 1001) {
      await updateClip(db, testId(n), { title: `renamed${latinWord(n)} 改名${hanWord(n)}` });
    }
    const deleted = await deleteClips(
      db,
      Array.from({ length: 20 }, (_, k) => testId(k * 499 + 7)),
    );
    expect((await searchClipIds(db, `${latinWord(7)} `)).ids).toEqual([]);
    await restoreClips(db, deleted);
    expect((await searchClipIds(db, `${latinWord(7)} `)).ids).toEqual([testId(7)]);
    expect((await searchClipIds(db, `renamed${latinWord(1006)} `)).ids).toEqual([testId(1006)]);
    expect((await searchClipIds(db, `${latinWord(1006)} `)).ids).toEqual([]);
    await expectIndexConsistent(db);
  }, 600_000);
});
