// @vitest-environment jsdom
/**
 * Front matter fuzz through the WHOLE pipeline (issue 5): hostile page titles and metadata
 * (<title>, og:title, author, og:site_name, article:published_time, og:image, the <h1>) and a
 * hostile collection category → clipDocument → saveClip → the stored seed file → the `yaml`
 * parser → import into an empty collection. The seed file always parses, has exactly one front
 * matter block, its values are the stored values (normalized by the pipeline on purpose, never
 * cut by the writer), and the import reproduces the file byte for byte.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { getClip, saveClip } from '@/utils/db/repository';
import { importSeedFiles } from '@/utils/import';
import { clipDocument } from '@/utils/pipeline/index';
import { parseSeedFile } from '@/utils/seed/front-matter';
import { seedFileName } from '@/utils/seed/file-name';
import { freshDb } from '../db/helpers';

/** Each run builds a page in jsdom and clips it (~50 ms); SEED_PIPELINE_RUNS=2000 for a soak. */
const RUNS = Number(process.env.SEED_PIPELINE_RUNS ?? 150);

const NASTY = [
  "'",
  '"',
  '\\',
  '\n',
  '\r\n',
  '\t',
  '---',
  '\n---\n',
  '...',
  ': ',
  ' #',
  '- ',
  '? ',
  '&anchor',
  '*alias',
  '!!str',
  '|',
  '>',
  '%YAML 1.2',
  '@',
  '`',
  '{a: 1}',
  '[a, b]',
  'null',
  'true',
  '~',
  '1e3',
  '0x1F',
  '2024-01-01',
  '\u2028',
  '\u0085',
  '\ufeff',
  '\u200b',
  '\u202e',
  '\u0000',
  '\u0007',
  '</title><script>alert(1)</script>',
  '<b>bold</b>',
  '&amp;&lt;',
  '标题：新闻',
  '𠮷',
  '\ud800',
  ' ',
];

const nasty = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 12 })), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

const PARAGRAPHS = [
  '市政府周二宣布，东部新城的有轨电车线路将于明年春天正式开工建设，全长十八公里，设车站十六座。',
  '项目负责人介绍，线路建成后，从新城到老城区的通勤时间将从一个小时缩短到二十五分钟左右。',
  'The council said the line would be built in two stages, with the first stations opening in 2027.',
];

interface PageMeta {
  title: string;
  ogTitle: string;
  author: string;
  site: string;
  published: string;
  image: string;
  heading: string;
  category: string;
}

/** A page whose metadata is set through the DOM, so any string arrives exactly as a page has it. */
function buildPage(meta: PageMeta): JSDOM {
  const dom = new JSDOM('<!doctype html><html lang="zh-CN"><head></head><body></body></html>', {
    url: 'https://news.example.cn/2024/05/01/tram.html',
    virtualConsole: new VirtualConsole(),
  });
  const doc = dom.window.document;
  doc.title = meta.title;
  const metas: [string, string, string][] = [
    ['property', 'og:title', meta.ogTitle],
    ['name', 'author', meta.author],
    ['property', 'og:site_name', meta.site],
    ['property', 'article:published_time', meta.published],
    ['property', 'og:image', meta.image],
  ];
  for (const [attr, key, value] of metas) {
    const tag = doc.createElement('meta');
    tag.setAttribute(attr, key);
    tag.setAttribute('content', value);
    doc.head.append(tag);
  }
  const article = doc.createElement('article');
  const h1 = doc.createElement('h1');
  h1.textContent = meta.heading;
  article.append(h1);
  for (const text of PARAGRAPHS) {
    const p = doc.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  doc.body.append(article);
  return dom;
}

/** Lone surrogates replaced (encodeURIComponent throws on them). */
const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

const page = fc.record({
  title: nasty,
  ogTitle: nasty,
  author: nasty,
  site: nasty,
  published: fc.oneof(nasty, fc.constant('2024-05-01T08:00:00+08:00')),
  image: fc.oneof(
    nasty,
    nasty.map((s) => `https://img.example.cn/${encodeURIComponent(wellFormed(s))}.jpg`),
    fc.constant("javascript:alert('x')"),
  ),
  heading: nasty,
  category: nasty,
});

/** Front matter delimiter lines of a seed file, before its body. */
function delimiterLines(text: string): number {
  const lines = text.split('\n');
  let count = 0;
  for (const line of lines) {
    if (line === '---') count++;
    if (count === 2) break;
  }
  return count;
}

describe('hostile page metadata through the whole pipeline → seed file → yaml → import', () => {
  const dbs: { close(): void }[] = [];
  afterAll(() => dbs.forEach((db) => db.close()));

  it(
    'never corrupts the seed file; import reproduces it byte for byte',
    { timeout: 600_000 },
    async () => {
      const source = freshDb();
      const target = freshDb();
      dbs.push(source, target);
      let ordinal = 0;
      await fc.assert(
        fc.asyncProperty(page, async (meta) => {
          const dom = buildPage(meta);
          const result = clipDocument(dom.window.document, dom.window.location.href);
          dom.window.close();
          // A different URL per run, so every run is a new clip in both collections.
          ordinal += 1;
          const id = ordinal.toString(16).padStart(16, '0');
          const saved = await saveClip(
            source,
            { ...result, id },
            { category: meta.category, bodyMode: 'markdown', now: 1_700_000_000_000 },
          );
          const seedText = saved.clip.seedText;

          // One front matter block, and `yaml` alone reads it.
          expect(seedText.startsWith('\n---\n')).toBe(true);
          expect(delimiterLines(seedText)).toBe(2);
          const block = seedText.slice(5, seedText.indexOf('\n---\n', 5));
          const yaml = YAML.parse(block) as Record<string, unknown>;
          expect(Object.keys(yaml)).toEqual([
            'title',
            'categories',
            'headimg',
            'author',
            'comments',
            'date',
            'thumbnail',
          ]);

          // The file says what the collection shows.
          const parsed = parseSeedFile(seedText);
          const fm = parsed.frontMatter;
          expect(fm?.title).toBe(saved.clip.title);
          expect(fm?.title).toBe(result.meta.title);
          expect(fm?.categories).toEqual(saved.clip.categories);
          expect(fm?.categories).toEqual([
            meta.category,
            result.meta.siteName,
            result.meta.section,
          ]);
          expect(fm?.author).toBe(result.meta.author || result.meta.siteName);
          expect(fm?.headimg).toBe(result.meta.leadImage);
          expect(fm?.date).toBe(saved.clip.date);
          expect(fm?.date).not.toContain('Invalid');
          expect(parsed.body).toBe(saved.clip.markdown);
          // Normalized on purpose: a title is one line; a lead image is http(s) or nothing.
          expect(result.meta.title).not.toMatch(/[\r\n]/);
          expect(result.meta.leadImage).toMatch(/^(https?:\/\/|$)/);

          // Import into an empty collection: accepted, and the stored file is byte-identical.
          const name = seedFileName(ordinal, id, 1000);
          const fileBytes = new TextEncoder().encode(seedText);
          const report = await importSeedFiles(target, [{ name, bytes: fileBytes }]);
          expect(report.invalid, JSON.stringify(report.invalid)).toEqual([]);
          expect(report.imported.map((file) => file.id)).toEqual([id]);
          const imported = await getClip(target, id);
          // Compared as the bytes an export writes: UTF-8 turns a lone surrogate a page had into
          // U+FFFD once, and from then on the text is stable.
          expect(new TextEncoder().encode(imported?.seedText)).toEqual(fileBytes);
          expect(imported?.title).toBe(saved.clip.title);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
