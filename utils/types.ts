/**
 * The data shapes shared by the pipeline, the storage layer, the extension and the scripts.
 * Kept in one file so every context agrees on them; nothing here touches a browser API.
 */

/** Why a clip may be worth a second look; shown in the list and stored with the clip. */
export type QualityFlag =
  | 'too-short' // fewer than TOO_SHORT_WORDS words after cleaning
  | 'login-wall' // login / captcha / paywall text detected
  | 'placeholders' // lazy-image placeholders left in the body
  | 'whole-page' // no article found; the whole page was clipped on request
  | 'selection'; // the clip is the user's selection only

export type BodyMode = 'markdown' | 'html';

/** What the metadata stage reads off a page. Dates are ISO 8601 strings (UTC) or null. */
export interface ClipMetadata {
  title: string;
  siteName: string;
  /** Section from article:section / breadcrumbs; 'source' when unknown (as in seed 000). */
  section: string;
  /** Byline or 来源; the seed's `author` falls back to siteName when empty. */
  author: string;
  /** 来源 line (e.g. 新华社), kept as metadata even though the line leaves the body. */
  source: string;
  publishedAt: string | null;
  /** Absolute URL of the lead image, or '' when the page has none. */
  leadImage: string;
  lang: string;
  excerpt: string;
}

/** The pipeline's result: plain data, safe to post between extension contexts. */
export interface ClipResult {
  /** The page URL the clip was made from. */
  url: string;
  /** Canonical URL (same-site <link rel=canonical> / og:url, else url), normalized. */
  canonicalUrl: string;
  /** First 16 hex digits of SHA-256 of the canonical URL: the stable id and dedupe key. */
  id: string;
  meta: ClipMetadata;
  /** Cleaned article HTML (a fragment, no <html>/<body>). */
  html: string;
  /** Markdown of the cleaned article. */
  markdown: string;
  /** Plain text of the cleaned article (what the evaluation scores). */
  text: string;
  /** Words, CJK characters counting as one word each. */
  wordCount: number;
  flags: QualityFlag[];
}

/** One seed file's content: front matter fields plus the body, as in ../shared/seeds. */
export interface SeedDocument {
  /** null when the file has no front matter (seeds 003/004): body-only clip. */
  frontMatter: SeedFrontMatter | null;
  body: string;
}

export interface SeedFrontMatter {
  title: string;
  /** [category, site name, section] — written as a YAML list. */
  categories: string[];
  headimg: string;
  author: string;
  comments: boolean;
  /** RFC 1123 (`Date.prototype.toUTCString()`), kept as the written string to round-trip. */
  date: string;
  thumbnail: string;
}
