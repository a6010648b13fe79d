import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Collection } from '@/components/Collection';
import { countClips, getClip } from '@/utils/db/repository';
import type { SeedDb } from '@/utils/db/schema';
import {
  byTestId,
  click,
  fillDb,
  installEnglishMessages,
  mount,
  openTestDb,
  press,
  rowTitles,
  storeFor,
  typeInto,
  waitFor,
  type Mounted,
  type TestClip,
} from './helpers';

const CLIPS: TestClip[] = [
  {
    url: 'https://news.example.cn/a',
    title: '加强基层党建工作',
    site: '新华网',
    text: '各地持续推进基层党建工作，夯实组织基础。',
    publishedAt: '2024-01-02T00:00:00.000Z',
  },
  {
    url: 'https://www.example.com/b',
    title: 'Rust compiler release notes',
    site: 'Example News',
    text: 'The compiler team shipped a faster borrow checker.',
    publishedAt: '2024-02-03T00:00:00.000Z',
  },
  {
    url: 'https://finance.example.cn/c',
    title: '央行发布金融数据',
    site: '财经网',
    text: '一月份人民币贷款增加。',
    publishedAt: '2024-03-04T00:00:00.000Z',
  },
];

let db: SeedDb;
let mounted: Mounted | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishMessages();
  db = openTestDb();
});

afterEach(async () => {
  mounted?.unmount();
  mounted = undefined;
  db.close();
});

async function mountCollection(layout: 'popup' | 'full' = 'popup') {
  mounted = mount(<Collection layout={layout} />, storeFor(db));
  return mounted.container;
}

describe('Collection', () => {
  it('lists the clips from the database, newest first, with site and date', async () => {
    await fillDb(db, CLIPS);
    const container = await mountCollection();
    const titles = await waitFor(() => {
      const found = rowTitles(container);
      expect(found).toHaveLength(3);
      return found;
    });
    expect(titles).toEqual(['央行发布金融数据', 'Rust compiler release notes', '加强基层党建工作']);
    const firstMeta = container.querySelector('[data-testid="clip-row"] .row-meta')?.textContent;
    expect(firstMeta).toContain('财经网');
    expect(firstMeta).toContain('2024');
    expect(byTestId(container, 'list-status').textContent).toBe('3 clips');
  });

  it('says the collection is empty', async () => {
    const container = await mountCollection();
    await waitFor(() =>
      expect(byTestId(container, 'list-status').textContent).toContain('No clips yet'),
    );
    expect(rowTitles(container)).toEqual([]);
  });

  it('search filters the list (Chinese and Latin words)', async () => {
    await fillDb(db, CLIPS);
    const container = await mountCollection();
    await waitFor(() => expect(rowTitles(container)).toHaveLength(3));
    const input = byTestId<HTMLInputElement>(container, 'search-input');

    await typeInto(input, '基层党建');
    await waitFor(() => expect(rowTitles(container)).toEqual(['加强基层党建工作']));

    await typeInto(input, 'compiler');
    await waitFor(() => expect(rowTitles(container)).toEqual(['Rust compiler release notes']));

    await typeInto(input, 'nothingmatchesthis');
    await waitFor(() => expect(rowTitles(container)).toEqual([]));
    expect(byTestId(container, 'list-status').textContent).toBe('No clips match.');

    await typeInto(input, '');
    await waitFor(() => expect(rowTitles(container)).toHaveLength(3));
  });

  it('filters by site from the facets', async () => {
    await fillDb(db, CLIPS);
    const container = await mountCollection();
    const select = byTestId<HTMLSelectElement>(container, 'site-filter');
    await waitFor(() => expect(select.querySelectorAll('option')).toHaveLength(4));
    select.value = '新华网';
    await click(select); // focus only; the change event is what filters
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(rowTitles(container)).toEqual(['加强基层党建工作']));
  });

  it('opens a clip: preview rendered from Markdown and sanitized', async () => {
    await fillDb(db, [
      {
        url: 'https://evil.example/x',
        title: 'Hostile',
        site: 'Evil',
        text: 'Hello **world** <img src=x onerror="window.__canary=1"> [x](javascript:alert(1))',
      },
    ]);
    const container = await mountCollection();
    const row = await waitFor(() => byTestId(container, 'clip-row'));
    await click(row);
    const preview = await waitFor(() => byTestId(container, 'preview'));
    expect(preview.querySelector('strong')?.textContent).toBe('world');
    expect(preview.innerHTML).not.toMatch(/onerror|javascript:/i);
    // The popup shows the clip instead of the list; Back returns to it.
    await click(byTestId(container, 'back-button'));
    await waitFor(() => expect(container.querySelector('[data-testid="clip-detail"]')).toBeNull());
  });

  it('deletes a clip and brings it back with Undo', async () => {
    const ids = await fillDb(db, CLIPS);
    const container = await mountCollection();
    await waitFor(() => expect(rowTitles(container)).toHaveLength(3));
    const before = await getClip(db, ids[0]!);

    const target = [...container.querySelectorAll('[data-testid="clip-row"]')].find(
      (row) => row.getAttribute('data-clip-id') === ids[0],
    )!;
    await click(target);
    await click(await waitFor(() => byTestId(container, 'delete-button')));

    await waitFor(() => expect(rowTitles(container)).not.toContain('加强基层党建工作'));
    expect(await countClips(db)).toBe(2);
    expect(byTestId(container, 'toast').textContent).toContain('Deleted “加强基层党建工作”');

    await click(byTestId(container, 'undo-button'));
    await waitFor(() => expect(rowTitles(container)).toContain('加强基层党建工作'));
    expect(await countClips(db)).toBe(3);
    expect(await getClip(db, ids[0]!)).toEqual(before);
  });

  it('is keyboard-driven: arrows move, Enter opens, Delete deletes with undo', async () => {
    await fillDb(db, CLIPS);
    const container = await mountCollection();
    await waitFor(() => expect(rowTitles(container)).toHaveLength(3));
    const list = byTestId(container, 'clip-list');

    await press(list, 'ArrowDown');
    await press(list, 'ArrowDown');
    expect(list.getAttribute('aria-activedescendant')).toBe('clip-row-1');
    expect(container.querySelector('#clip-row-1')?.getAttribute('aria-selected')).toBe('true');

    await press(list, 'Delete');
    await waitFor(() =>
      expect(rowTitles(container)).toEqual(['央行发布金融数据', '加强基层党建工作']),
    );
    await click(byTestId(container, 'undo-button'));
    await waitFor(() => expect(rowTitles(container)).toHaveLength(3));

    await press(list, 'End');
    await press(list, 'Enter');
    const detail = await waitFor(() => byTestId(container, 'clip-detail'));
    expect(detail.querySelector('.detail-title')?.textContent).toBe('加强基层党建工作');
  });

  it('"/" focuses the search box', async () => {
    const container = await mountCollection();
    const input = byTestId<HTMLInputElement>(container, 'search-input');
    expect(document.activeElement).not.toBe(input);
    await press(document.body, '/');
    await waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('saves edits (title, categories, author, date) through updateClip', async () => {
    const [id] = await fillDb(db, CLIPS.slice(0, 1));
    const container = await mountCollection('full');
    await click(await waitFor(() => byTestId(container, 'clip-row')));
    const title = await waitFor(() => byTestId<HTMLInputElement>(container, 'edit-title'));
    await typeInto(title, '新标题');
    await typeInto(byTestId<HTMLInputElement>(container, 'edit-categories'), '时政, 新华网, 要闻');
    await typeInto(byTestId<HTMLInputElement>(container, 'edit-author'), '记者');
    await typeInto(byTestId<HTMLInputElement>(container, 'edit-date'), '2023-05-06');
    const form = byTestId<HTMLFormElement>(container, 'edit-form');
    await click(byTestId(form, 'save-edit'));
    await waitFor(() => expect(rowTitles(container)).toEqual(['新标题']));
    const stored = await getClip(db, id!);
    expect(stored?.title).toBe('新标题');
    expect(stored?.categories).toEqual(['时政', '新华网', '要闻']);
    expect(stored?.author).toBe('记者');
    expect(stored?.publishedAt?.slice(0, 10)).toBe('2023-05-06');
  });

  it('renders only a window of rows for a large collection', async () => {
    const many: TestClip[] = Array.from({ length: 800 }, (_, index) => ({
      url: `https://example.com/${index}`,
      title: `Article ${index}`,
      site: `site${index % 7}`,
      text: `body ${index}`,
    }));
    await fillDb(db, many);
    const container = await mountCollection('full');
    await waitFor(() => expect(byTestId(container, 'list-status').textContent).toBe('800 clips'));
    const rendered = container.querySelectorAll('[data-testid="clip-row"]').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(rowTitles(container)[0]).toBe('Article 799');
  });
});
