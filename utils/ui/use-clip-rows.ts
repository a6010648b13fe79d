/**
 * Loads the rows of a virtualized list page by page (summary rows only, through the store's
 * `list`), on demand as the window reaches them. A new query or a `version` bump (after a clip,
 * an edit, a delete or an import) starts a new generation; answers from an older generation are
 * dropped, so a slow query never overwrites a newer one. The previous rows stay on screen until
 * the new generation's first page arrives (no flash of empty rows after a delete).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ClipSummary } from '../db/types';
import type { ClipQuery, CollectionStore } from './collection-store';

export const PAGE_SIZE = 60;

export interface ClipRows {
  /** null until the first page of the current query arrived. */
  total: number | null;
  row(index: number): ClipSummary | undefined;
  /** Asks for the rows in [start, end) (the list calls it with its window). */
  ensure(start: number, end: number): void;
  error: unknown;
}

export function useClipRows(
  store: CollectionStore,
  query: ClipQuery,
  version: number,
  pageSize = PAGE_SIZE,
): ClipRows {
  const generation = useRef(0);
  const rows = useRef(new Map<number, ClipSummary>());
  const requested = useRef(new Set<number>());
  const fresh = useRef(false);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [, setTick] = useState(0);

  const { search = '', site = '', category = '' } = query;

  const loadPage = useCallback(
    (page: number) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const current = generation.current;
      store
        .list({ search, site, category }, page * pageSize, pageSize)
        .then((result) => {
          if (current !== generation.current) return;
          if (!fresh.current) {
            rows.current = new Map();
            fresh.current = true;
          }
          result.items.forEach((item, offset) => rows.current.set(page * pageSize + offset, item));
          setError(null);
          setTotal(result.total);
          setTick((tick) => tick + 1);
        })
        .catch((reason: unknown) => {
          if (current !== generation.current) return;
          requested.current.delete(page);
          setError(reason);
        });
    },
    [store, search, site, category, pageSize],
  );

  useEffect(() => {
    generation.current += 1;
    requested.current = new Set();
    fresh.current = false;
    loadPage(0);
  }, [loadPage, version]);

  const ensure = useCallback(
    (start: number, end: number) => {
      if (end <= start) return;
      const first = Math.floor(start / pageSize);
      const last = Math.floor((end - 1) / pageSize);
      for (let page = first; page <= last; page += 1) loadPage(page);
    },
    [loadPage, pageSize],
  );

  const row = useCallback((index: number) => rows.current.get(index), []);

  return { total, row, ensure, error };
}

/** A value that follows `value` once it stopped changing for `delayMs` (the search box). */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
