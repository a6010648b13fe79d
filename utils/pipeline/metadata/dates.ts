import { jsonLdField, type JsonLdObject } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { listOf } from '../prepare/elements';

/**
 * Publication date as ISO 8601 UTC. Sources in order of trust: article metas, JSON-LD, `<time>`,
 * pubdate-style metas, then a date printed near the title (`2022年07月17日 10:09`,
 * `2022-07-17 10:09:16`). A value without a zone is local time of the site: UTC+8 for a Chinese
 * page (how Chinese outlets print times), UTC otherwise.
 */
const ARTICLE_DATE_METAS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'datepublished',
  'publish-date',
];
const OTHER_DATE_METAS = [
  'pubdate',
  'publishdate',
  'publish_date',
  'publishtime',
  'publish_time',
  'pubtime',
  'published',
  'weibo:article:create_at',
  'og:release_date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dc.date.created',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'date',
  'article:modified_time',
];

export interface DateContext {
  /** True for a Chinese page/site: zone-less times are Beijing time. */
  chinese: boolean;
  /** Latest acceptable date (ms); guards against `2099` typos and far-future widgets. */
  now?: number;
}

export function extractPublishedAt(
  /** The page's `<time>` / itemprop=datePublished value (page-facts.ts reads it with timeElementDate). */
  timeDate: string,
  tags: MetaTags,
  jsonLd: JsonLdObject[],
  nearTitle: string[],
  articlePublishedTime: string,
  context: DateContext,
): string | null {
  const structured = [
    firstMeta(tags, ARTICLE_DATE_METAS),
    jsonLdField(jsonLd, 'datePublished'),
    articlePublishedTime,
    timeDate,
    firstMeta(tags, OTHER_DATE_METAS),
    jsonLdField(jsonLd, 'dateCreated'),
  ];
  let dateOnly: string | null = null;
  for (const value of structured) {
    const iso = value ? parseDate(value, context) : null;
    if (!iso) continue;
    if (HAS_TIME.test(value) || /^\d{10,13}$/.test(value.trim())) return iso;
    dateOnly = iso;
    break;
  }
  // A bare day from a meta is less precise than the time printed under the title; the printed one
  // wins when it falls on the same day.
  for (const line of nearTitle) {
    const iso = findDateInText(line, context);
    if (!iso) continue;
    if (!dateOnly) return iso;
    const distance = Date.parse(iso) - Date.parse(dateOnly);
    if (distance >= 0 && distance < 86_400_000) return iso;
  }
  return dateOnly;
}

const HAS_TIME = /\d{1,2}\s*[:：时]\s*\d{2}/;

/** `<time pubdate>` / itemprop=datePublished first, else the first `<time datetime>`. */
/**
 * The date a `<time>` or an itemprop=datePublished element gives. In two parts so page-facts.ts can
 * find the itemprop element in the one walk it shares with the other page lookups: `pubdate` is the
 * `<time pubdate>` / `<time itemprop=datePublished>` value (null when none), `firstTime` the first
 * `<time datetime>`; the itemprop element is only looked for when `pubdate` is null.
 */
export function readTimeElements(doc: Document): { pubdate: string | null; firstTime: string } {
  return timeElementDates(listOf(doc.getElementsByTagName('time')));
}

/** readTimeElements from the page's `<time>` elements in document order (readPageFacts lists them). */
export function timeElementDates(times: readonly Element[]): {
  pubdate: string | null;
  firstTime: string;
} {
  let firstTime = '';
  for (const time of times) {
    const value = (time.getAttribute('datetime') ?? '').trim();
    if (
      time.hasAttribute('pubdate') ||
      /\bdatePublished\b/.test(time.getAttribute('itemprop') ?? '')
    ) {
      return { pubdate: value || (time.textContent ?? '').trim(), firstTime };
    }
    if (value && !firstTime) firstTime = value;
  }
  return { pubdate: null, firstTime };
}

/**
 * itemprop=datePublished on other elements (`<span itemprop content>`, `<meta>` is read as a tag):
 * the element's date, '' when it is not one or gives none (the walk then goes on).
 */
export function itemDatePublished(el: Element): string {
  if (!/\bdatePublished\b/.test(el.getAttribute('itemprop') ?? '')) return '';
  return (el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '').trim();
}

const NUMERIC_DATE =
  /(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?(?:(?:\s*|T|\s*[日号]\s*)(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}(?:\.\d+)?))?)?\s*(Z|[+-]\d{2}:?\d{2}|GMT|UTC)?(?![\d])/i;

/** Parses a metadata date value; null when it is not a plausible date. */
export function parseDate(value: string, context: DateContext): string | null {
  const text = value.trim();
  if (!text) return null;
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    // Unix time in seconds or milliseconds (some sites' pubdate metas).
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    return plausible(ms, context);
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/.exec(text);
  if (compact) {
    const [, y, mo, d, h, mi, s] = compact;
    return fromParts(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), null, context);
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return fromMatch(numeric, context);
  // RFC 1123 and other forms with month names: only trusted when they carry a zone.
  const ms = Date.parse(text);
  if (!Number.isNaN(ms)) {
    if (/(?:GMT|UTC|Z\b|[+-]\d{2}:?\d{2}\b|\b[A-Z]{2,4}T\b)/.test(text))
      return plausible(ms, context);
    const local = new Date(ms);
    return fromParts(
      local.getFullYear(),
      local.getMonth() + 1,
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
      null,
      context,
    );
  }
  return null;
}

/** The first date printed in a line of text (`发布时间：2022年07月17日 10:09`). */
export function findDateInText(text: string, context: DateContext): string | null {
  const pattern = new RegExp(NUMERIC_DATE.source, 'gi');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // A date run into other digits (a phone or an id) is not a date.
    if (/\d[-/.:]?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const iso = fromMatch(m, context);
    if (iso) return iso;
  }
  return null;
}

function fromMatch(m: RegExpExecArray, context: DateContext): string | null {
  const [, y, mo, d, h, mi, s, zone] = m;
  return fromParts(
    +y!,
    +mo!,
    +d!,
    +(h ?? 0),
    +(mi ?? 0),
    Math.floor(+(s ?? 0)),
    zone ?? null,
    context,
  );
}

function fromParts(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  zone: string | null,
  context: DateContext,
): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
    return null;
  let offsetMinutes = context.chinese ? 8 * 60 : 0;
  if (zone) {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    offsetMinutes = z ? (z[1] === '-' ? -1 : 1) * (+z[2]! * 60 + +z[3]!) : 0;
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  // Reject rollovers such as 2022-02-31.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return plausible(ms, context);
}

function plausible(ms: number, context: DateContext): string | null {
  if (!Number.isFinite(ms)) return null;
  const now = context.now ?? Date.now();
  // The web's first news pages are from the 1990s; two days of slack absorbs zone differences.
  if (ms < Date.UTC(1990, 0, 1) || ms > now + 2 * 86_400_000) return null;
  return new Date(ms).toISOString();
}
