/**
 * A clip → the seed document it is written as. Works for the pipeline's ClipResult (just clipped)
 * and for a clip read back from storage: both satisfy SeedSource.
 */
import type { BodyMode, ClipMetadata, SeedDocument } from '../types';

/** The metadata fields a seed file shows. */
export type SeedSourceMeta = Pick<
  ClipMetadata,
  'title' | 'siteName' | 'section' | 'author' | 'publishedAt' | 'leadImage'
>;

/** What clipToSeedDocument needs from a clip. */
export interface SeedSource {
  meta: SeedSourceMeta;
  html: string;
  markdown: string;
  /** When the clip was made (ms since epoch, or a date string); the date when publishedAt is null. */
  clippedAt?: number | string | Date;
}

/** The name API.md gives the stored-clip side of clipToSeedDocument's input. */
export type StoredClipLike = SeedSource;

export interface SeedDocumentOptions {
  bodyMode: BodyMode;
  category: string;
  /** The date used when the clip has neither a publication date nor clippedAt (tests fix it). */
  now?: number;
}

function validTime(value: number | string | Date | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
}

/** The body as in the seeds: html mode wraps the cleaned HTML in a `<div>`. */
export function seedBody(
  source: Pick<SeedSource, 'html' | 'markdown'>,
  bodyMode: BodyMode,
): string {
  return bodyMode === 'html' ? `<div>\n${source.html}\n</div>` : source.markdown;
}

export function clipToSeedDocument(clip: SeedSource, opts: SeedDocumentOptions): SeedDocument {
  const { meta } = clip;
  const time = validTime(meta.publishedAt) ?? validTime(clip.clippedAt) ?? opts.now ?? Date.now();
  return {
    frontMatter: {
      title: meta.title,
      categories: [opts.category, meta.siteName, meta.section],
      headimg: meta.leadImage,
      author: meta.author || meta.siteName,
      comments: false,
      date: new Date(time).toUTCString(),
      thumbnail: meta.leadImage,
    },
    body: seedBody(clip, opts.bodyMode),
  };
}
