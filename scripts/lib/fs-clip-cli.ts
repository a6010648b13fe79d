/**
 * `npm run clip -- <page.html>... [--url U] [--out DIR] [--body markdown|html] [--category C]`:
 * saved pages → seed files, through the same pipeline as the extension.
 *
 * Each page's bytes are decoded (BOM, charset declarations, detector, mislabel and mojibake
 * repair), parsed with jsdom and clipped with clipDocument. Seed files go into --out, numbered after
 * the highest NNN already there; a page whose clip id is already in the folder overwrites that
 * file. A page that cannot be read or has no article is reported on stderr with the reason; the
 * other pages are still clipped and the exit status is 1 (2 for usage errors).
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtmlBytes } from '../../utils/encoding/decode-html';
import { clipDocument } from '../../utils/pipeline/index';
import { isNoArticleError } from '../../utils/pipeline/errors';
import { seedFileName, parseSeedFileName } from '../../utils/seed/file-name';
import { writeSeedFile } from '../../utils/seed/front-matter';
import { clipToSeedDocument } from '../../utils/seed/from-clip';
import type { BodyMode, ClipResult } from '../../utils/types';
import {
  describeFsError,
  EXIT_OK,
  EXIT_SOME_FAILED,
  EXIT_USAGE,
  type CliIo,
  UsageError,
} from './fs-cli-io';

const USAGE =
  'Usage: npm run clip -- <page.html>... [--url U] [--out DIR] [--body markdown|html] [--category C]\n';

/** Same default as the extension's settings (utils/settings.ts DEFAULT_CATEGORY). */
const DEFAULT_CATEGORY = 'news';
const DEFAULT_OUT_DIR = 'seeds-out';

export interface ClipCliArgs {
  pages: string[];
  url?: string;
  outDir: string;
  bodyMode: BodyMode;
  category: string;
}

const VALUE_OPTIONS = ['--url', '--out', '--body', '--category'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export function parseClipArgs(argv: string[], cwd: string): ClipCliArgs {
  const pages: string[] = [];
  const values: Partial<Record<ValueOption, string>> = {};
  let onlyPages = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPages || !arg.startsWith('--')) {
      pages.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPages = true;
      continue;
    }
    const [name, inlineValue] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (!VALUE_OPTIONS.includes(name as ValueOption))
      throw new UsageError(`unknown option ${name}`);
    const value = inlineValue ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    values[name as ValueOption] = value;
  }
  if (pages.length === 0) throw new UsageError('no page given');
  const body = values['--body'] ?? 'markdown';
  if (body !== 'markdown' && body !== 'html') {
    throw new UsageError(`--body must be markdown or html, not ${body}`);
  }
  if (values['--url'] !== undefined) {
    if (pages.length > 1) throw new UsageError('--url names one page; give one page with it');
    try {
      new URL(values['--url']);
    } catch {
      throw new UsageError(`--url is not an absolute URL: ${values['--url']}`);
    }
  }
  return {
    pages: pages.map((page) => path.resolve(cwd, page)),
    url: values['--url'],
    outDir: path.resolve(cwd, values['--out'] ?? DEFAULT_OUT_DIR),
    bodyMode: body,
    category: values['--category'] ?? DEFAULT_CATEGORY,
  };
}

/** A page's own address: its canonical link or og:url when absolute http(s), else its file URL. */
function pageUrl(doc: Document, filePath: string): string {
  const declared = [
    doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content'),
  ];
  for (const candidate of declared) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Relative or malformed: not an address we can use without knowing the page's own.
    }
  }
  return pathToFileURL(filePath).href;
}

/** Binary data (an image, an archive) has NUL bytes early on; HTML in UTF-8 or GBK never does. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  const isUtf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !isUtf16 && head.includes(0);
}

class PageError extends Error {
  override readonly name = 'PageError';
}

/** The seed folder's current files: which file holds each id, and the next free ordinal. */
interface SeedFolder {
  fileById: Map<string, string>;
  nextOrdinal: number;
}

async function readSeedFolder(outDir: string): Promise<SeedFolder> {
  await mkdir(outDir, { recursive: true });
  const fileById = new Map<string, string>();
  let nextOrdinal = 0;
  for (const name of await readdir(outDir)) {
    const parsed = parseSeedFileName(name);
    if (!parsed) continue;
    fileById.set(parsed.id, name);
    nextOrdinal = Math.max(nextOrdinal, parsed.ordinal + 1);
  }
  return { fileById, nextOrdinal };
}

interface ClippedPage {
  id: string;
  title: string;
  seedText: string;
}

async function clipPage(filePath: string, args: ClipCliArgs): Promise<ClippedPage> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(filePath));
  } catch (error) {
    throw new PageError(`cannot read the file: ${describeFsError(error)}`);
  }
  if (bytes.length === 0) throw new PageError('the file is empty');
  if (looksBinary(bytes)) throw new PageError('not an HTML page (the file holds binary data)');
  const { text } = decodeHtmlBytes(bytes);
  // A silent console: the page's own console calls and jsdom's CSS parse errors are not ours to print.
  const dom = new JSDOM(text, {
    url: args.url ?? pathToFileURL(filePath).href,
    virtualConsole: new VirtualConsole(),
  });
  try {
    const doc = dom.window.document;
    const url = args.url ?? pageUrl(doc, filePath);
    let clip: ClipResult;
    try {
      clip = clipDocument(doc, url, { category: args.category });
    } catch (error) {
      if (isNoArticleError(error)) throw new PageError('no article found on the page');
      throw error;
    }
    const seed = clipToSeedDocument(clip, { bodyMode: args.bodyMode, category: args.category });
    return { id: clip.id, title: clip.meta.title, seedText: writeSeedFile(seed) };
  } finally {
    dom.window.close();
  }
}

/** Writes via a temporary file so an interrupted run never leaves a half-written seed. */
async function writeAtomically(filePath: string, text: string): Promise<void> {
  const temporary = `${filePath}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, filePath);
}

export async function runClipCli(argv: string[], io: CliIo): Promise<number> {
  let args: ClipCliArgs;
  try {
    args = parseClipArgs(argv, io.cwd ?? process.cwd());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`clip: ${error.message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  let folder: SeedFolder;
  try {
    folder = await readSeedFolder(args.outDir);
  } catch (error) {
    io.stderr(`clip: cannot use the output folder ${args.outDir}: ${describeFsError(error)}\n`);
    return EXIT_SOME_FAILED;
  }
  let failed = 0;
  for (const page of args.pages) {
    try {
      const clipped = await clipPage(page, args);
      let name = folder.fileById.get(clipped.id);
      const replaced = name !== undefined;
      if (!name) {
        // Existing names keep their width; a new one gets the narrowest width that fits its
        // ordinal (3 digits up to 999), so appending never renames what is already there.
        const ordinal = folder.nextOrdinal++;
        name = seedFileName(ordinal, clipped.id, ordinal);
        folder.fileById.set(clipped.id, name);
      }
      const target = path.join(args.outDir, name);
      await writeAtomically(target, clipped.seedText);
      io.stdout(`${replaced ? 'updated' : 'wrote'} ${target}  ${clipped.title}\n`);
    } catch (error) {
      failed++;
      const reason =
        error instanceof PageError
          ? error.message
          : `clipping failed: ${error instanceof Error ? error.message : String(error)}`;
      io.stderr(`clip: ${page}: ${reason}\n`);
    }
  }
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
