import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BackupPanel, type BackupApi } from '@/components/BackupPanel';
import type { SeedDb } from '@/utils/db/schema';
import { QuotaError } from '@/utils/db/errors';
import {
  byTestId,
  click,
  englishMessage,
  installEnglishMessages,
  mount,
  openTestDb,
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
  vi.restoreAllMocks();
});

function fakeApi(overrides: Partial<BackupApi> = {}): BackupApi {
  return {
    backupAll: vi.fn(async () => new Blob(['zip'], { type: 'application/zip' })),
    restoreBackup: vi.fn(async () => ({
      restored: 2,
      invalid: [{ name: 'seeds/009_bad.txt', reason: 'malformed front matter' }],
    })),
    backupFileName: () => 'seed-clipper-backup-2024-01-01.zip',
    ...overrides,
  };
}

describe('BackupPanel', () => {
  it('downloads the backup under its file name', async () => {
    const original = URL.createObjectURL;
    onTestFinished(() => {
      URL.createObjectURL = original;
    });
    URL.createObjectURL = vi.fn(() => 'blob:test') as typeof URL.createObjectURL;
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    const api = fakeApi();
    mounted = mount(<BackupPanel db={db} api={api} onRestored={() => undefined} />);
    await click(byTestId(mounted.container, 'backup-button'));
    await waitFor(() =>
      expect(byTestId(mounted!.container, 'backup-result').textContent).toContain(
        'seed-clipper-backup-2024-01-01.zip',
      ),
    );
    expect(downloads).toEqual(['seed-clipper-backup-2024-01-01.zip']);
    expect(api.backupAll).toHaveBeenCalledWith(db, expect.anything());
  });

  it('restores a backup and lists the files it could not restore', async () => {
    const onRestored = vi.fn();
    const api = fakeApi();
    mounted = mount(<BackupPanel db={db} api={api} onRestored={onRestored} />);
    const input = byTestId<HTMLInputElement>(mounted.container, 'restore-file-input');
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'backup.zip')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const result = await waitFor(() => byTestId(mounted!.container, 'backup-result'));
    expect(result.textContent).toContain('Restored 2 clips; 1 files could not be restored.');
    expect(result.textContent).toContain('malformed front matter');
    expect(onRestored).toHaveBeenCalled();
  });

  it('shows a quota error', async () => {
    const api = fakeApi({
      backupAll: async () => {
        throw new QuotaError();
      },
    });
    mounted = mount(<BackupPanel db={db} api={api} onRestored={() => undefined} />);
    await click(byTestId(mounted.container, 'backup-button'));
    const result = await waitFor(() => byTestId(mounted!.container, 'backup-result'));
    expect(result.textContent).toContain(englishMessage('ui_err_quota'));
  });
});
