/**
 * The shapes the storage layer stores and hands out. A clip is split over tables so the list view
 * reads only the small summary row (`clips`), never a body.
 */
import type { BodyMode, QualityFlag } from '../types';

/** One row of `clips`: everything the list, filters and facets need; no body. */
export interface ClipSummary {
  /** First 16 hex digits of SHA-256 of the canonical URL (or of the imported file's content). */
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  /** Site name (front matter `categories[1]`); '' when unknown. Indexed for the site filter. */
  site: string;
  /** The user's category (front matter `categories[0]`); '' when unknown. Indexed. */
  category: string;
  /** Front matter `categories` as written: [category, site name, section]. */
  categories: string[];
  section: string;
  author: string;
  /** 来源 line, metadata only. */
  source: string;
  /** ISO 8601 or null. Indexed. */
  publishedAt: string | null;
  /** The front matter `date` string as written (RFC 1123), '' for body-only clips. */
  date: string;
  /** When the clip was first made (ms since epoch). A re-clip keeps it. Indexed. */
  clippedAt: number;
  /** When the clip was last re-clipped, edited or re-imported (ms since epoch). */
  updatedAt: number;
  /**
   * Schema v2: the clip's place in the collection, unique and increasing in clippedAt order (ties
   * in import order). Export numbering and the newest-first list follow it.
   */
  seq: number;
  leadImage: string;
  lang: string;
  excerpt: string;
  wordCount: number;
  flags: QualityFlag[];
  bodyMode: BodyMode;
  /** Whether the seed file has a front-matter block (seeds 003/004 do not). */
  hasFrontMatter: boolean;
  /** Whether a compressed copy of the page HTML is kept in `raw`. */
  hasRaw: boolean;
  /** 'clip' (made in the browser), 'import' (read from a seed file) or 'restore' (from a backup). */
  origin: 'clip' | 'import' | 'restore';
}

/** One row of `bodies`: loaded only for preview/edit/copy. */
export interface ClipBody {
  id: string;
  markdown: string;
  html: string;
  /** Plain text (what the search index is built from, besides the title). */
  text: string;
}

/** One row of `seeds`: the exact seed file text an export writes (verbatim for imported files). */
export interface SeedRow {
  id: string;
  text: string;
}

/** One row of `raw`: the page HTML, gzip-compressed with fflate. */
export interface RawRow {
  id: string;
  gzip: Uint8Array;
  /** Uncompressed size in UTF-8 bytes. */
  size: number;
}

/**
 * The key of a `postings` row (schema v3): a bucket of index terms and a segment of seqs
 * (utils/search/index-writer.ts).
 */
export type PostingKey = [bucket: string, segment: number];

/** A clip with its body and seed text, as getClip returns it. */
export interface StoredClip extends ClipSummary {
  markdown: string;
  html: string;
  text: string;
  /** The seed file text export writes for this clip. */
  seedText: string;
}

/** What the user may edit in the preview. Absent fields are left as they are. */
export interface ClipEdit {
  title?: string;
  /** [category, site name, section]; categories[0] becomes the clip's category, [1] its site. */
  categories?: string[];
  author?: string;
  /** ISO 8601 (or anything Date parses), or null to fall back to clippedAt. */
  publishedAt?: string | null;
}

/** Every row of some deleted clips, kept by the UI so "Undo" can put them back exactly. */
export interface DeletedClips {
  clips: ClipSummary[];
  bodies: ClipBody[];
  seeds: SeedRow[];
  raw: RawRow[];
}

/** Progress of a long operation (export, import, backup). */
export interface Progress {
  /** What is being done: 'validate' | 'write' | 'export' | 'backup' | 'restore'. */
  phase: string;
  done: number;
  total: number;
}

export type ProgressCallback = (progress: Progress) => void;
