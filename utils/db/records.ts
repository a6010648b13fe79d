/**
 * Builds a clip's rows (summary, body, seed text) from a fresh ClipResult or from a
 * seed file's text. Pure and synchronous, so callers can prepare everything before opening a
 * transaction (no foreign awaits inside Dexie transactions).
 */
import { clipToSeedDocument, parseSeedFile, writeSeedFile } from '../seed';
import { roughPlainText, roughWordCount } from '../search/tokenize';
import type { BodyMode, ClipResult, SeedDocument, SeedFrontMatter } from '../types';
import type { ClipBody, ClipEdit, ClipSummary, SeedRow } from './types';

export interface ClipRows {
  summary: ClipSummary;
  body: ClipBody;
  seed: SeedRow;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function isoOrNull(date: string | null | undefined): string | null {
  if (!date) return null;
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export interface Placement {
  clippedAt: number;
  updatedAt: number;
  seq: number;
  hasRaw: boolean;
}

/** Rows for a clip just made by the pipeline. */
export function rowsFromClipResult(
  result: ClipResult,
  opts: { category: string; bodyMode: BodyMode },
  placement: Placement,
): ClipRows {
  const { meta } = result;
  const doc = clipToSeedDocument(
    { meta, html: result.html, markdown: result.markdown, clippedAt: placement.clippedAt },
    { bodyMode: opts.bodyMode, category: opts.category },
  );
  const fm = doc.frontMatter as SeedFrontMatter;
  const summary: ClipSummary = {
    id: result.id,
    url: result.url,
    canonicalUrl: result.canonicalUrl,
    title: meta.title,
    site: meta.siteName || hostOf(result.canonicalUrl || result.url),
    category: opts.category,
    categories: fm.categories,
    section: meta.section,
    author: fm.author,
    source: meta.source,
    publishedAt: isoOrNull(meta.publishedAt),
    date: fm.date,
    clippedAt: placement.clippedAt,
    updatedAt: placement.updatedAt,
    seq: placement.seq,
    leadImage: meta.leadImage,
    lang: meta.lang,
    excerpt: meta.excerpt,
    wordCount: result.wordCount,
    flags: [...result.flags],
    bodyMode: opts.bodyMode,
    hasFrontMatter: true,
    hasRaw: placement.hasRaw,
    origin: 'clip',
  };
  return {
    summary,
    body: { id: result.id, markdown: result.markdown, html: result.html, text: result.text },
    seed: { id: result.id, text: writeSeedFile(doc) },
  };
}

const MAX_DERIVED_TITLE = 200;

/** A body-only file's title: its first non-empty line of text. */
function titleFromBody(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? '';
  return Array.from(line.trim()).slice(0, MAX_DERIVED_TITLE).join('');
}

/** Rows for a seed file read from disk/zip. `text` is kept verbatim as the seed text. */
export function rowsFromSeedText(
  id: string,
  text: string,
  placement: Placement,
  existing?: ClipSummary,
): ClipRows {
  const doc: SeedDocument = parseSeedFile(text);
  return rowsFromSeedDocument(id, doc, text, placement, existing);
}

export function rowsFromSeedDocument(
  id: string,
  doc: SeedDocument,
  text: string,
  placement: Placement,
  existing?: ClipSummary,
): ClipRows {
  const fm = doc.frontMatter;
  const isHtml = doc.body.trimStart().startsWith('<');
  const plain = roughPlainText(doc.body);
  const title = fm ? fm.title : titleFromBody(plain);
  const categories = fm ? [...fm.categories] : [];
  const summary: ClipSummary = {
    id,
    url: existing?.url ?? '',
    canonicalUrl: existing?.canonicalUrl ?? '',
    title,
    site: categories[1] ?? '',
    category: categories[0] ?? '',
    categories,
    section: categories[2] ?? '',
    author: fm?.author ?? '',
    source: existing?.source ?? '',
    publishedAt: isoOrNull(fm?.date),
    date: fm?.date ?? '',
    clippedAt: placement.clippedAt,
    updatedAt: placement.updatedAt,
    seq: placement.seq,
    leadImage: fm ? fm.headimg || fm.thumbnail : '',
    lang: existing?.lang ?? '',
    excerpt: Array.from(plain.replace(/\s+/g, ' ')).slice(0, 200).join(''),
    wordCount: roughWordCount(plain),
    flags: existing ? [...existing.flags] : [],
    bodyMode: isHtml ? 'html' : 'markdown',
    hasFrontMatter: fm !== null,
    hasRaw: placement.hasRaw,
    origin: existing?.origin ?? 'import',
  };
  return {
    summary,
    // Imported HTML bodies keep their <div> wrapper; marked passes HTML through for the preview.
    body: { id, markdown: doc.body, html: isHtml ? doc.body : '', text: plain },
    seed: { id, text },
  };
}

/** The seed document after an edit: front matter fields replaced, body unchanged. */
export function editedSeedDocument(
  summary: ClipSummary,
  seedText: string,
  patch: ClipEdit,
): { doc: SeedDocument; summary: ClipSummary } {
  const doc = parseSeedFile(seedText);
  const fm: SeedFrontMatter = doc.frontMatter
    ? { ...doc.frontMatter }
    : {
        title: summary.title,
        categories: [...summary.categories],
        headimg: summary.leadImage,
        author: summary.author,
        comments: false,
        date: new Date(summary.clippedAt).toUTCString(),
        thumbnail: summary.leadImage,
      };
  const next: ClipSummary = { ...summary };
  if (patch.title !== undefined) {
    fm.title = patch.title;
    next.title = patch.title;
  }
  if (patch.categories !== undefined) {
    fm.categories = [...patch.categories];
    next.categories = [...patch.categories];
    next.category = patch.categories[0] ?? '';
    next.site = patch.categories[1] ?? '';
    next.section = patch.categories[2] ?? '';
  }
  if (patch.author !== undefined) {
    fm.author = patch.author;
    next.author = patch.author;
  }
  if (patch.publishedAt !== undefined) {
    const iso = isoOrNull(patch.publishedAt);
    next.publishedAt = iso;
    fm.date = new Date(iso ?? summary.clippedAt).toUTCString();
    next.date = fm.date;
  }
  next.hasFrontMatter = true;
  return { doc: { frontMatter: fm, body: doc.body }, summary: next };
}
