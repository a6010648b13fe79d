/**
 * The seed file format of ../shared/seeds: an optional front-matter block followed by the body.
 *
 *   (empty line)
 *   ---
 *   title: '…'
 *   categories: ␠
 *    - <category>
 *    - <site name>
 *    - <section>
 *   headimg: '…'
 *   author: <site or author>
 *   comments: false
 *   date: <Date.prototype.toUTCString()>
 *   thumbnail: '…'
 *   ---
 *   (empty line)
 *   <body>
 *
 * Only the writer is ours; the block is read with the `yaml` package. Every value is written on a
 * single line, so no value can produce a `---` line and split the file.
 */
import YAML from 'yaml';
import type { SeedDocument, SeedFrontMatter } from '../types';
import { plainOrQuotedScalar, quotedScalar } from './yaml-scalar';

/** The front matter is present but is not YAML: the file cannot be read as a seed. */
export class SeedFormatError extends Error {
  override readonly name = 'SeedFormatError';
}

const FRONT_MATTER_KEYS = [
  'title',
  'categories',
  'headimg',
  'author',
  'comments',
  'date',
  'thumbnail',
] as const;

/** The seed file text for a document; body-only documents are written as their body alone. */
export function writeSeedFile(doc: SeedDocument): string {
  const fm = doc.frontMatter;
  if (!fm) return doc.body;
  const categoryLines =
    fm.categories.length === 0
      ? ['categories: []']
      : ['categories: ', ...fm.categories.map((category) => ` - ${plainOrQuotedScalar(category)}`)];
  const lines = [
    '',
    '---',
    `title: ${quotedScalar(fm.title)}`,
    ...categoryLines,
    `headimg: ${quotedScalar(fm.headimg)}`,
    `author: ${plainOrQuotedScalar(fm.author)}`,
    `comments: ${fm.comments ? 'true' : 'false'}`,
    `date: ${plainOrQuotedScalar(fm.date)}`,
    `thumbnail: ${quotedScalar(fm.thumbnail)}`,
    '---',
    '',
  ];
  return `${lines.join('\n')}\n${doc.body}`;
}

interface FrontMatterBlock {
  yamlText: string;
  body: string;
}

const OPENING = /^\uFEFF?(?:\r?\n)?---[ \t]*\r?\n/;
const CLOSING_LINE = /^(?:---|\.\.\.)[ \t]*$/;

/** Splits `---` … `---` off the top of the file; null when the file does not start with one. */
function splitFrontMatter(text: string): FrontMatterBlock | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  let lineStart = opening[0].length;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (CLOSING_LINE.test(line)) {
      let bodyStart = newline === -1 ? text.length : newline + 1;
      // The writer puts one empty line between the block and the body.
      if (text.startsWith('\r\n', bodyStart)) bodyStart += 2;
      else if (text.startsWith('\n', bodyStart)) bodyStart += 1;
      return { yamlText: text.slice(opening[0].length, lineStart), body: text.slice(bodyStart) };
    }
    if (newline === -1) return null;
    lineStart = newline + 1;
  }
  return null;
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toUTCString();
  return typeof value === 'string' ? value : String(value);
}

function asCategories(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value.map(asText) : [asText(value)];
}

/**
 * Reads a seed file. A file without a front-matter block (seeds 003/004), or whose `---` block is
 * not a mapping with any seed key (a Markdown rule at the top, say), is a body-only document with
 * the whole text as its body. Throws SeedFormatError when the block is not valid YAML.
 */
export function parseSeedFile(text: string): SeedDocument {
  const block = splitFrontMatter(text);
  if (!block) return { frontMatter: null, body: text };
  let data: unknown;
  try {
    data = YAML.parse(block.yamlText, { prettyErrors: false });
  } catch (error) {
    throw new SeedFormatError(
      `Front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { frontMatter: null, body: text };
  }
  const fields = data as Record<string, unknown>;
  if (!FRONT_MATTER_KEYS.some((key) => key in fields)) return { frontMatter: null, body: text };
  const frontMatter: SeedFrontMatter = {
    title: asText(fields.title),
    categories: asCategories(fields.categories),
    headimg: asText(fields.headimg),
    author: asText(fields.author),
    comments: fields.comments === true || fields.comments === 'true',
    date: asText(fields.date),
    thumbnail: asText(fields.thumbnail),
  };
  return { frontMatter, body: block.body };
}
