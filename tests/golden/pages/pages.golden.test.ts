import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { decodeHtmlBytes } from '../../../utils/encoding/decode-html';
import { clipDocument } from '../../../utils/pipeline/index';
import { clipToSeedDocument, parseSeedFile, writeSeedFile } from '../../../utils/seed/index';
import type { BodyMode, SeedDocument } from '../../../utils/types';

/**
 * Page → seed file golden tests: saved page bytes (tests/fixtures/pages, listed in pages.json with
 * the URL each was saved from) → decodeHtmlBytes → clipDocument → clipToSeedDocument → writeSeedFile,
 * with a fixed clip time. A page without an expected file writes it on the first run (review it
 * before committing); after that any difference fails.
 */
const here = import.meta.dirname;
const fixtures = join(here, '../../fixtures/pages');
const expectedDir = join(here, 'expected');
const CLIPPED_AT = Date.UTC(2024, 0, 2, 3, 4, 5);
const CATEGORY = 'news';

interface FixturePage {
  name: string;
  file: string;
  url: string;
  from: string;
}

const pages = JSON.parse(readFileSync(join(fixtures, 'pages.json'), 'utf8')) as FixturePage[];

function seedDocumentFor(page: FixturePage, bodyMode: BodyMode): SeedDocument {
  const { text } = decodeHtmlBytes(new Uint8Array(readFileSync(join(fixtures, page.file))));
  const dom = new JSDOM(text, { url: page.url, virtualConsole: new VirtualConsole() });
  try {
    const clip = clipDocument(dom.window.document, page.url, { category: CATEGORY });
    return clipToSeedDocument(
      { ...clip, clippedAt: CLIPPED_AT },
      { bodyMode, category: CATEGORY, now: CLIPPED_AT },
    );
  } finally {
    dom.window.close();
  }
}

/** The hand-written pages are also checked in html body mode (the seeds 000–002 style). */
const cases = pages.flatMap((page) =>
  page.name.startsWith('hand-')
    ? [
        { page, bodyMode: 'markdown' as const },
        { page, bodyMode: 'html' as const },
      ]
    : [{ page, bodyMode: 'markdown' as const }],
);

describe('page → seed file golden files', () => {
  it('has a dozen fixture pages, each under 300 KB', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const page of pages) {
      expect(readFileSync(join(fixtures, page.file)).length).toBeLessThan(300 * 1024);
    }
  });

  for (const { page, bodyMode } of cases) {
    const label = `${page.name} (${bodyMode})`;

    it(label, () => {
      const seedText = writeSeedFile(seedDocumentFor(page, bodyMode));
      const expectedPath = join(expectedDir, `${page.name}.${bodyMode}.txt`);
      if (!existsSync(expectedPath)) {
        mkdirSync(expectedDir, { recursive: true });
        writeFileSync(expectedPath, seedText);
      }
      expect(seedText).toBe(readFileSync(expectedPath, 'utf8'));
    });

    it(`${label} parses back with the yaml package`, () => {
      const doc = seedDocumentFor(page, bodyMode);
      const seedText = writeSeedFile(doc);
      const match = /^\n---\n([\s\S]*?)\n---\n/.exec(seedText);
      expect(match, 'front matter block').not.toBeNull();
      const parsed = parseYaml(match?.[1] ?? '') as Record<string, unknown>;
      expect(parsed).toEqual({ ...doc.frontMatter });
      expect(parseSeedFile(seedText)).toEqual(doc);
    });
  }
});

describe('hand-written Chinese news pages', () => {
  for (const name of ['hand-zh-news-1', 'hand-zh-news-2']) {
    const page = pages.find((p) => p.name === name) as FixturePage;

    it(`${name}: keeps the article and its images, drops the page furniture`, () => {
      const doc = seedDocumentFor(page, 'markdown');
      expect(doc.body).toMatch(/工程|大赛/);
      expect(doc.body).toMatch(/!\[[^\]]*\]\(https?:\/\/pic\.|!\[[^\]]*\]\(https:\/\/img\./);
      for (const furniture of ['相关新闻', '责任编辑', '您现在的位置', '发表评论', '扫码关注']) {
        expect(doc.body, furniture).not.toContain(furniture);
      }
      expect(doc.body).not.toMatch(/placeholder\.gif|loading\.gif|blank\.gif|data:image/);
    });
  }
});
