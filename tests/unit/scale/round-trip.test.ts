// @vitest-environment node
/**
 * Correctness at scale (issue 4): a 10,000-clip collection in fake-indexeddb survives
 * export → import with nothing lost or changed, the re-imported index finds clips by their title
 * words, and a second directory export of the unchanged collection writes nothing.
 * (Finding each of 10,000 clips by a title word in one db is tests/unit/search/search.test.ts.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listClips } from '@/utils/db/repository';
import type { SeedDb } from '@/utils/db/schema';
import { exportToDirectory, type ExportDirectoryHandle } from '@/utils/export/folder';
import { exportZip } from '@/utils/export/zip';
import { importSeedFiles, importZip } from '@/utils/import';
import { searchClipIds } from '@/utils/search/search';
import { clipIdForUrlSync, seedFileName, writeSeedFile } from '@/utils/seed';
import { freshDb } from '../db/helpers';

const COUNT = 10_000;
const SCALE_TIMEOUT = 900_000;
const HAN = '国家经济社会发展城市科技文化教育交通环境农业工业市场金融健康体育';
const SITES = ['新华网', '人民网', 'The Guardian', 'BBC News', '澎湃新闻', 'Reuters'];

/** A distinct pronounceable Latin word per n (letters only, so it is one search term). */
function latinWord(n: number): string {
  const syllables = ['ka', 'lo', 'mi', 'su', 're', 'no', 'ta', 've', 'zi', 'po'];
  let word = 'q';
  let rest = n;
  do {
    word += syllables[rest % 10];
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  return word;
}

function seedText(n: number): string {
  const han = HAN[n % HAN.length]! + HAN[(n * 7 + 3) % HAN.length]!;
  const site = SITES[n % SITES.length]!;
  return writeSeedFile({
    frontMatter: {
      // Titles that need YAML quoting now and then (colon, quotes, #) must round-trip too.
      title: `${latinWord(n)} ${han}报道 #${n}${n % 13 === 0 ? ': "quoted"' : ''}`,
      categories: [n % 2 ? 'news' : '金融', site, n % 3 ? '要闻' : 'source'],
      headimg: n % 5 ? '' : `https://img.example/${n}.jpg`,
      author: site,
      comments: false,
      date: new Date(Date.UTC(2022, 0, 1) + n * 3_600_000).toUTCString(),
      thumbnail: '',
    },
    body: `第${n}篇。${han}的正文，关于${HAN.slice(n % 10, (n % 10) + 6)}。\n\nParagraph ${n} of the body, with *emphasis* and a [link](https://example.org/${n}).\n`,
  });
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

let source: SeedDb | undefined;
let target: SeedDb | undefined;
afterEach(() => {
  source?.close();
  target?.close();
});

/** An in-memory directory handle counting what the export writes. */
function memoryDirectory(): {
  dir: ExportDirectoryHandle;
  files: Map<string, string>;
  writes: () => number;
} {
  const files = new Map<string, string>();
  let writes = 0;
  const dir: ExportDirectoryHandle = {
    async getFileHandle(name, options) {
      if (!files.has(name) && !options?.create) {
        throw new DOMException(`${name} not found`, 'NotFoundError');
      }
      return {
        async createWritable() {
          const parts: string[] = [];
          return {
            async write(data) {
              parts.push(typeof data === 'string' ? data : decoder.decode(data));
            },
            async close() {
              writes += 1;
              files.set(name, parts.join(''));
            },
          };
        },
        async getFile() {
          const text = files.get(name) ?? '';
          return { text: async () => text };
        },
      };
    },
    async removeEntry(name) {
      files.delete(name);
    },
  };
  return { dir, files, writes: () => writes };
}

describe(`a ${COUNT.toLocaleString()}-clip collection`, () => {
  it(
    'round-trips export → import with every file, name, seed text and summary unchanged',
    async () => {
      source = freshDb();
      const names: string[] = [];
      const texts = new Map<string, string>();
      const files = Array.from({ length: COUNT }, (_, n) => {
        const id = clipIdForUrlSync(`https://scale.example/${n}`);
        const name = seedFileName(n, id, COUNT);
        const text = seedText(n);
        names.push(name);
        texts.set(name, text);
        return { name, bytes: encoder.encode(text) };
      });
      const first = await importSeedFiles(source, files, { now: 1_700_000_000_000 });
      expect(first.imported).toHaveLength(COUNT);
      expect(first.invalid).toEqual([]);

      const zip = new Uint8Array(await (await exportZip(source)).arrayBuffer());
      target = freshDb();
      const progress: number[] = [];
      const second = await importZip(target, zip, {
        now: 1_700_000_000_000,
        onProgress: (p) => {
          if (p.phase === 'write') progress.push(p.done);
        },
      });
      expect(second.imported).toHaveLength(COUNT);
      expect(second.invalid).toEqual([]);
      expect(second.skipped).toEqual([]);
      expect(progress.at(-1)).toBe(COUNT);
      // The zip's names are the original names (same order, same ids).
      expect(second.imported.map((file) => file.name)).toEqual(names);

      // Every seed text byte-identical, in both databases.
      const ids = second.imported.map((file) => file.id);
      const [sourceSeeds, targetSeeds] = await Promise.all([
        source.seeds.bulkGet(ids),
        target.seeds.bulkGet(ids),
      ]);
      names.forEach((name, index) => {
        expect(targetSeeds[index]?.text, name).toBe(texts.get(name));
        expect(sourceSeeds[index]?.text, name).toBe(texts.get(name));
      });

      // Summaries: same list, same order, same visible fields.
      const pick = (row: {
        id: string;
        title: string;
        site: string;
        categories: string[];
        date: string;
      }) => [row.id, row.title, row.site, row.categories.join('|'), row.date].join('\n');
      const [before, after] = await Promise.all([
        listClips(source, { limit: COUNT }),
        listClips(target, { limit: COUNT }),
      ]);
      expect(after.total).toBe(COUNT);
      expect(after.items.map(pick)).toEqual(before.items.map(pick));

      // The re-imported index: a sample of clips, each found by the Latin word of its title, first.
      for (let n = 0; n < COUNT; n += 97) {
        const hits = await searchClipIds(target, latinWord(n));
        expect(hits.ids[0], latinWord(n)).toBe(ids[n]);
      }
    },
    SCALE_TIMEOUT,
  );

  it(
    'exports to a directory once; the second export of the unchanged collection writes nothing',
    async () => {
      source = freshDb();
      const files = Array.from({ length: COUNT }, (_, n) => {
        const id = clipIdForUrlSync(`https://scale.example/${n}`);
        return { name: seedFileName(n, id, COUNT), bytes: encoder.encode(seedText(n)) };
      });
      await importSeedFiles(source, files, { now: 1_700_000_000_000 });
      const { dir, files: written, writes } = memoryDirectory();
      const first = await exportToDirectory(source, dir);
      expect(first.written).toBe(COUNT);
      const writesAfterFirst = writes();
      const second = await exportToDirectory(source, dir);
      expect(second).toMatchObject({ written: 0, unchanged: COUNT, removed: 0 });
      // Nothing but (at most) the export's own manifest was rewritten.
      expect(writes() - writesAfterFirst).toBeLessThanOrEqual(1);
      expect([...written.keys()].filter((name) => name.endsWith('.txt'))).toHaveLength(COUNT);
    },
    SCALE_TIMEOUT,
  );
});
