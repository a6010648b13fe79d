/** Shared setup for component tests: English strings, a fake-indexeddb database, render + wait. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing';
import { parse } from 'yaml';
import { StoreContext } from '@/components/store-context';
import { saveClip } from '@/utils/db/repository';
import { SeedDb } from '@/utils/db/schema';
import type { ClipResult } from '@/utils/types';
import { createCollectionStore } from '@/utils/ui/db-store';
import type { CollectionStore } from '@/utils/ui/collection-store';

type LocaleValue = string | Record<string, string>;

/** Plural entries ({1: …, n: …}) become "one | other" as @wxt-dev/i18n writes them to messages.json. */
function flatten(value: LocaleValue): string {
  if (typeof value === 'string') return value;
  return ['0', '1', 'n']
    .filter((key) => key in value)
    .map((key) => value[key])
    .join(' | ');
}

const english: Record<string, string> = Object.fromEntries(
  Object.entries(parse(readFileSync('locales/en.yml', 'utf8')) as Record<string, LocaleValue>).map(
    ([key, value]) => [key, flatten(value)],
  ),
);

/** browser.i18n.getMessage backed by locales/en.yml ($1… substitutions), as Chrome does it. */
export function installEnglishMessages(): void {
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    let message = english[key] ?? '';
    const list =
      substitutions === undefined
        ? []
        : Array.isArray(substitutions)
          ? substitutions
          : [substitutions];
    list.forEach((value, index) => {
      message = message.replaceAll(`$${index + 1}`, value);
    });
    return message;
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
}

export function englishMessage(key: string): string {
  return english[key] ?? '';
}

let dbCounter = 0;

export function openTestDb(): SeedDb {
  dbCounter += 1;
  return new SeedDb(`ui-test-${dbCounter}-${Math.random()}`, { indexedDB, IDBKeyRange });
}

export interface TestClip {
  url: string;
  title: string;
  site: string;
  text: string;
  publishedAt?: string | null;
}

export function clipResult(clip: TestClip, index = 0): ClipResult {
  const id = (index + 1).toString(16).padStart(16, '0');
  return {
    url: clip.url,
    canonicalUrl: clip.url,
    id,
    meta: {
      title: clip.title,
      siteName: clip.site,
      section: 'source',
      author: '',
      source: '',
      publishedAt: clip.publishedAt ?? null,
      leadImage: '',
      lang: '',
      excerpt: '',
    },
    html: `<p>${clip.text}</p>`,
    markdown: clip.text,
    text: clip.text,
    wordCount: clip.text.length,
    flags: [],
  };
}

/** Saves the clips in order (the last one is the newest) and returns their ids. */
export async function fillDb(db: SeedDb, clips: TestClip[], category = 'news'): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, clip] of clips.entries()) {
    const result = clipResult(clip, index);
    await saveClip(db, result, { category, bodyMode: 'markdown', now: 1_700_000_000_000 + index });
    ids.push(result.id);
  }
  return ids;
}

export function storeFor(db: SeedDb): CollectionStore {
  return createCollectionStore(db);
}

export interface Mounted {
  container: HTMLElement;
  unmount(): void;
}

export function mount(node: ComponentChild, store?: CollectionStore): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(
      store ? <StoreContext.Provider value={store}>{node}</StoreContext.Provider> : node,
      container,
    );
  });
  return {
    container,
    unmount() {
      act(() => render(null, container));
      container.remove();
    },
  };
}

/** Retries `check` until it stops throwing (state settles through IndexedDB and timers). */
export async function waitFor<T>(check: () => T, attempts = 300): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return check();
    } catch (error) {
      lastError = error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
  }
  throw lastError;
}

export function rowTitles(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-testid="clip-row"] .row-title')].map(
    (element) => element.textContent ?? '',
  );
}

export function byTestId<T extends Element = HTMLElement>(container: ParentNode, id: string): T {
  const element = container.querySelector<T & Element>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no [data-testid="${id}"]`);
  return element;
}

export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: Element): Promise<void> {
  await act(async () => {
    (element as HTMLElement).click();
  });
}

export async function press(element: Element, key: string): Promise<void> {
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}
