/**
 * Issue 5, data safety the user can see: IndexedDB that will not open (a Firefox private window)
 * gives a visible warning through the real Dexie store, a private window is named as such, a quota
 * error during an import (Dexie's AbortError wrapping QuotaExceededError) is shown and leaves
 * nothing, and a 1 GB file is refused by its size before a byte of it is read.
 */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB as fakeIndexedDb } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ImportPanel } from '@/components/ImportPanel';
import { StorageWarning } from '@/components/StorageWarning';
import { countClips } from '@/utils/db/repository';
import { SeedDb } from '@/utils/db/schema';
import { importAny, MAX_SEED_FILE_SIZE } from '@/utils/import';
import {
  byTestId,
  englishMessage,
  fillDb,
  installEnglishMessages,
  mount,
  openTestDb,
  storeFor,
  waitFor,
  type Mounted,
} from '../components/helpers';

const SEED_TEXT =
  "\n---\ntitle: 'A title'\ncategories: \n - news\n - site\n - source\nheadimg: ''\nauthor: site\ncomments: false\ndate: Sun, 17 Jul 2022 02:09:16 GMT\nthumbnail: ''\n---\n\nBody text 正文\n";

let mounted: Mounted | undefined;
const opened: SeedDb[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishMessages();
});

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  opened.splice(0).forEach((db) => db.close());
});

/**
 * An IDBFactory whose open() fails the way Firefox's does for extension pages in a private window
 * ("A mutation operation was attempted on a database that did not allow mutations.").
 */
function privateWindowIndexedDb(): IDBFactory {
  return {
    open() {
      const request = {
        error: new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        ),
        result: undefined,
        readyState: 'done',
        onerror: null as ((event: unknown) => void) | null,
        onsuccess: null,
        onupgradeneeded: null,
        onblocked: null,
      };
      setTimeout(() =>
        request.onerror?.({
          target: request,
          type: 'error',
          preventDefault() {},
          stopPropagation() {},
        }),
      );
      return request as unknown as IDBOpenDBRequest;
    },
    deleteDatabase: () => fakeIndexedDb.deleteDatabase('never'),
    cmp: (a: unknown, b: unknown) => fakeIndexedDb.cmp(a, b),
    databases: async () => [],
  } as IDBFactory;
}

describe('storage that cannot be used is never silent', () => {
  it('IndexedDB refusing to open (Firefox private window) shows the storage warning', async () => {
    const db = new SeedDb('private-window', { indexedDB: privateWindowIndexedDb(), IDBKeyRange });
    opened.push(db);
    mounted = mount(<StorageWarning />, storeFor(db));
    const banner = await waitFor(() => byTestId(mounted!.container, 'storage-warning'));
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain(englishMessage('ui_storage_unavailable'));
    expect(banner.textContent).toContain(englishMessage('ui_storage_unavailable_next'));
  });

  it('a private window is named, with what to do, even when the database opens', async () => {
    const db = openTestDb();
    opened.push(db);
    (fakeBrowser as unknown as { extension: { inIncognitoContext: boolean } }).extension = {
      ...fakeBrowser.extension,
      inIncognitoContext: true,
    };
    mounted = mount(<StorageWarning />, storeFor(db));
    const banner = await waitFor(() => byTestId(mounted!.container, 'storage-warning'));
    expect(banner.textContent).toContain(englishMessage('ui_storage_private'));
    expect(banner.textContent).toContain(englishMessage('ui_storage_private_next'));
  });
});

describe('quota during an import', () => {
  it('Dexie AbortError wrapping QuotaExceededError is shown to the user; nothing is imported', async () => {
    const db = openTestDb();
    opened.push(db);
    await fillDb(db, [{ url: 'https://a.example/1', title: 'Kept', site: 'A', text: 'kept text' }]);
    const original = db.seeds.bulkPut.bind(db.seeds);
    db.seeds.bulkPut = (() =>
      Promise.reject(
        new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError')),
      )) as unknown as typeof original;
    mounted = mount(<ImportPanel db={db} onImported={() => undefined} />);
    const input = byTestId<HTMLInputElement>(mounted.container, 'import-file-input');
    const files = Array.from(
      { length: 3 },
      (_, n) =>
        new File([SEED_TEXT.replace('Body', `Body ${n}`)], `00${n}_000000000000000${n + 5}.txt`),
    );
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const error = await waitFor(() => byTestId(mounted!.container, 'import-error'));
    expect(error.textContent).toContain(englishMessage('ui_err_quota'));
    db.seeds.bulkPut = original;
    // Nothing partial, and the collection is still usable.
    expect(await countClips(db)).toBe(1);
    const retry = await importAny(db, files);
    expect(retry.imported).toHaveLength(3);
    expect(await countClips(db)).toBe(4);
  });
});

describe('a 1 GB file', () => {
  it('is refused by its size without reading it, and the other files are imported', async () => {
    const db = openTestDb();
    opened.push(db);
    let read = false;
    const huge = new File(['x'], '000_00000000000000aa.txt');
    Object.defineProperty(huge, 'size', { value: 1024 ** 3 });
    for (const method of ['arrayBuffer', 'text', 'stream', 'slice'] as const) {
      Object.defineProperty(huge, method, {
        value: () => {
          read = true;
          throw new Error('the 1 GB file was read');
        },
      });
    }
    const small = new File([SEED_TEXT], '001_00000000000000bb.txt');
    const report = await importAny(db, [huge, small]);
    expect(read).toBe(false);
    expect(report.invalid).toEqual([
      { name: huge.name, reason: `too large (over ${MAX_SEED_FILE_SIZE} bytes)` },
    ]);
    expect(report.imported.map((file) => file.name)).toEqual([small.name]);
    expect(await countClips(db)).toBe(1);
  });
});
