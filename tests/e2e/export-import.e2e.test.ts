/**
 * The full view's export and import in real Chromium: a clipped collection exports as a zip of
 * NNN_<id>.txt seed files; importing ../shared/seeds through the file input gives 5 clips whose
 * export is byte-identical to the seed files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ClipDone } from '../../utils/messages';
import { startE2E, type E2E } from './helpers/extension';
import {
  byTestId,
  exportZip,
  importCounts,
  showSection,
  openCollectionView,
  search,
  TESTID,
  waitForRows,
} from './helpers/ui';

const SEEDS_DIR = path.resolve(process.env.SEEDS_DIR ?? '../shared/seeds');
const decoder = new TextDecoder();

function frontMatter(text: string): Record<string, unknown> {
  const match = /^\s*---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match?.[1]) throw new Error('no front matter');
  return parseYaml(match[1]) as Record<string, unknown>;
}

describe('export from the full view', () => {
  let e2e: E2E;
  const done: ClipDone[] = [];

  beforeAll(async () => {
    e2e = await startE2E();
    for (const pathname of ['/zh-news.html', '/en-article.html']) {
      const outcome = await e2e.clipPage(pathname);
      if (outcome.state !== 'done') throw new Error(`clip failed: ${JSON.stringify(outcome)}`);
      done.push(outcome);
    }
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('exports a zip of NNN_<id>.txt seed files in clip order', async () => {
    const view = await openCollectionView(e2e, 'collection.html');
    await waitForRows(view, (ids) => ids.length === 2);
    await showSection(view, 'transfer');
    const files = unzipSync(await exportZip(view));
    const names = Object.keys(files).sort();
    expect(names).toEqual(done.map((clip, index) => `00${index}_${clip.clipId}.txt`));

    const zhText = decoder.decode(files[names[0]!]);
    const zhFront = frontMatter(zhText);
    expect(zhFront.title).toBe('山区梯田迎来丰收季 合作社带动村民增收');
    expect(zhFront.categories).toEqual(expect.arrayContaining(['示例新闻网']));
    expect(zhFront.comments).toBe(false);
    expect(String(zhFront.date)).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(zhText).toContain('合作社统一收购');
    expect(zhText).not.toContain('相关新闻');

    const enText = decoder.decode(files[names[1]!]);
    expect(frontMatter(enText).title).toBe(
      'Harbour seals return to the estuary after twenty years',
    );
    expect(enText).toContain('forty-two animals');
    await view.close();
  });
});

describe('import ../shared/seeds through the full view', () => {
  let e2e: E2E;
  const seedNames = readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('imports the 5 seeds and exports them byte-identical', async () => {
    expect(seedNames).toHaveLength(5);
    const view = await openCollectionView(e2e, 'collection.html');
    await showSection(view, 'transfer');
    await byTestId(view, TESTID.importFiles).setInputFiles(
      seedNames.map((name) => path.join(SEEDS_DIR, name)),
    );
    const counts = await importCounts(view);
    expect(counts).toMatchObject({ imported: 5, invalid: 0 });
    await showSection(view, 'collection');
    await waitForRows(view, (ids) => ids.length === 5);
    await showSection(view, 'transfer');

    const files = unzipSync(await exportZip(view));
    expect(Object.keys(files).sort()).toEqual(seedNames);
    for (const name of seedNames) {
      const expected = readFileSync(path.join(SEEDS_DIR, name));
      expect(Buffer.from(files[name]!).equals(expected), `${name} differs from the seed`).toBe(
        true,
      );
    }
    await view.close();
  });

  it('importing the same files again adds nothing', async () => {
    const view = await openCollectionView(e2e, 'collection.html');
    await showSection(view, 'transfer');
    await byTestId(view, TESTID.importFiles).setInputFiles(
      seedNames.map((name) => path.join(SEEDS_DIR, name)),
    );
    const counts = await importCounts(view);
    expect((counts.imported ?? 0) + (counts.invalid ?? 0)).toBe(0);
    expect(((await e2e.readDb(['clips'])).clips ?? []).length).toBe(5);
    await view.close();
  });

  it('search finds the seeds that mention 基层党建', async () => {
    const expected = seedNames
      .filter((name) => readFileSync(path.join(SEEDS_DIR, name), 'utf8').includes('基层党建'))
      .map((name) => /_([0-9a-f]{16})\.txt$/.exec(name)?.[1] ?? name);
    expect(expected.length).toBeGreaterThan(0);
    const popup = await openCollectionView(e2e);
    await waitForRows(popup, (ids) => ids.length === 5);
    await search(popup, '基层党建');
    const found = await waitForRows(popup, (ids) => expected.every((id) => ids.includes(id)));
    expect(found.length).toBeLessThanOrEqual(5);
    await popup.close();
  });
});
