import { jsonLdField, type JsonLdObject } from './json-ld';
import { firstMeta, normalizeSpace, type MetaTags } from './meta-tags';

/**
 * The site section (频道) the article sits in: article:section, JSON-LD articleSection, else the
 * last meaningful breadcrumb (`您现在的位置：首页 > 娱乐 > 正文` → 娱乐). 'source' when unknown,
 * as seed 000 writes it.
 */
export const UNKNOWN_SECTION = 'source';

// Checked with one regex over class/id/aria-label/itemtype: complex attribute selectors are slow
// in jsdom, and this runs once per clip.
const BREADCRUMB_ATTRIBUTE = /breadcrumb|crumb|position|location|daohang|weizhi/i;
const PLACE_PREFIX =
  /^(?:您(?:现在)?的位置|您当前的位置|当前位置|所在位置|位置|现在位置|You are here)\s*[:：]?\s*/i;
const PLACE_WORDS = /(?:您(?:现在|当前)?的位置|当前位置|所在位置|现在位置)/;
const CRUMB_SEPARATOR = /\s*(?:>>|»|›|>|＞|→|\/|\||｜|>|-{1,2}(?=\s))\s*/;
const NOT_A_SECTION =
  /^(?:正文|详情|内容|文章|正文内容|详细内容|阅读|article|content|details?|story|news)$/i;
const HOME = /^(?:首页|主页|网站首页|home|homepage|index|新闻中心)$/i;

export function extractSection(
  tags: MetaTags,
  jsonLd: JsonLdObject[],
  title: string,
  siteNames: string[],
  /** readBreadcrumbTexts' candidates (page-facts.ts reads them only when sectionFromMetadata is ''). */
  breadcrumbs: readonly string[],
): string {
  return (
    sectionFromMetadata(tags, jsonLd) ||
    breadcrumbSection(breadcrumbs, title, siteNames) ||
    UNKNOWN_SECTION
  );
}

/** The section the page's metas or JSON-LD declare, '' when they do not. */
export function sectionFromMetadata(tags: MetaTags, jsonLd: JsonLdObject[]): string {
  const fromMeta = firstMeta(tags, [
    'article:section',
    'og:article:section',
    'section',
    'articlesection',
    'category',
  ]);
  if (fromMeta && fromMeta.length <= 30) return fromMeta;
  const fromLd = jsonLdField(jsonLd, 'articleSection');
  if (fromLd && fromLd.length <= 30) return fromLd.split(',')[0]!.trim();
  return '';
}

/**
 * The texts a breadcrumb section may be read from: the breadcrumb elements' (isBreadcrumbElement,
 * the first ten in document order) and the "您现在的位置：" line.
 */
export function readBreadcrumbTexts(doc: Document, elements: readonly Element[]): string[] {
  const candidates: string[] = [];
  for (const el of elements) {
    const text = normalizeSpace(el.textContent);
    if (text && text.length <= 120) candidates.push(text);
  }
  // Pages without markup for it still print the "您现在的位置：" line: find that text, then the
  // smallest ancestor that holds the whole trail.
  const line = findPlaceLine(doc);
  if (line) candidates.push(line);
  return candidates;
}

function breadcrumbSection(
  candidates: readonly string[],
  title: string,
  siteNames: string[],
): string {
  const normalizedTitle = normalizeSpace(title);
  for (const text of candidates) {
    const parts = text
      .replace(PLACE_PREFIX, '')
      .split(CRUMB_SEPARATOR)
      // Text after a crumb ("正文 订阅手机报") is page furniture, not part of the crumb.
      .map((p) => (p.trim().split(/\s+/)[0] ?? '').trim())
      .filter(Boolean);
    if (parts.length < 2) continue;
    for (let i = parts.length - 1; i >= 0; i--) {
      const part = parts[i]!;
      if (NOT_A_SECTION.test(part) || HOME.test(part)) continue;
      if (
        part.length > 20 ||
        (normalizedTitle && normalizedTitle.includes(part) && part.length > 6)
      )
        continue;
      if (siteNames.some((name) => name && (name === part || part.includes(name)))) continue;
      return part;
    }
  }
  return '';
}

function findPlaceLine(doc: Document): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let i = 0, node = walker.nextNode(); node && i < 20_000; i++, node = walker.nextNode()) {
    if (!PLACE_WORDS.test(node.nodeValue ?? '')) continue;
    for (let el = node.parentElement, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
      const text = normalizeSpace(el.textContent);
      if (text.length > 160) break;
      if (PLACE_PREFIX.test(text) && CRUMB_SEPARATOR.test(text.replace(PLACE_PREFIX, '')))
        return text;
    }
  }
  return '';
}

/** How many breadcrumb elements readBreadcrumbTexts reads. */
export const MAX_BREADCRUMB_ELEMENTS = 10;

/** An element whose class, id, aria-label or itemtype names a breadcrumb trail. */
export function isBreadcrumbElement(el: Element): boolean {
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('itemtype') ?? ''}`;
  return marks.length > 3 && BREADCRUMB_ATTRIBUTE.test(marks);
}
