import { Readability } from '@mozilla/readability';
import { cleanArticle } from './clean';
import { countEveryComma } from './readability-commas';
import { compactLength } from './clean/dom';
import { NoArticleError } from './errors';
import { countWords } from './metadata/words';
import { documentBaseUrl, prepareTree } from './prepare';
import { listOf } from './prepare/elements';

/** What the extraction step hands to metadata and conversion. */
export interface ExtractedArticle {
  title: string;
  byline: string;
  excerpt: string;
  siteName: string;
  lang: string;
  publishedTime: string;
  /** The cleaned article: a detached element whose children are the article body. */
  content: Element;
  mode: 'article' | 'selection' | 'whole-page';
}

export interface ExtractOptions {
  selectionHtml?: string;
  wholePage?: boolean;
  /**
   * Fewer words than this in the cleaned article (and no picture or table) means "no article".
   * Defaults to 1 (Readability's own judgement, which the evaluation corpora are scored against);
   * the extension passes BROWSER_MIN_ARTICLE_WORDS.
   */
  minArticleWords?: number;
}

/**
 * The extension's floor: fewer words than this (each CJK character is a word) and no picture or
 * table after cleaning means there was no article — less than a short sentence. Readability returns
 * its best attempt even for `<div>hi</div>`, so without a floor a navigation-only or empty page
 * became a one-word clip instead of "no article found" (which offers the whole page). It is an
 * option, not the pipeline's default, because Readability's own test pages include articles of one
 * to eight words that the CLI and the evaluation must still extract. A selection only needs some
 * text: the user chose it.
 */
export const BROWSER_MIN_ARTICLE_WORDS = 10;

/**
 * Takes Readability's article (or the user's selection, or the whole body), then runs the cleaning
 * rules. Without `fields`, Readability runs on a clone and `prepared` is not modified.
 */
export function extractArticle(
  prepared: Document,
  url: string,
  options: ExtractOptions = {},
  // The pipeline reads the article first (readArticle, in place when it may) and passes it in.
  fields: ReadabilityFields | null = readArticle(prepared),
): ExtractedArticle {
  const title = fields?.title ?? prepared.title ?? '';
  const base = {
    title,
    byline: fields?.byline ?? '',
    excerpt: fields?.excerpt ?? '',
    siteName: fields?.siteName ?? '',
    lang: fields?.lang ?? prepared.documentElement?.getAttribute('lang') ?? '',
    publishedTime: fields?.publishedTime ?? '',
  };
  const context = { title, url };

  if (options.selectionHtml !== undefined) {
    const content = parseSelection(prepared, url, options.selectionHtml);
    cleanArticle(content, context);
    if (!hasArticleContent(content, 1)) {
      throw new NoArticleError('The selection has no text to clip.');
    }
    return { ...base, content, mode: 'selection' };
  }

  if (fields?.content) {
    const content = fields.content;
    cleanArticle(content, context);
    if (hasArticleContent(content, options.minArticleWords ?? 1))
      return { ...base, content, mode: 'article' };
  }
  if (options.wholePage) {
    const body = prepared.body ?? prepared.documentElement;
    const content = prepared.createElement('div');
    for (const child of Array.from(body?.childNodes ?? [])) content.append(child.cloneNode(true));
    cleanArticle(content, context);
    return { ...base, content, mode: 'whole-page' };
  }
  throw new NoArticleError();
}

export type ReadabilityFields = Omit<ExtractedArticle, 'content' | 'mode'> & {
  content: Element | null;
};

/**
 * Readability's article and fields. By default it parses a clone, leaving `prepared` as it was;
 * with `inPlace` it parses `prepared` itself, which Readability rewrites (it removes and moves
 * nodes) — for a caller that has read all it needs from the page already (readPageFacts) and will
 * not fall back to the whole page. That saves a full-page clone, about a third of Readability's time.
 * When Readability finds nothing, the title and language are the page's, read before it ran.
 */
export function readArticle(prepared: Document, inPlace = false): ReadabilityFields {
  const fallback: ReadabilityFields = {
    title: prepared.title ?? '',
    byline: '',
    excerpt: '',
    siteName: '',
    lang: prepared.documentElement?.getAttribute('lang') ?? '',
    publishedTime: '',
    content: null,
  };
  const doc = inPlace ? prepared : (prepared.cloneNode(true) as Document);
  keepMathJaxEquations(doc);
  let parsed;
  try {
    const reader = new Readability<Element>(doc, {
      // Class and id names are what several cleaning rules recognise boilerplate by;
      // strip-attributes removes them at the end.
      keepClasses: true,
      serializer: (node) => node as Element,
    });
    countEveryComma(reader);
    parsed = reader.parse();
  } catch {
    // Readability throws on some malformed documents (e.g. no <body>): treat as "no article".
    return fallback;
  }
  if (!parsed) return fallback;
  return {
    title: parsed.title ?? '',
    byline: parsed.byline ?? '',
    excerpt: parsed.excerpt ?? '',
    siteName: parsed.siteName ?? '',
    lang: parsed.lang ?? '',
    publishedTime: parsed.publishedTime ?? '',
    content: unwrapPage(parsed.content ?? null),
  };
}

/**
 * Whether extractArticle may need the prepared page after Readability (the selection and the
 * whole-page paths read it), so Readability must parse a clone (readArticle's `inPlace` off).
 */
export function needsPreparedPage(options: ExtractOptions): boolean {
  return options.selectionHtml !== undefined || options.wholePage === true;
}

/**
 * MathJax 3 draws each equation as custom <mjx-*> elements and keeps the real MathML in a hidden
 * assistive copy. Readability drops the whole <mjx-container> (its class reads as a menu), so
 * every equation vanished from the article, mid-sentence. The MathML copy is the equation itself:
 * put it where the container was.
 */
function keepMathJaxEquations(doc: Document): void {
  // getElementsByTagName, not querySelectorAll: the same elements in the same order, without a
  // selector-engine pass over the whole page on the (most) pages that have no equation.
  for (const container of listOf(doc.getElementsByTagName('mjx-container'))) {
    const math = container.querySelector('mjx-assistive-mml math');
    if (math) container.replaceWith(math);
  }
}

/** Readability wraps the article in `<div id="readability-page-1" class="page">`; keep its content only. */
function unwrapPage(content: Element | null): Element | null {
  if (!content) return null;
  const only = content.children.length === 1 ? content.firstElementChild : null;
  if (
    only &&
    /^readability-page-/.test(only.id) &&
    compactLength(content.textContent ?? '') === compactLength(only.textContent ?? '')
  ) {
    return only;
  }
  return content;
}

function parseSelection(prepared: Document, url: string, html: string): Element {
  const Parser = prepared.defaultView?.DOMParser ?? globalThis.DOMParser;
  const parsed = new Parser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const base = documentBaseUrl(prepared, url);
  prepareTree(parsed, parsed, base);
  const content = prepared.createElement('div');
  for (const child of Array.from(parsed.body.childNodes))
    content.append(prepared.importNode(child, true));
  return content;
}

function hasArticleContent(content: Element, minWords: number): boolean {
  if (countWords(content.textContent ?? '') >= minWords) return true;
  return (
    content.querySelector('img[src], picture, video, table') !== null &&
    compactLength(content.textContent ?? '') > 0
  );
}
