import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '@/utils/encoding/decode-html';
import { CLEAN_RULES, cleanArticle } from '@/utils/pipeline/clean';
import { LineCache, rootLines } from '@/utils/pipeline/clean/line-cache';
import { collectLines, removeLine } from '@/utils/pipeline/clean/lines';
import type { CleanRule } from '@/utils/pipeline/clean/types';
import { preparePage } from '@/utils/pipeline/prepare';
import { readArticle } from '@/utils/pipeline/readability';
import { PROSE } from './helpers';

const fixtures = join(import.meta.dirname, '../../../fixtures/pages');
const pages = JSON.parse(readFileSync(join(fixtures, 'pages.json'), 'utf8')) as {
  name: string;
  file: string;
  url: string;
}[];

function article(html: string): Element {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><body><div id="root">${html}</div></body>`,
    'text/html',
  );
  return doc.getElementById('root')!;
}

describe('the lines shared between cleaning rules', () => {
  it('gives every fixture page the same article as the rules applied one by one without sharing', () => {
    for (const page of pages) {
      const { text } = decodeHtmlBytes(new Uint8Array(readFileSync(join(fixtures, page.file))));
      const doc = new DOMParser().parseFromString(text, 'text/html');
      const content = readArticle(preparePage(doc, page.url), true).content;
      if (!content) continue;
      const shared = content.cloneNode(true) as Element;
      const alone = content.cloneNode(true) as Element;
      const context = { title: '', url: page.url };
      cleanArticle(shared, context);
      for (const rule of CLEAN_RULES) rule.apply(alone, { ...context });
      expect(shared.innerHTML, page.name).toBe(alone.innerHTML);
    }
  });

  it('judges the zones on the lines left by the rules before', () => {
    // remove-disclaimers removes the last prose line (a reprint notice); the credit line before it
    // is then in the tail zone, where remove-credit-lines removes it. Lines kept from before the
    // disclaimer went would still count the notice as the last prose and keep the credit line.
    const root = article(
      `<p>${PROSE}</p><p>（责任编辑：张三）</p>` +
        '<p>凡本网注明来源的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。</p>',
    );
    cleanArticle(root, { title: '', url: 'https://example.com/a' });
    expect(root.textContent).toBe(PROSE);
  });

  it('collects the lines again after a rule that may have changed the tree', () => {
    const root = article(`<p>相关新闻</p><p>${PROSE}</p>`);
    const seen: string[][] = [];
    const removeFirst: CleanRule = {
      name: 'remove-first',
      apply(el, context) {
        removeLine(rootLines(el, context)[0]!, el);
      },
    };
    const record: CleanRule = {
      name: 'record',
      apply(el, context) {
        seen.push(rootLines(el, context).map((line) => line.text));
        return false;
      },
    };
    cleanArticle(root, { title: '', url: 'https://example.com/a' }, [record, removeFirst, record]);
    expect(seen).toEqual([['相关新闻', PROSE], [PROSE]]);
  });

  it('keeps the collected lines until they are invalidated', () => {
    const root = article(`<p>一</p><p>${PROSE}</p>`);
    const cache = new LineCache();
    const first = cache.get(root);
    expect(cache.get(root)).toBe(first);
    expect(first.map((line) => line.text)).toEqual(collectLines(root).map((line) => line.text));
    cache.invalidate();
    expect(cache.get(root)).not.toBe(first);
  });
});
