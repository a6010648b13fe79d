/**
 * Property tests of the seed writer: whatever a page puts in a title, author, category or URL, the
 * `yaml` parser reads back exactly the value written, and nothing a value contains splits the file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseSeedFile, writeSeedFile } from '../../../utils/seed/front-matter';
import type { SeedFrontMatter } from '../../../utils/types';

/**
 * Runs of the main property. Each run writes 5–9 random values (title, categories, author, date,
 * image URLs) and a body; the 100,000-value count of the issue is the single-value test below.
 * Set SEED_PROPERTY_RUNS=100000 for a longer soak.
 */
const RUNS = Number(process.env.SEED_PROPERTY_RUNS ?? 10_000);
/** The issue asks for 100,000 random values through writer → parser; each run is cheap. */
const SINGLE_VALUE_RUNS = Number(process.env.SEED_SINGLE_VALUE_RUNS ?? 100_000);
/** The suite runs on loaded CI machines; a property run is slow, never stuck. */
const PROPERTY_TIMEOUT_MS = 600_000;

/** The pieces that break naive front-matter writers. */
const NASTY = [
  "'",
  '"',
  '\\',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '---',
  '---\n',
  '\n---\n',
  '\n---',
  '...',
  '\n...\n',
  ': ',
  ' #',
  '#',
  '- ',
  '-',
  '? ',
  ':',
  '[',
  ']',
  '{',
  '}',
  ',',
  '*',
  '&',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  ' ',
  '  ',
  '~',
  'null',
  'true',
  'false',
  'yes',
  'no',
  'on',
  '0',
  '1.5',
  '0x1F',
  '1e3',
  '.inf',
  '.nan',
  '2022-07-17',
  '<<',
  '=',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u009f',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '😀',
  '👨‍👩‍👧',
  '🇨🇳',
  '中文',
  '\u00a0',
  '\u3000',
  'https://例子.测试/a?b=c&d#e',
];

const nastyString = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const frontMatter: fc.Arbitrary<SeedFrontMatter> = fc.record({
  title: nastyString,
  categories: fc.array(nastyString, { maxLength: 4 }),
  headimg: nastyString,
  author: nastyString,
  comments: fc.boolean(),
  date: nastyString,
  thumbnail: nastyString,
});

const body = fc.oneof(nastyString, fc.string({ unit: 'binary', maxLength: 200 }));

describe('seed writer → yaml parser', () => {
  it(
    'round-trips 100,000 random titles, authors, categories and URLs',
    () => {
      // One random value per run, written into every field a page controls at once: the issue's
      // 100,000 random values, each checked as a title, an author, a category and an image URL.
      const url = fc.oneof(
        nastyString,
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
      );
      fc.assert(
        fc.property(nastyString, url, (value, imageUrl) => {
          const fm: SeedFrontMatter = {
            title: value,
            categories: ['news', value],
            headimg: imageUrl,
            author: value,
            comments: false,
            date: 'Sun, 17 Jul 2022 02:09:00 GMT',
            thumbnail: imageUrl,
          };
          const parsed = parseSeedFile(writeSeedFile({ frontMatter: fm, body: '' }));
          expect(parsed.frontMatter).toEqual(fm);
        }),
        { numRuns: SINGLE_VALUE_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'reads back every value and the body exactly',
    () => {
      fc.assert(
        fc.property(frontMatter, body, (fm, text) => {
          const written = writeSeedFile({ frontMatter: fm, body: text });
          expect(parseSeedFile(written)).toEqual({ frontMatter: fm, body: text });
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'writes one line per value, so only the two delimiters are `---` lines',
    () => {
      fc.assert(
        fc.property(frontMatter, (fm) => {
          const written = writeSeedFile({ frontMatter: fm, body: '' });
          const lines = written.split('\n');
          const categoryLines = fm.categories.length;
          // '', '---', title, categories, …items, headimg, author, comments, date, thumbnail, '---', '', ''
          expect(lines).toHaveLength(12 + categoryLines);
          // No other line can close the block: only the delimiters are `---`.
          expect(lines.filter((line) => /^(---|\.\.\.)\s*$/.test(line))).toHaveLength(2);
          // And the yaml package alone agrees with our reading of the block.
          const block = lines.slice(2, -3).join('\n');
          const parsed = YAML.parse(block) as Record<string, unknown>;
          expect(parsed.title).toBe(fm.title);
          expect(parsed.categories).toEqual(fm.categories);
          expect(parsed.author).toBe(fm.author);
          expect(parsed.date).toBe(fm.date);
        }),
        { numRuns: Math.ceil(RUNS / 10) },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'never lets a title containing `---` lines split the file',
    () => {
      const splitter = fc.constantFrom('---\n', '\n---\n', '\n---', '\r\n---\r\n', '\n...\n');
      fc.assert(
        fc.property(nastyString, splitter, nastyString, body, (before, cut, after, text) => {
          const title = before + cut + after;
          const fm: SeedFrontMatter = {
            title,
            categories: [cut, title],
            headimg: '',
            author: title,
            comments: false,
            date: cut,
            thumbnail: '',
          };
          expect(parseSeedFile(writeSeedFile({ frontMatter: fm, body: text }))).toEqual({
            frontMatter: fm,
            body: text,
          });
        }),
        { numRuns: Math.ceil(RUNS / 10) },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'keeps body-only documents verbatim',
    () => {
      const bodyOnly = body.filter((text) => !/^\uFEFF?(?:\r?\n)?---/.test(text));
      fc.assert(
        fc.property(bodyOnly, (text) => {
          expect(parseSeedFile(writeSeedFile({ frontMatter: null, body: text }))).toEqual({
            frontMatter: null,
            body: text,
          });
        }),
        { numRuns: Math.ceil(RUNS / 10) },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
