/**
 * User settings and the last clip's status, one storage item each (browser.storage.local through
 * WXT's storage wrapper). Extension pages read and watch them directly; the background writes the
 * status so a popup opened after (or closed during) a clip still shows the outcome.
 */
import { storage } from 'wxt/utils/storage';
import type { BodyMode } from './types';
import type { ClipStatus } from './messages';

export const DEFAULT_CATEGORY = 'news';

/** The first entry of a clip's `categories` (seeds use e.g. 新媒体, 金融). */
export const defaultCategorySetting = storage.defineItem<string>('local:settings.defaultCategory', {
  fallback: DEFAULT_CATEGORY,
});

/** Whether exported seed bodies are Markdown or the cleaned HTML. */
export const bodyModeSetting = storage.defineItem<BodyMode>('local:settings.bodyMode', {
  fallback: 'markdown',
});

/** Keep the raw page HTML (compressed) so clips can be re-extracted when cleaning improves. */
export const keepRawHtmlSetting = storage.defineItem<boolean>('local:settings.keepRawHtml', {
  fallback: true,
});

/** The latest clip's progress or outcome; `null` before the first clip. */
export const lastClipStatus = storage.defineItem<ClipStatus | null>('local:lastClipStatus', {
  fallback: null,
});

/** Whether `navigator.storage.persist()` was granted the last time it was asked. */
export const persistentStorageGranted = storage.defineItem<boolean | null>(
  'local:persistentStorageGranted',
  { fallback: null },
);

export interface ClipSettings {
  defaultCategory: string;
  bodyMode: BodyMode;
  keepRawHtml: boolean;
}

export async function getClipSettings(): Promise<ClipSettings> {
  const [category, mode, keepRaw] = await Promise.all([
    defaultCategorySetting.getValue(),
    bodyModeSetting.getValue(),
    keepRawHtmlSetting.getValue(),
  ]);
  return {
    defaultCategory: category.trim() || DEFAULT_CATEGORY,
    bodyMode: mode === 'html' ? 'html' : 'markdown',
    keepRawHtml: keepRaw !== false,
  };
}

/**
 * Ask the browser not to evict the collection under storage pressure. `persist()` exists only in
 * windows (popup, full view, Firefox's event page), not in Chrome's service worker, so each context
 * calls this and the first that can does. `unlimitedStorage` already lifts the quota.
 */
export async function requestPersistentStorage(
  storageManager: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator
    ?.storage,
): Promise<boolean | null> {
  if (!storageManager || typeof storageManager.persist !== 'function') return null;
  try {
    const granted = (await storageManager.persisted()) || (await storageManager.persist());
    await persistentStorageGranted.setValue(granted);
    return granted;
  } catch {
    return null;
  }
}
