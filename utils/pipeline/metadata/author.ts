import { jsonLdField, type JsonLdObject } from './json-ld';
import { firstMeta, normalizeSpace, type MetaTags } from './meta-tags';

/**
 * Author (byline) and 来源 (the outlet a story comes from, e.g. 新华社). Chinese pages print them as
 * labelled lines near the title — `来源：新华社 作者：张三`, `记者 李四` — which the cleaning stage
 * removes from the body, so they are read here from the page.
 */
const LABEL_STOP =
  '(?=\\s|$|[|｜,，;；。()（）【】\\[\\]]|(?:来源|作者|编辑|责任编辑|记者|发布时间|时间|日期|字号|浏览|阅读|点击)[:：]?)';
const SOURCE_LINE = new RegExp(
  `(?:来源|来自|稿源|出处|Source)\\s*[:：]\\s*[[【(（]?\\s*(.{1,30}?)${LABEL_STOP}`,
  'i',
);
const AUTHOR_LINE = new RegExp(
  `(?:作者|撰文|(?<![\\u3400-\\u9fff])文|By)\\s*[:：/]\\s*(.{1,30}?)${LABEL_STOP}`,
  'i',
);
const REPORTER_LINE = new RegExp(
  `(?:^|\\s|[（(])(?:本报|新华社|中新网)?记者\\s*[:：]?\\s*([\\u3400-\\u9fff]{2,4}(?:[、，,\\s]+[\\u3400-\\u9fff]{2,4}){0,3})`,
);

export function extractAuthor(
  tags: MetaTags,
  jsonLd: JsonLdObject[],
  byline: string,
  nearTitle: string[],
): string {
  const candidates = [
    jsonLdField(jsonLd, 'author'),
    firstMeta(tags, [
      'author',
      'article:author',
      'byl',
      'byline',
      'dc.creator',
      'sailthru.author',
      'parsely-author',
      'twitter:creator',
    ]),
    byline,
  ];
  for (const raw of candidates) {
    const author = cleanPerson(raw);
    if (author) return author;
  }
  for (const line of nearTitle) {
    const m = AUTHOR_LINE.exec(line) ?? REPORTER_LINE.exec(line);
    const author = cleanPerson(m?.[1] ?? '');
    if (author) return author;
  }
  return '';
}

export function extractSource(tags: MetaTags, nearTitle: string[], pageLines: string[]): string {
  const fromMeta = firstMeta(tags, [
    'source',
    'og:source',
    'article:source',
    'mediaid',
    'copyright_source',
  ]);
  if (fromMeta && !/^https?:/i.test(fromMeta) && fromMeta.length <= 40) return fromMeta;
  for (const line of [...nearTitle, ...pageLines]) {
    const m = SOURCE_LINE.exec(line);
    const source = normalizeSpace(m?.[1]).replace(/[:：]$/, '');
    if (source && !/^https?:/i.test(source) && !/^\d/.test(source) && !/[<>="{}]/.test(source))
      return source;
  }
  return '';
}

/** A person's name from a byline: no URL, no "By ", no trailing date, no paragraph of text. */
function cleanPerson(raw: string): string {
  let text = normalizeSpace(raw);
  if (!text || /^(?:https?:)?\/\//i.test(text)) return '';
  // Readability sometimes hands over a whole "来源：… 作者：…" line as the byline.
  const labelled = AUTHOR_LINE.exec(text);
  if (labelled) text = labelled[1] ?? '';
  else if (/(?:来源|发布时间|时间)[:：]/.test(text)) return '';
  text = text
    .replace(/^(?:by|von|par|作者|撰文|文)\s*[:：/]?\s*/i, '')
    .replace(/\s*\d{4}\s*(?:年|[-/.])\s*\d{1,2}.*$/, '')
    .replace(/^@/, '')
    .trim();
  if (
    !text ||
    text.length > 60 ||
    /[<>="{}]/.test(text) ||
    /^(?:admin|administrator|null|undefined|unknown)$|Discuz|Comsenz|Powered by/i.test(text)
  )
    return '';
  return text;
}
