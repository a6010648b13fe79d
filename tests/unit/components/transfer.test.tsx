import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Collection } from '@/components/Collection';
import { ExportPanel } from '@/components/ExportPanel';
import { ImportPanel } from '@/components/ImportPanel';
import { StorageWarning } from '@/components/StorageWarning';
import { countClips } from '@/utils/db/repository';
import { QuotaError } from '@/utils/db/errors';
import type { SeedDb } from '@/utils/db/schema';
import type { CollectionStore } from '@/utils/ui/collection-store';
import {
  byTestId,
  click,
  englishMessage,
  fillDb,
  installEnglishMessages,
  mount,
  openTestDb,
  storeFor,
  waitFor,
  type Mounted,
} from './helpers';

const SEEDS_DIR = path.resolve('../shared/seeds');

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
  vi.restoreAllMocks();
});

function setFiles(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function seedFiles(): File[] {
  return readdirSync(SEEDS_DIR)
    .sort()
    .map((name) => new File([readFileSync(path.join(SEEDS_DIR, name))], name));
}

describe('ImportPanel', () => {
  it('imports seed files from the file input and reports them', async () => {
    const onImported = vi.fn();
    mounted = mount(<ImportPanel db={db} onImported={onImported} />);
    const input = byTestId<HTMLInputElement>(mounted.container, 'import-file-input');
    setFiles(input, seedFiles());
    const report = await waitFor(() => byTestId(mounted!.container, 'import-report'));
    const count = (outcome: string) =>
      report.querySelector(`[data-outcome="${outcome}"]`)?.getAttribute('data-count');
    expect(count('imported')).toBe(String(seedFiles().length));
    expect(count('invalid')).toBe('0');
    expect(await countClips(db)).toBe(seedFiles().length);
    expect(onImported).toHaveBeenCalled();
  });

  it('reports an invalid file with its reason and writes nothing for it', async () => {
    mounted = mount(<ImportPanel db={db} onImported={() => undefined} />);
    const broken = new File([new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x80])], 'broken.txt');
    setFiles(byTestId<HTMLInputElement>(mounted.container, 'import-file-input'), [broken]);
    const report = await waitFor(() => byTestId(mounted!.container, 'import-report'));
    const row = report.querySelector('tr[data-outcome="invalid"]');
    expect(row?.textContent).toContain('broken.txt');
    expect(row?.querySelectorAll('td')[2]?.textContent?.length).toBeGreaterThan(0);
    expect(await countClips(db)).toBe(0);
  });

  it('ignores hidden and non-seed files from a folder', async () => {
    mounted = mount(<ImportPanel db={db} onImported={() => undefined} />);
    setFiles(byTestId<HTMLInputElement>(mounted.container, 'import-folder-input'), [
      new File(['{}'], '.seed-clipper-export.json'),
      new File(['x'], 'notes.md'),
    ]);
    await waitFor(() =>
      expect(byTestId(mounted!.container, 'import-error').textContent).toBe(
        englishMessage('ui_import_nothing'),
      ),
    );
  });
});

describe('ExportPanel', () => {
  it('downloads a zip of NNN_<id>.txt seed files', async () => {
    const ids = await fillDb(db, [
      { url: 'https://a.example/1', title: 'One', site: 'A', text: 'first' },
      { url: 'https://a.example/2', title: 'Two', site: 'A', text: 'second' },
    ]);
    let blob: Blob | undefined;
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    onTestFinished(() => {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    });
    URL.createObjectURL = vi.fn((value: Blob) => {
      blob = value;
      return 'blob:test';
    }) as typeof URL.createObjectURL;
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    mounted = mount(<ExportPanel db={db} checkedIds={[]} />);
    await click(byTestId(mounted.container, 'export-zip-button'));
    await waitFor(() =>
      expect(byTestId(mounted!.container, 'export-result').textContent).toContain('Export ready'),
    );
    const entries = unzipSync(new Uint8Array(await blob!.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual([`000_${ids[0]}.txt`, `001_${ids[1]}.txt`]);
  });
});

describe('errors reach the user', () => {
  function failingStore(overrides: Partial<CollectionStore>): CollectionStore {
    return { ...storeFor(db), ...overrides };
  }

  it('a quota error on delete is shown, and the clip stays', async () => {
    await fillDb(db, [{ url: 'https://a.example/1', title: 'Keep me', site: 'A', text: 'x' }]);
    const store = failingStore({
      remove: async () => {
        throw new QuotaError();
      },
    });
    mounted = mount(<Collection layout="full" />, store);
    const list = await waitFor(() => {
      byTestId(mounted!.container, 'clip-row');
      return byTestId(mounted!.container, 'clip-list');
    });
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await waitFor(() => expect(list.getAttribute('aria-activedescendant')).toBe('clip-row-0'));
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    const toast = await waitFor(() => byTestId(mounted!.container, 'toast'));
    expect(toast.textContent).toContain(englishMessage('ui_err_quota'));
    expect(toast.getAttribute('role')).toBe('alert');
    expect(await countClips(db)).toBe(1);
  });

  it('warns when the database cannot be opened', async () => {
    const store = failingStore({
      ready: async () => {
        throw Object.assign(new Error('IndexedDB is not available'), { name: 'InvalidStateError' });
      },
    });
    mounted = mount(<StorageWarning />, store);
    const banner = await waitFor(() => byTestId(mounted!.container, 'storage-warning'));
    expect(banner.textContent).toContain(englishMessage('ui_storage_unavailable'));
    expect(banner.textContent).toContain('IndexedDB is not available');
  });

  it('shows no warning when storage works', async () => {
    mounted = mount(<StorageWarning />, storeFor(db));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mounted.container.querySelector('[data-testid="storage-warning"]')).toBeNull();
  });
});
