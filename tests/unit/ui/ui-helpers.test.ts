import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  exportZipName,
  formatShortDate,
  uiLocale,
  fromDateInputValue,
  parseCategoriesInput,
  toDateInputValue,
} from '@/utils/ui/format';
import { isImportableName } from '@/utils/ui/file-system';
import { tabIdFromLocation } from '@/utils/ui/page';
import { nextActiveIndex, scrollToReveal, visibleRows } from '@/utils/ui/virtual';

describe('visibleRows', () => {
  it('covers the viewport plus overscan, clamped to the list', () => {
    expect(visibleRows(0, 300, 50, 1000, 2)).toEqual({ start: 0, end: 9 });
    expect(visibleRows(5000, 300, 50, 1000, 2)).toEqual({ start: 98, end: 109 });
    expect(visibleRows(49_700, 300, 50, 1000, 2)).toEqual({ start: 992, end: 1000 });
    expect(visibleRows(0, 300, 50, 0)).toEqual({ start: 0, end: 0 });
  });

  it('renders the same number of rows at 50 and at 50,000 clips', () => {
    const small = visibleRows(0, 600, 54, 50_000);
    expect(small.end - small.start).toBeLessThan(30);
  });
});

describe('keyboard navigation', () => {
  it('moves within bounds', () => {
    expect(nextActiveIndex('ArrowDown', -1, 10, 5)).toBe(0);
    expect(nextActiveIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextActiveIndex('ArrowUp', 0, 10, 5)).toBe(0);
    expect(nextActiveIndex('PageDown', 2, 10, 5)).toBe(7);
    expect(nextActiveIndex('PageUp', 2, 10, 5)).toBe(0);
    expect(nextActiveIndex('End', 2, 10, 5)).toBe(9);
    expect(nextActiveIndex('Home', 2, 10, 5)).toBe(0);
    expect(nextActiveIndex('a', 2, 10, 5)).toBeNull();
    expect(nextActiveIndex('ArrowDown', 0, 0, 5)).toBeNull();
  });

  it('scrolls only when the row is out of view', () => {
    expect(scrollToReveal(0, 0, 300, 50)).toBeNull();
    expect(scrollToReveal(10, 0, 300, 50)).toBe(250);
    expect(scrollToReveal(1, 200, 300, 50)).toBe(50);
  });
});

describe('form helpers', () => {
  it('splits categories on ASCII and CJK separators', () => {
    expect(parseCategoriesInput('新媒体， 人民网、 要闻')).toEqual(['新媒体', '人民网', '要闻']);
    expect(parseCategoriesInput('news, Example,\n,source')).toEqual(['news', 'Example', 'source']);
  });

  it('round-trips dates through <input type=date>', () => {
    expect(toDateInputValue('2024-03-04T10:00:00.000Z')).toBe('2024-03-04');
    expect(toDateInputValue(null)).toBe('');
    expect(toDateInputValue('not a date')).toBe('');
    expect(fromDateInputValue('2024-03-04')).toBe('2024-03-04T00:00:00.000Z');
    expect(fromDateInputValue('')).toBeNull();
  });

  it('names the zip by date', () => {
    expect(exportZipName(new Date(2024, 0, 5))).toBe('seed-clipper-2024-01-05.zip');
  });
});

describe('page helpers', () => {
  it('reads ?tabId= strictly', () => {
    expect(tabIdFromLocation('?tabId=42')).toBe(42);
    expect(tabIdFromLocation('')).toBeUndefined();
    expect(tabIdFromLocation('?tabId=-1')).toBeUndefined();
    expect(tabIdFromLocation('?tabId=1e3')).toBeUndefined();
  });

  it('imports .txt and .zip files, not hidden files', () => {
    expect(isImportableName('000_0123456789abcdef.txt')).toBe(true);
    expect(isImportableName('seeds/export.ZIP')).toBe(true);
    expect(isImportableName('seeds/.seed-clipper-export.json')).toBe(false);
    expect(isImportableName('seeds/.hidden.txt')).toBe(false);
    expect(isImportableName('notes.md')).toBe(false);
  });
});

describe('uiLocale', () => {
  it('follows the language of the extension strings, so dates match the text', () => {
    fakeBrowser.i18n.getMessage = ((key: string) =>
      key === '@@ui_locale' ? 'zh_CN' : '') as typeof fakeBrowser.i18n.getMessage;
    expect(uiLocale()).toBe('zh-CN');
    expect(formatShortDate('2024-03-04T12:00:00.000Z')).toContain('2024年');
    fakeBrowser.i18n.getMessage = ((key: string) =>
      key === '@@ui_locale' ? 'en' : '') as typeof fakeBrowser.i18n.getMessage;
    expect(formatShortDate('2024-03-04T12:00:00.000Z')).toMatch(/Mar/);
  });
});
