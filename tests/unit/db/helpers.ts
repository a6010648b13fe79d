/** Test helpers shared by the storage tests: a fresh fake-indexeddb database and clip fixtures. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeedDb } from '@/utils/db/schema';
import type { ClipResult } from '@/utils/types';

let counter = 0;

/** fake-indexeddb passed explicitly: Dexie may have been loaded before any global polyfill. */
export const FAKE_IDB = { indexedDB, IDBKeyRange };

export function testDbName(): string {
  counter++;
  return `test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** A new, empty database with a unique name (fake-indexeddb is global to the test file). */
export function freshDb(): SeedDb {
  return new SeedDb(testDbName(), FAKE_IDB);
}

export const SEEDS_DIR = join(__dirname, '../../../../shared/seeds');

export function seedFiles(): { name: string; bytes: Uint8Array }[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, name))) }));
}

/** A 16-hex id for test clip n. */
export function testId(n: number): string {
  return n.toString(16).padStart(16, '0');
}

export function clipResult(n: number, overrides: Partial<ClipResult> = {}): ClipResult {
  const url = `https://news.example.cn/a/${n}.html`;
  const text = overrides.text ?? `第${n}篇文章的正文。基层治理 word${n} body text.`;
  return {
    url,
    canonicalUrl: url,
    id: testId(n),
    meta: {
      title: `Title ${n} 标题${n}`,
      siteName: `站点${n % 3}`,
      section: 'source',
      author: '',
      source: '',
      publishedAt: null,
      leadImage: '',
      lang: 'zh',
      excerpt: '',
    },
    html: `<p>${text}</p>`,
    markdown: text,
    text,
    wordCount: text.length,
    flags: [],
    ...overrides,
  };
}
