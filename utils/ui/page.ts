/** Small page-level helpers for the popup and the full view. */
import { uiLocale } from './format';

/** `?tabId=N` → N (the popup opened as a tab by e2e tests clips that tab), else undefined. */
export function tabIdFromLocation(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d{1,10}$/.test(value)) return undefined;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** `<html lang>` follows the UI language, so CJK text gets the right font and screen-reader voice. */
export function applyDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = uiLocale();
}
