import { canonicalUrlOf } from '../canonical';
import { elementsByTags } from '../prepare/elements';
import { itemDatePublished, timeElementDates } from './dates';
import { jsonLdOf, type JsonLdObject } from './json-ld';
import { firstMeta, metaTagsOf, normalizeSpace, type MetaTags } from './meta-tags';
import { normalizeLangTag } from './lang';
import {
  linesAfterHeading,
  MAX_TITLE_HEADINGS,
  pageTopLines,
  textLines,
  type TitleHeading,
} from './page-text';
import {
  isBreadcrumbElement,
  MAX_BREADCRUMB_ELEMENTS,
  readBreadcrumbTexts,
  sectionFromMetadata,
} from './section';

/**
 * Everything the metadata step and the canonical URL read from the prepared page, as plain data.
 * Read before Readability runs: Readability rewrites the document it parses, and reading these
 * first lets the pipeline hand it the prepared page itself instead of a second full-page clone
 * (which cost about a third of Readability's own time). Only what the page says is here; what
 * depends on the article (its title, text, Readability's fields) is decided in extractMetadata.
 */
export interface PageFacts {
  tags: MetaTags;
  jsonLd: JsonLdObject[];
  /** The `<title>` element's text, whitespace-normalized. */
  titleElementText: string;
  /** Texts of the first five h1 (2–300 characters). */
  h1Texts: string[];
  /** The root element's `lang` and `xml:lang`. */
  rootLangs: [string, string];
  /**
   * The body's text, whitespace-normalized, first 5,000 characters: the language sample when the
   * article has no text. '' when the page declares its language (the sample is then never read).
   */
  bodyTextSample: string;
  /** The `<time>` / itemprop=datePublished date as written, '' when none. */
  timeDate: string;
  /** The first h1–h3 headings with text, and the lines after each (the title picks one). */
  titleHeadings: TitleHeading[];
  /** The top of the page: the date/author lines when no heading anchors them ([] when an h1 always will). */
  topLines: string[];
  /** The first lines of the body (the source line may sit anywhere near the top). */
  pageTop: string[];
  /** Breadcrumb texts; [] when the metas or JSON-LD name the section (they win). */
  breadcrumbs: string[];
  /** findCanonicalUrl of the page. */
  canonicalUrl: string;
}

const LANG_SAMPLE_CHARS = 5_000;
const FACT_TAGS = ['meta', 'script', 'time', 'title', 'h1', 'link'] as const;
/** How many elements the walk looks at for headings, dates and breadcrumbs: a huge page costs no more. */
const WALK_ELEMENT_LIMIT = 50_000;

export function readPageFacts(doc: Document, url: string): PageFacts {
  // One walk over the page: it lists the elements looked up by tag below (each getElementsByTagName
  // was a whole-page pass of its own) and finds the title headings (first 40 h1–h3), the first
  // itemprop=datePublished and the breadcrumb elements (first ten) among the first
  // WALK_ELEMENT_LIMIT elements. Whether the date and the breadcrumbs are needed depends on the
  // metas, JSON-LD and <time> elements, known only after the walk, so both are looked for on
  // every page and dropped below when not needed — the same values as looking only when needed.
  const headingElements: Element[] = [];
  const breadcrumbElements: Element[] = [];
  let itemDate = '';
  let visited = 0;
  const found = elementsByTags(doc, FACT_TAGS, (el) => {
    if (visited++ >= WALK_ELEMENT_LIMIT) return;
    if (headingElements.length < MAX_TITLE_HEADINGS) {
      const tag = el.tagName;
      if (tag === 'H1' || tag === 'H2' || tag === 'H3') headingElements.push(el);
    }
    // Without attributes an element is neither (both tests read attributes only).
    if (!el.hasAttributes()) return;
    if (itemDate === '') itemDate = itemDatePublished(el);
    if (breadcrumbElements.length < MAX_BREADCRUMB_ELEMENTS && isBreadcrumbElement(el))
      breadcrumbElements.push(el);
  });
  const tags = metaTagsOf(found.meta);
  const jsonLd = jsonLdOf(found.script);
  const root = doc.documentElement;
  const rootLangs: [string, string] = [
    root?.getAttribute('lang') ?? '',
    root?.getAttribute('xml:lang') ?? '',
  ];
  const declaresLang =
    rootLangs.some((value) => normalizeLangTag(value) !== '') ||
    normalizeLangTag(
      firstMeta(tags, ['content-language', 'language', 'dc.language', 'og:locale']),
    ) !== '';
  const times = timeElementDates(found.time);
  const needBreadcrumbs = sectionFromMetadata(tags, jsonLd) === '';

  const titleHeadings: TitleHeading[] = [];
  for (const el of headingElements) {
    const text = normalizeSpace(el.textContent);
    if (text.length < 2) continue;
    titleHeadings.push({
      tag: el.tagName as TitleHeading['tag'],
      text,
      after: linesAfterHeading(el),
    });
  }

  return {
    tags,
    jsonLd,
    titleElementText: normalizeSpace(found.title[0]?.textContent),
    h1Texts: found.h1
      .slice(0, 5)
      .map((h) => normalizeSpace(h.textContent))
      .filter((text) => text.length >= 2 && text.length <= 300),
    rootLangs,
    bodyTextSample: declaresLang ? '' : bodyTextStart(doc, LANG_SAMPLE_CHARS),
    timeDate: times.pubdate ?? (itemDate || times.firstTime),
    titleHeadings,
    // Without an h1 the title may match no heading, and the lines come from the top of the page.
    topLines: titleHeadings.some((h) => h.tag === 'H1') ? [] : pageTopLines(doc),
    pageTop: doc.body ? textLines(doc.body, 8_000) : [],
    breadcrumbs: needBreadcrumbs ? readBreadcrumbTexts(doc, breadcrumbElements) : [],
    canonicalUrl: canonicalUrlOf(found.link, found.meta, url),
  };
}

const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;

/**
 * `normalizeSpace(doc.body.textContent).slice(0, chars)` without the whole body's text: text nodes
 * are read until more than `chars` non-space characters are in, after which the normalized prefix
 * starts with the same `chars` characters as the normalized whole.
 */
export function bodyTextStart(doc: Document, chars: number): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  let visible = 0;
  for (let node = walker.nextNode(); node && visible <= chars; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    text += value;
    for (let i = 0; i < value.length && visible <= chars; i++)
      if (!SPACE.test(value[i]!)) visible++;
  }
  return normalizeSpace(text).slice(0, chars);
}
