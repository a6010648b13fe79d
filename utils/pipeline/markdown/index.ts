import TurndownService from 'turndown';
import { joinCjkLineBreaks } from './cjk-whitespace';
import { escapeMarkdownText } from './escape';
import type { MarkdownRule } from './rule';
import { emphasisRule } from './rules/emphasis';
import { fencedCodeRule } from './rules/fenced-code';
import { figureRule } from './rules/figure';
import { figureCaptionRule } from './rules/figure-caption';
import { imageRule } from './rules/image';
import { linkRule } from './rules/link';
import { listItemRule } from './rules/list-item';
import { removeNonContentRule } from './rules/remove-non-content';
import { strikethroughRule } from './rules/strikethrough';
import { strongRule } from './rules/strong';
import { tableRule } from './rules/table';
import { tableCellRule } from './rules/table-cell';
import { tableRowRule } from './rules/table-row';
import { tableSectionRule } from './rules/table-section';

/**
 * Our Turndown rules, highest priority first (a node takes the first rule whose filter matches;
 * anything unmatched falls through to Turndown's CommonMark defaults: headings, paragraphs,
 * blockquotes, hr, br, inline code).
 */
export const MARKDOWN_RULES: readonly MarkdownRule[] = [
  removeNonContentRule,
  fencedCodeRule,
  tableRule,
  tableSectionRule,
  tableRowRule,
  tableCellRule,
  figureRule,
  figureCaptionRule,
  imageRule,
  linkRule,
  strikethroughRule,
  strongRule,
  emphasisRule,
  listItemRule,
];

let service: TurndownService | undefined;

/** Built on first use: constructing it at import time would cost every context that never converts. */
function getService(): TurndownService {
  if (service) return service;
  const created = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  created.escape = escapeMarkdownText;
  // Turndown gives rules added later priority, so add the list backwards.
  for (const rule of [...MARKDOWN_RULES].reverse()) {
    created.addRule(rule.name, {
      filter: rule.filter,
      replacement: (content, node, options) =>
        rule.replacement(content, node as HTMLElement, options),
    });
  }
  service = created;
  return created;
}

/**
 * Markdown of an article. `content` is an element from any document (the live page, a jsdom
 * document in Node, a DOMParser document) or an HTML string. The input is not modified.
 */
export function htmlToMarkdown(content: Element | string): string {
  const root = toElement(content);
  if (typeof root === 'string') return tidy(getService().turndown(root));
  const clone = root.cloneNode(true) as Element;
  joinCjkLineBreaks(clone);
  return tidy(getService().turndown(clone as HTMLElement));
}

/**
 * htmlToMarkdown for an element the caller is done with (the pipeline's last use of the article): it
 * is converted itself, not a copy, and left changed (CJK line breaks joined, Turndown's whitespace
 * collapsed, complex tables sanitized, detached). Turndown always converts `input.cloneNode(true)`;
 * under jsdom that deep copy was a quarter of the Markdown step on Chinese news, for an element
 * nobody reads afterwards.
 */
export function consumeElementToMarkdown(content: Element): string {
  joinCjkLineBreaks(content);
  // Detached, as Turndown's copy would be: nothing above the article is read during conversion.
  content.parentNode?.removeChild(content);
  // An own property shadows Element.prototype.cloneNode on this one element while Turndown runs.
  // Were Turndown to stop copying its input, this would simply never be called.
  content.cloneNode = () => content;
  try {
    return tidy(getService().turndown(content as HTMLElement));
  } finally {
    Reflect.deleteProperty(content, 'cloneNode');
  }
}

function toElement(content: Element | string): Element | string {
  if (typeof content !== 'string') return content;
  if (typeof DOMParser === 'undefined') return content; // Node without a DOM: Turndown parses it.
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${content}`, 'text/html');
  return doc.body;
}

function tidy(markdown: string): string {
  return markdown
    .replace(/[\uE000\uE001]/g, '')
    .replace(/[ \t]+$/gm, (spaces) => (spaces === '  ' ? spaces : ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
