import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '@/utils/encoding/decode-html';
import { clipDocument } from '@/utils/pipeline/index';
import { clipDocumentAsync } from '@/utils/pipeline/run-async';

/**
 * The browser runs clipDocumentAsync, the CLI and the evaluation run clipDocument: on every golden
 * page (and on the selection / whole-page / no-article paths) both must give the same clip.
 */
const fixtures = join(import.meta.dirname, '../../fixtures/pages');
const pages = JSON.parse(readFileSync(join(fixtures, 'pages.json'), 'utf8')) as {
  file: string;
  url: string;
}[];

function parse(html: string, url: string): Document {
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() })
    .window.document;
}

function outcome<T>(run: () => T): T | string {
  try {
    return run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

async function outcomeAsync<T>(run: () => Promise<T>): Promise<T | string> {
  try {
    return await run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe('clipDocumentAsync', () => {
  for (const page of pages) {
    it(`gives clipDocument's clip on ${page.file}`, async () => {
      const html = decodeHtmlBytes(readFileSync(join(fixtures, page.file))).text;
      const sync = clipDocument(parse(html, page.url), page.url);
      let checkpoints = 0;
      const async = await clipDocumentAsync(parse(html, page.url), page.url, {}, async () => {
        checkpoints += 1;
      });
      expect(async).toEqual(sync);
      expect(checkpoints).toBeGreaterThanOrEqual(3);
    });
  }

  const url = 'https://news.example.com/a.html';
  const cases: { name: string; html: string; options: object }[] = [
    {
      name: 'a selection',
      html: '<html><body><article><p>one two three</p></article></body></html>',
      options: { selectionHtml: '<p>two <a href="/x">three</a></p>' },
    },
    {
      name: 'the whole page',
      html: '<html><body><nav><a href="/">home</a></nav><div>only a line</div></body></html>',
      options: { wholePage: true },
    },
    {
      name: 'no article',
      html: '<html><body><nav><a href="/">home</a></nav></body></html>',
      options: {},
    },
  ];
  for (const testCase of cases) {
    it(`agrees on ${testCase.name}`, async () => {
      const sync = outcome(() => clipDocument(parse(testCase.html, url), url, testCase.options));
      const async = await outcomeAsync(() =>
        clipDocumentAsync(parse(testCase.html, url), url, testCase.options),
      );
      expect(async).toEqual(sync);
    });
  }

  it('stops at the first checkpoint that rejects, leaving the page untouched', async () => {
    const html = '<html><body><article><p>text of the article</p></article></body></html>';
    const doc = parse(html, url);
    const before = doc.documentElement.outerHTML;
    let calls = 0;
    const stop = new Error('stop');
    await expect(
      clipDocumentAsync(doc, url, {}, async () => {
        calls += 1;
        if (calls === 2) throw stop;
      }),
    ).rejects.toBe(stop);
    expect(calls).toBe(2);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
