import { findCanonicalUrl } from '../canonical';
import { itemDatePublished, readTimeElements } from './dates';
import { readJsonLd, type JsonLdObject } from './json-ld';
import { firstMeta, normalizeSpace, readMetaTags, type MetaTags } from './meta-tags';
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
import { walkElements } from './walk-elements';

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

export function readPageFacts(doc: Document, url: string): PageFacts {
  const tags = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
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

  // One walk for the three element lookups that each used to walk the whole page: the title
  // headings (first 40 h1–h3), the first itemprop=datePublished (only when no <time pubdate>), and
  // the breadcrumb elements (first ten, only when no meta names the section). Each stops where its
  // own walk stopped; the walk ends when all three have.
  const times = readTimeElements(doc);
  const needBreadcrumbs = sectionFromMetadata(tags, jsonLd) === '';
  const headingElements: Element[] = [];
  const breadcrumbElements: Element[] = [];
  let itemDate = '';
  let headingsDone = false;
  let dateDone = times.pubdate !== null;
  let breadcrumbsDone = !needBreadcrumbs;
  walkElements(doc, (el) => {
    if (!headingsDone) {
      const tag = el.tagName;
      if (tag === 'H1' || tag === 'H2' || tag === 'H3') headingElements.push(el);
      headingsDone = headingElements.length >= MAX_TITLE_HEADINGS;
    }
    if (!dateDone) {
      itemDate = itemDatePublished(el);
      dateDone = itemDate !== '';
    }
    if (!breadcrumbsDone) {
      if (isBreadcrumbElement(el)) breadcrumbElements.push(el);
      breadcrumbsDone = breadcrumbElements.length >= MAX_BREADCRUMB_ELEMENTS;
    }
    return headingsDone && dateDone && breadcrumbsDone;
  });

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
    titleElementText: normalizeSpace(doc.getElementsByTagName('title')[0]?.textContent),
    h1Texts: Array.from(doc.getElementsByTagName('h1'))
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
    canonicalUrl: findCanonicalUrl(doc, url),
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
