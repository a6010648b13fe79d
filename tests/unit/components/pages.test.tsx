import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App as CollectionApp } from '@/entrypoints/collection/App';
import { App as PopupApp } from '@/entrypoints/popup/App';
import type { SeedDb } from '@/utils/db/schema';
import {
  byTestId,
  click,
  fillDb,
  installEnglishMessages,
  mount,
  openTestDb,
  rowTitles,
  storeFor,
  waitFor,
  type Mounted,
} from './helpers';

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

describe('popup page', () => {
  it('shows the clip button and the collection, and opens the full view in a tab', async () => {
    await fillDb(db, [{ url: 'https://a.example/1', title: 'First', site: 'A', text: 'x' }]);
    const created: unknown[] = [];
    fakeBrowser.tabs.create = vi.fn(async (props: unknown) => {
      created.push(props);
      return {} as Awaited<ReturnType<typeof fakeBrowser.tabs.create>>;
    }) as unknown as typeof fakeBrowser.tabs.create;
    mounted = mount(<PopupApp tabId={3} />, storeFor(db));
    expect(byTestId(mounted.container, 'clip-button').textContent).toBe('Clip this page');
    await waitFor(() => expect(rowTitles(mounted!.container)).toEqual(['First']));
    await click(byTestId(mounted.container, 'open-full-view'));
    expect(created).toHaveLength(1);
    expect(String((created[0] as { url: string }).url)).toMatch(/\/collection\.html$/);
  });
});

describe('full view page', () => {
  it('switches between the collection, export/import and settings/backup sections', async () => {
    await fillDb(db, [{ url: 'https://a.example/1', title: 'First', site: 'A', text: 'x' }]);
    mounted = mount(<CollectionApp db={db} />, storeFor(db));
    await waitFor(() => expect(rowTitles(mounted!.container)).toEqual(['First']));

    // Check a clip → "Selected clips (1)" becomes available for export.
    const checkbox = mounted.container.querySelector<HTMLInputElement>('.row-check')!;
    await click(checkbox);
    expect(byTestId(mounted.container, 'selection-count').textContent).toContain('1 selected');

    await click(byTestId(mounted.container, 'nav-transfer'));
    expect(byTestId(mounted.container, 'export-zip-button')).toBeTruthy();
    expect(byTestId(mounted.container, 'import-file-input')).toBeTruthy();
    expect(byTestId(mounted.container, 'export-panel').textContent).toContain('Selected clips (1)');

    await click(byTestId(mounted.container, 'nav-settings'));
    expect(byTestId(mounted.container, 'settings-panel')).toBeTruthy();
    expect(byTestId(mounted.container, 'backup-button')).toBeTruthy();
  });
});
