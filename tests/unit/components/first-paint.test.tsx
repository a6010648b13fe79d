/**
 * The popup's first paint is O(page): with 10,000 clips present, the list's first rows come from
 * one bounded read of summary rows — no body, seed text or index row is read, nothing is counted
 * or scanned — and the count and the filter menus follow once the rows are on screen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { DBCore, DBCoreTable } from 'dexie';
import { App as PopupApp } from '@/entrypoints/popup/App';
import type { SeedDb } from '@/utils/db/schema';
import type { ClipBody, ClipSummary } from '@/utils/db/types';
import { PAGE_SIZE } from '@/utils/ui/use-clip-rows';
import {
  byTestId,
  installEnglishMessages,
  mount,
  openTestDb,
  rowTitles,
  storeFor,
  waitFor,
  type Mounted,
} from './helpers';

const COUNT = 10_000;

interface Access {
  table: string;
  op: string;
  /** Rows a query returned (undefined for other operations). */
  rows?: number;
  limit?: number;
}

/** Records every DBCore call (the layer under every Dexie query) by table and operation. */
function spyOn(db: SeedDb): Access[] {
  const log: Access[] = [];
  db.use({
    stack: 'dbcore',
    name: 'test-access-spy',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        const note = (op: string) => log.push({ table: name, op });
        return {
          ...table,
          get: (req) => (note('get'), table.get(req)),
          getMany: (req) => (note('getMany'), table.getMany(req)),
          count: (req) => (note('count'), table.count(req)),
          openCursor: (req) => (note('openCursor'), table.openCursor(req)),
          query: async (req) => {
            const result = await table.query(req);
            log.push({ table: name, op: 'query', rows: result.result.length, limit: req.limit });
            return result;
          },
        };
      },
    }),
  });
  return log;
}

function summary(n: number): ClipSummary {
  const id = n.toString(16).padStart(16, '0');
  const site = `site${n % 17}`;
  return {
    id,
    url: `https://example.com/${n}`,
    canonicalUrl: `https://example.com/${n}`,
    title: `Article ${n}`,
    site,
    category: `cat${n % 5}`,
    categories: [`cat${n % 5}`, site, 'source'],
    section: 'source',
    author: '',
    source: '',
    publishedAt: null,
    date: '',
    clippedAt: 1_700_000_000_000 + n,
    updatedAt: 1_700_000_000_000 + n,
    seq: n + 1,
    leadImage: '',
    lang: 'en',
    excerpt: '',
    wordCount: 3,
    flags: [],
    bodyMode: 'markdown',
    hasFrontMatter: true,
    hasRaw: false,
    origin: 'clip',
  };
}

let db: SeedDb;
let mounted: Mounted | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishMessages();
  db = openTestDb();
});

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  db.close();
});

describe('popup first paint with 10,000 clips', () => {
  it('renders the first page from summary rows only, then counts and loads the filters', async () => {
    const log = spyOn(db);
    const clips = Array.from({ length: COUNT }, (_, n) => summary(n));
    const bodies: ClipBody[] = clips.map((clip) => ({
      id: clip.id,
      markdown: `body of ${clip.title}`,
      html: '',
      text: `body of ${clip.title}`,
    }));
    await db.transaction('rw', [db.clips, db.bodies, db.stats], async () => {
      await db.clips.bulkPut(clips);
      await db.bodies.bulkPut(bodies);
    });
    log.length = 0;

    mounted = mount(<PopupApp tabId={1} />, storeFor(db));
    const container = mounted.container;
    // The first rows, newest first; what had been read by then is the first paint's cost.
    await waitFor(() => expect(rowTitles(container)[0]).toBe(`Article ${COUNT - 1}`));
    const beforePaint = [...log];

    expect(beforePaint.filter((access) => access.table !== 'clips')).toEqual([]);
    const clipReads = beforePaint.filter((access) => access.table === 'clips');
    expect(clipReads.map((access) => access.op)).toEqual(['query']);
    expect(clipReads[0]!.limit).toBeLessThanOrEqual(PAGE_SIZE + 1);
    expect(clipReads[0]!.rows).toBeLessThanOrEqual(PAGE_SIZE + 1);
    const rendered = container.querySelectorAll('[data-testid="clip-row"]').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThanOrEqual(PAGE_SIZE);

    // After the paint: the exact count, then the filter menus (index keys, still no bodies).
    await waitFor(() =>
      expect(byTestId(container, 'list-status').textContent).toBe(`${COUNT} clips`),
    );
    await waitFor(() =>
      expect(byTestId(container, 'site-filter').querySelectorAll('option')).toHaveLength(1 + 17),
    );
    expect(byTestId(container, 'clip-list').getAttribute('data-total')).toBe(String(COUNT));
    expect(log.filter((access) => access.table === 'bodies')).toEqual([]);
  }, 120_000);
});
