import { firstMeta, normalizeSpace, type MetaTags } from './meta-tags';

/**
 * The article title without the site decoration pages add to `<title>` (` - 新华网`,
 * `_中国_环球网`, `| The Site`). No list of sites: a trailing (or leading) segment goes when it
 * names the site — it matches og:site_name / application-name / the known outlet name / the host,
 * or looks like a site name (ends in 网, 频道, 新闻 …) — and once a site segment went, the short
 * channel labels before it (`_中国`) go too. An h1 that the title starts with wins outright.
 */
export interface TitleContext {
  /** Names the site goes by (og:site_name, application-name, table name). */
  siteNames: string[];
  /** The page host without www. */
  host: string;
  /** Texts of the page's first h1 headings. */
  headings: string[];
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
// Separators: spaced dashes/bars/bullets, bars and underscores (spaced or not), and an unspaced
// single dash next to CJK (标题-新华网). `——` inside a Chinese title is punctuation, not a separator.
const SEPARATOR = new RegExp(
  `(\\s+[|｜·•»/\\\\\\-–—]\\s+|\\s*[|｜_]\\s*|\\s+--+\\s+|\\s*-{2,}\\s*|(?<=[${CJK}）)])\\s*(?<![-—])[-－–—](?![-—])\\s*|\\s*(?<![-—])[-－–—](?![-—])\\s*(?=[${CJK}]))`,
);
const SITE_LIKE_ENDING =
  /(?:网|网站|频道|新闻|资讯|在线|日报|晚报|早报|时报|商报|周刊|门户|官网|首页|论坛|社区|博客)$/;

export function extractTitle(
  /** The `<title>` element's text, whitespace-normalized. */
  titleElementText: string,
  tags: MetaTags,
  context: TitleContext,
  articleTitle: string,
): string {
  const candidates = [
    firstMeta(tags, ['og:title', 'twitter:title', 'headline', 'dc.title']),
    titleElementText,
    normalizeSpace(articleTitle),
    context.headings[0] ?? '',
  ];
  for (const raw of candidates) {
    if (!raw) continue;
    const title = stripTitleDecoration(raw, context);
    // A title that is only the site's name (home-page style og:title) says nothing about the article.
    if (title && !context.siteNames.some((name) => sameText(name, title))) return title;
  }
  return candidates.find(Boolean) ?? '';
}

export function stripTitleDecoration(raw: string, context: TitleContext): string {
  const title = normalizeSpace(raw);
  for (const heading of context.headings) {
    if (heading.length < 4) continue;
    if (title === heading) return title;
    const rest = title.startsWith(heading)
      ? title.slice(heading.length)
      : title.endsWith(heading)
        ? title.slice(0, title.length - heading.length)
        : null;
    if (rest !== null && /^\s*[|｜_\-–—·•»:：/]|[|｜_\-–—·•»:：/]\s*$/.test(rest)) return heading;
  }

  const parts = title.split(SEPARATOR);
  // parts = [segment, separator, segment, separator, …, segment]
  const segments = parts.filter((_, i) => i % 2 === 0);
  const separators = parts.filter((_, i) => i % 2 === 1);
  if (segments.length < 2) return stripSpacedSiteName(title, context);

  let first = 0;
  let last = segments.length - 1;
  let strippedSite = false;
  while (last > first) {
    const segment = (segments[last] ?? '').trim();
    const head = joinSegments(segments, separators, first, last - 1);
    if (!segment || isSiteLike(segment, context)) {
      strippedSite = true;
    } else if (!(
      strippedSite &&
      isShortLabel(segment) &&
      textLength(head) >= 2 * textLength(segment)
    )) {
      break;
    }
    last--;
  }
  while (last > first && isSiteLike((segments[first] ?? '').trim(), context)) first++;
  const result = joinSegments(segments, separators, first, last).trim();
  return result || title;
}

function joinSegments(segments: string[], separators: string[], from: number, to: number): string {
  let out = segments[from] ?? '';
  for (let i = from + 1; i <= to; i++) out += (separators[i - 1] ?? ' ') + (segments[i] ?? '');
  return out;
}

function isSiteLike(segment: string, context: TitleContext): boolean {
  if (!segment) return false;
  for (const name of context.siteNames) {
    if (name && (sameText(name, segment) || (name.length >= 2 && segment.includes(name))))
      return true;
    if (name && segment.length >= 2 && name.includes(segment) && textLength(segment) >= 2)
      return true;
  }
  const squashed = segment.toLowerCase().replace(/[^a-z0-9]/g, '');
  const hostLabels = context.host
    .split('.')
    .filter((label) => label.length >= 3 && !/^(?:com|net|org|www|cn|gov|edu)$/.test(label));
  if (
    squashed.length >= 3 &&
    hostLabels.some((label) => squashed.includes(label) || label === squashed)
  )
    return true;
  if (squashed && context.host.replace(/[^a-z0-9]/g, '') === squashed) return true;
  return textLength(segment) <= 8 && SITE_LIKE_ENDING.test(segment);
}

/** A channel label such as 中国, 国际, Tech News: a few CJK characters or at most three words. */
function isShortLabel(segment: string): boolean {
  const cjk = (segment.match(new RegExp(`[${CJK}]`, 'g')) ?? []).length;
  const words = segment.split(/\s+/).filter(Boolean).length;
  return cjk > 0 ? textLength(segment) <= 6 : words <= 3 && segment.length <= 25;
}

function textLength(text: string): number {
  return Array.from(text.replace(/\s+/g, '')).length;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[\s\u00a0]+/g, '');
  return norm(a) === norm(b);
}

/** `标题 松花江网`: a site name after a plain space, only when it clearly is one. */
function stripSpacedSiteName(title: string, context: TitleContext): string {
  const m = /^(.*\S)\s+(\S+)$/.exec(title);
  if (!m || !new RegExp(`[${CJK}]`).test(m[2]!)) return title;
  const head = m[1]!;
  const last = m[2]!;
  return isSiteLike(last, context) && textLength(head) >= 6 ? head : title;
}
