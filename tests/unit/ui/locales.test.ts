import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ERROR_TEXT_EN, errorMessageKey } from '../../../utils/clip-tab/errors';
import type { ClipErrorCode } from '../../../utils/messages';

type Messages = Record<string, string | Record<string, string>>;

const en = parse(readFileSync('locales/en.yml', 'utf8')) as Messages;
const zh = parse(readFileSync('locales/zh_CN.yml', 'utf8')) as Messages;

/** Words that are the same in both languages. */
const SAME_IN_BOTH = new Set(['ui_settings_body_markdown', 'ui_progress_count']);

function placeholders(value: string | Record<string, string>): string[] {
  const text = typeof value === 'string' ? value : Object.values(value).join(' ');
  return [...new Set(text.match(/\$\d/g) ?? [])].sort();
}

describe('locales', () => {
  it('English and Simplified Chinese have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is translated with the same substitutions', () => {
    for (const [key, value] of Object.entries(en)) {
      const translated = zh[key];
      expect(translated, key).toBeDefined();
      expect(placeholders(translated!), key).toEqual(placeholders(value));
      if (typeof value === 'string' && key.startsWith('ui_') && !SAME_IN_BOTH.has(key)) {
        // A UI sentence left in English in zh_CN is a missed translation.
        expect(translated, key).not.toBe(value);
      }
    }
  });

  it('keeps the manifest keys', () => {
    for (const key of ['extName', 'extDescription', 'commandClipPage'])
      expect(en[key]).toBeTruthy();
  });
});

describe('clip error texts', () => {
  it('every clip error code has a message and a next step in both languages', () => {
    for (const code of Object.keys(ERROR_TEXT_EN) as ClipErrorCode[]) {
      for (const part of ['err', 'next'] as const) {
        const key = errorMessageKey(code, part);
        expect(en[key], key).toBeTruthy();
        expect(zh[key], key).toBeTruthy();
      }
    }
  });
});
