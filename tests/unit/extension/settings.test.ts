import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  bodyModeSetting,
  defaultCategorySetting,
  getClipSettings,
  keepRawHtmlSetting,
  lastClipStatus,
  persistentStorageGranted,
  requestPersistentStorage,
} from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults: category news, Markdown bodies, raw HTML kept, no status', async () => {
    expect(await getClipSettings()).toEqual({
      defaultCategory: 'news',
      bodyMode: 'markdown',
      keepRawHtml: true,
    });
    expect(await lastClipStatus.getValue()).toBeNull();
  });

  it('reads what the user set', async () => {
    await defaultCategorySetting.setValue('金融');
    await bodyModeSetting.setValue('html');
    await keepRawHtmlSetting.setValue(false);
    expect(await getClipSettings()).toEqual({
      defaultCategory: '金融',
      bodyMode: 'html',
      keepRawHtml: false,
    });
  });

  it('falls back to the default category for a blank one', async () => {
    await defaultCategorySetting.setValue('   ');
    expect((await getClipSettings()).defaultCategory).toBe('news');
  });
});

describe('requestPersistentStorage', () => {
  it('asks once not yet persisted and records the answer', async () => {
    const manager = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await requestPersistentStorage(manager)).toBe(true);
    expect(manager.persist).toHaveBeenCalledOnce();
    expect(await persistentStorageGranted.getValue()).toBe(true);
  });

  it('does not ask again when already persisted', async () => {
    const manager = { persisted: vi.fn(async () => true), persist: vi.fn(async () => false) };
    expect(await requestPersistentStorage(manager)).toBe(true);
    expect(manager.persist).not.toHaveBeenCalled();
  });

  it('returns null where the API does not exist (Chrome service worker)', async () => {
    expect(await requestPersistentStorage(undefined)).toBeNull();
    expect(
      await requestPersistentStorage({ persisted: async () => false } as unknown as StorageManager),
    ).toBeNull();
  });
});
