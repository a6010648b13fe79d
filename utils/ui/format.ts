/** Display helpers shared by the popup and the full view (no browser state besides the locale). */
import { browser } from 'wxt/browser';
import type { QualityFlag } from '../types';

/**
 * The language the extension's strings are shown in (`@@ui_locale`, e.g. zh_CN → zh-CN), so dates
 * match the text around them; then the browser's UI language; then the page's.
 */
export function uiLocale(): string {
  try {
    const fromMessages = browser.i18n?.getMessage?.('@@ui_locale');
    if (fromMessages) return fromMessages.replace('_', '-');
    const fromExtension = browser.i18n?.getUILanguage?.();
    if (fromExtension) return fromExtension;
  } catch {
    // The fake browser in unit tests does not implement these.
  }
  return globalThis.navigator?.language || 'en';
}

const shortDateFormats = new Map<string, Intl.DateTimeFormat | null>();

/**
 * One formatter per locale, made once: building an Intl.DateTimeFormat costs far more than
 * formatting with it, and every list row formats a date. null when the locale is not supported.
 */
function shortDateFormat(locale: string): Intl.DateTimeFormat | null {
  let format = shortDateFormats.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    } catch {
      format = null;
    }
    shortDateFormats.set(locale, format);
  }
  return format;
}

/** A short date for a list row: the published date when known, else when it was clipped. */
export function formatShortDate(value: string | number | null | undefined, locale = uiLocale()) {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return shortDateFormat(locale)?.format(date) ?? date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` for an `<input type=date>`; '' when the value is not a date. */
export function toDateInputValue(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return date.toISOString().slice(0, 10);
}

/** The ISO string an edited `<input type=date>` stands for (UTC midnight), or null when empty. */
export function fromDateInputValue(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Splits the categories field of the edit form: one per line or comma (ASCII or 、，). */
export function parseCategoriesInput(value: string): string[] {
  return value
    .split(/[\n,，、]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export const FLAG_ORDER: readonly QualityFlag[] = [
  'too-short',
  'login-wall',
  'placeholders',
  'whole-page',
  'selection',
];

/** A file name for a zip export: seed-clipper-YYYY-MM-DD.zip (local date). */
export function exportZipName(now: Date = new Date(), prefix = 'seed-clipper'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.zip`;
}

/** Bytes in a human unit (KB = 1024 B), for import/backup reports. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
