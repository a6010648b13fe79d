import { Readability } from '@mozilla/readability';
import { cleanArticle } from './clean';
import { compactLength } from './clean/dom';
import { NoArticleError } from './errors';
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
}

/**
 * Fewer visible characters than this (and no picture or table) after cleaning means there was no
 * article: a navigation-only page must fail with NoArticleError, not produce a one-word clip.
 */
export const MIN_ARTICLE_CHARACTERS = 1;

/**
 * Runs Readability on a clone of the prepared page (or takes the user's selection, or the whole
 * body), then the cleaning rules. `prepared` is not modified.
 */
export function extractArticle(
  prepared: Document,
  url: string,
  options: ExtractOptions = {},
): ExtractedArticle {
  const fields = readArticle(prepared);
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
    if (!hasArticleContent(content)) throw new NoArticleError('The selection has no text to clip.');
    return { ...base, content, mode: 'selection' };
  }

  if (fields?.content) {
    const content = fields.content;
    cleanArticle(content, context);
    if (hasArticleContent(content)) return { ...base, content, mode: 'article' };
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

type ReadabilityFields = Omit<ExtractedArticle, 'content' | 'mode'> & { content: Element | null };

function readArticle(prepared: Document): ReadabilityFields | null {
  const clone = prepared.cloneNode(true) as Document;
  keepMathJaxEquations(clone);
  let parsed;
  try {
    parsed = new Readability<Element>(clone, {
      // Class and id names are what several cleaning rules recognise boilerplate by;
      // strip-attributes removes them at the end.
      keepClasses: true,
      serializer: (node) => node as Element,
    }).parse();
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

function hasArticleContent(content: Element): boolean {
  if (compactLength(content.textContent ?? '') >= MIN_ARTICLE_CHARACTERS) return true;
  return (
    content.querySelector('img[src], picture, video, table') !== null &&
    compactLength(content.textContent ?? '') > 0
  );
}
