import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseSeedFile, SeedFormatError, writeSeedFile } from '../../../utils/seed/front-matter';
import type { SeedDocument, SeedFrontMatter } from '../../../utils/types';

const SHARED_SEEDS = path.resolve(__dirname, '../../../../shared/seeds');

const ordinary: SeedFrontMatter = {
  title: '示例标题：一个普通的新闻',
  categories: ['新媒体', 'ZAKER', 'source'],
  headimg: 'https://example.com/img/a_1024.jpg',
  author: 'ZAKER',
  comments: false,
  date: 'Sun, 17 Jul 2022 02:09:16 GMT',
  thumbnail: 'https://example.com/img/a_1024.jpg',
};

/** The exact byte layout of ../shared/seeds/000–002, with made-up values. */
const ORDINARY_FILE = [
  '',
  '---',
  "title: '示例标题：一个普通的新闻'",
  'categories: ',
  ' - 新媒体',
  ' - ZAKER',
  ' - source',
  "headimg: 'https://example.com/img/a_1024.jpg'",
  'author: ZAKER',
  'comments: false',
  'date: Sun, 17 Jul 2022 02:09:16 GMT',
  "thumbnail: 'https://example.com/img/a_1024.jpg'",
  '---',
  '',
  '<div>   ',
  '<p>正文</p>',
  '</div>',
  '     ',
].join('\n');

describe('writeSeedFile', () => {
  it('writes ordinary values in the byte format of the seeds', () => {
    const doc: SeedDocument = {
      frontMatter: ordinary,
      body: '<div>   \n<p>正文</p>\n</div>\n     ',
    };
    expect(writeSeedFile(doc)).toBe(ORDINARY_FILE);
  });

  it('writes a body-only document as its body', () => {
    expect(writeSeedFile({ frontMatter: null, body: '\n\n正文\n' })).toBe('\n\n正文\n');
  });

  const lineOf = (fm: Partial<SeedFrontMatter>, key: string): string => {
    const text = writeSeedFile({ frontMatter: { ...ordinary, ...fm }, body: '' });
    return text.split('\n').find((line) => line.startsWith(`${key}: `)) ?? '';
  };

  it.each([
    ["it's", "title: 'it''s'"],
    ['say "hi"', `title: 'say "hi"'`],
    ['a: b # c', "title: 'a: b # c'"],
    [' padded ', "title: ' padded '"],
    ['line\nbreak', 'title: "line\\nbreak"'],
    ['tab\there', 'title: "tab\\there"'],
    ['rtl \u202e override', 'title: "rtl \\u202E override"'],
    ['zero\u200bwidth', 'title: "zero\\u200Bwidth"'],
    ['bom\ufeff', 'title: "bom\\uFEFF"'],
    ['sep\u2028arator', 'title: "sep\\u2028arator"'],
    ['nel\u0085', 'title: "nel\\u0085"'],
    ['lone \ud800', 'title: "lone \\ud800"'],
    ['tag \u{e0061}', 'title: "tag \\U000E0061"'],
  ])('quotes title %j as %s', (title, line) => {
    expect(lineOf({ title }, 'title')).toBe(line);
  });

  it.each([
    ['新华社', 'author: 新华社'],
    ['123', "author: '123'"],
    ['true', "author: 'true'"],
    ['yes', "author: 'yes'"],
    ['null', "author: 'null'"],
    ['~', "author: '~'"],
    ['', "author: ''"],
    ['- dash', "author: '- dash'"],
    ['a: b', "author: 'a: b'"],
    ['a #b', "author: 'a #b'"],
    ['@handle', "author: '@handle'"],
    ['`code`', "author: '`code`'"],
    ['%x', "author: '%x'"],
    ["'q", "author: '''q'"],
    ['"q', `author: '"q'`],
    ['trailing ', "author: 'trailing '"],
    ['---', "author: '---'"],
    ['2022-07-17', "author: '2022-07-17'"],
    ['x\ny', 'author: "x\\ny"'],
  ])('writes author %j as %s', (author, line) => {
    expect(lineOf({ author }, 'author')).toBe(line);
  });

  it('quotes category list items that would not survive plain', () => {
    const text = writeSeedFile({
      frontMatter: { ...ordinary, categories: ['- x', '1.5', 'plain'] },
      body: '',
    });
    expect(text).toContain("categories: \n - '- x'\n - '1.5'\n - plain\n");
  });

  it('writes an empty category list as a flow list', () => {
    const text = writeSeedFile({ frontMatter: { ...ordinary, categories: [] }, body: '' });
    expect(parseSeedFile(text).frontMatter?.categories).toEqual([]);
  });

  it('reads back every escaped value through the yaml parser', () => {
    const fm: SeedFrontMatter = {
      title: "'---\n---\n'\"\\ #: \u202e\u200b😀",
      categories: ['- a', '? b', ': c', '[d', '{e', '&f', '*g', '!h', '|i', '>j', '%k', '@l', '`m'],
      headimg: "https://x.test/a'b.jpg",
      author: ' #x',
      comments: true,
      date: 'null',
      thumbnail: '',
    };
    const text = writeSeedFile({ frontMatter: fm, body: 'body' });
    const block = text.split('\n---\n')[1] ?? '';
    expect(YAML.parse(block)).toEqual(fm);
    expect(parseSeedFile(text)).toEqual({ frontMatter: fm, body: 'body' });
  });
});

describe('parseSeedFile', () => {
  it('reads the fields and the body', () => {
    expect(parseSeedFile(ORDINARY_FILE)).toEqual({
      frontMatter: ordinary,
      body: '<div>   \n<p>正文</p>\n</div>\n     ',
    });
  });

  it('reads a file without front matter as a body-only document', () => {
    const text = '\n\n第一段\n\n## 小标题\n\n第二段';
    expect(parseSeedFile(text)).toEqual({ frontMatter: null, body: text });
  });

  it('reads a Markdown rule at the top as body, not front matter', () => {
    const text = '---\njust a paragraph\n---\n\ntext';
    expect(parseSeedFile(text)).toEqual({ frontMatter: null, body: text });
  });

  it('reads CRLF files', () => {
    const text = ORDINARY_FILE.replace(/\n/g, '\r\n');
    const doc = parseSeedFile(text);
    expect(doc.frontMatter).toEqual(ordinary);
    expect(doc.body).toBe('<div>   \r\n<p>正文</p>\r\n</div>\r\n     ');
  });

  it('coerces hand-written values to the field types', () => {
    const doc = parseSeedFile('---\ntitle: 42\ncategories: news\ncomments: true\n---\nbody');
    expect(doc.frontMatter).toEqual({
      title: '42',
      categories: ['news'],
      headimg: '',
      author: '',
      comments: true,
      date: '',
      thumbnail: '',
    });
    expect(doc.body).toBe('body');
  });

  it('rejects front matter that is not YAML', () => {
    expect(() => parseSeedFile('\n---\ntitle: "unterminated\n---\n\nbody')).toThrow(
      SeedFormatError,
    );
  });
});

const sharedSeedNames = existsSync(SHARED_SEEDS)
  ? readdirSync(SHARED_SEEDS).filter((name) => name.endsWith('.txt'))
  : [];

describe.skipIf(sharedSeedNames.length === 0)('../shared/seeds', () => {
  it('has the five seed files', () => {
    expect(sharedSeedNames).toHaveLength(5);
  });

  it.each(sharedSeedNames)('%s round-trips byte for byte', (name) => {
    const text = readFileSync(path.join(SHARED_SEEDS, name), 'utf8');
    const doc = parseSeedFile(text);
    expect(doc.frontMatter === null).toBe(/^00[34]_/.test(name));
    expect(writeSeedFile(doc)).toBe(text);
  });
});
