import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../utils/pipeline/markdown';

/**
 * Golden files: fixtures/<name>.html → expected/<name>.md. A new fixture writes its baseline on
 * the first run (review it before committing); after that any difference fails the test.
 */
const here = import.meta.dirname;
const fixtures = join(here, 'fixtures');
const expectedDir = join(here, 'expected');
const PAGE_URL = 'https://news.example.cn/2022/07/17/article.html';

describe('markdown golden files', () => {
  const names = readdirSync(fixtures).filter((f) => f.endsWith('.html'));

  it('has fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of names) {
    it(name, () => {
      const html = readFileSync(join(fixtures, name), 'utf8');
      const dom = new JSDOM(html, { url: PAGE_URL });
      const markdown = `${htmlToMarkdown(dom.window.document.body)}\n`;
      const expectedPath = join(expectedDir, name.replace(/\.html$/, '.md'));
      if (!existsSync(expectedPath)) {
        mkdirSync(expectedDir, { recursive: true });
        writeFileSync(expectedPath, markdown);
      }
      expect(markdown).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
