import { Readability } from '@mozilla/readability';
import { cleanArticle } from './clean';
import { countEveryComma } from './readability-commas';
import { compactLength } from './clean/dom';
import { NoArticleError } from './errors';
import { countWords } from './metadata/words';
import { documentBaseUrl, prepareTree } from './prepare';

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
 * Runs Readability on a clone of the prepared page (or takes the user's selection, or the whole
 * body), then the cleaning rules. `prepared` is not modified.
 */
export function extractArticle(
  prepared: Document,
  url: string,
  options: ExtractOptions = {},
  // The async runner (run-async.ts) reads the article in a task of its own and passes it in.
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

export function readArticle(prepared: Document): ReadabilityFields | null {
  const clone = prepared.cloneNode(true) as Document;
  keepMathJaxEquations(clone);
  let parsed;
  try {
    const reader = new Readability<Element>(clone, {
      // Class and id names are what several cleaning rules recognise boilerplate by;
      // strip-attributes removes them at the end.
      keepClasses: true,
      serializer: (node) => node as Element,
    });
    countEveryComma(reader);
    parsed = reader.parse();
  } catch {
    // Readability throws on some malformed documents (e.g. no <body>): treat as "no article".
    return null;
  }
  if (!parsed) return null;
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
 * MathJax 3 draws each equation as custom <mjx-*> elements and keeps the real MathML in a hidden
 * assistive copy. Readability drops the whole <mjx-container> (its class reads as a menu), so
 * every equation vanished from the article, mid-sentence. The MathML copy is the equation itself:
 * put it where the container was.
 */
function keepMathJaxEquations(doc: Document): void {
  for (const container of Array.from(doc.querySelectorAll('mjx-container'))) {
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
