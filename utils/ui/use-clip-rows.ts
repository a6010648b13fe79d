/**
 * Loads the rows of a virtualized list page by page (summary rows only, through the store's
 * `list`), on demand as the window reaches them. A new query or a `version` bump (after a clip,
 * an edit, a delete or an import) starts a new generation; answers from an older generation are
 * dropped, so a slow query never overwrites a newer one. The previous rows stay on screen until
 * the new generation's first page arrives (no flash of empty rows after a delete).
 *
 * First paint is O(page): the first page comes without a count (counting 50,000 index entries
 * costs more than reading 60 rows). Until the count arrives, `total` is what the pages read so far
 * prove (one more row than loaded when a page said more follow) and `counted` is false; the count
 * is asked for once the first page is on screen.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ClipSummary } from '../db/types';
import type { ClipQuery, CollectionStore } from './collection-store';

export const PAGE_SIZE = 60;

export interface ClipRows {
  /** null until the first page of the current query arrived; then the rows known to exist. */
  total: number | null;
  /** Whether `total` is the exact number of matches (the count arrived, or the query is small). */
  counted: boolean;
  row(index: number): ClipSummary | undefined;
  /** Asks for the rows in [start, end) (the list calls it with its window). */
  ensure(start: number, end: number): void;
  error: unknown;
}

/** Runs `task` after the browser painted what is on screen now (next frame, then a task). */
function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(task, 0));
  } else {
    setTimeout(task, 0);
  }
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
  const countAsked = useRef(false);
  const [total, setTotal] = useState<number | null>(null);
  const [counted, setCounted] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [, setTick] = useState(0);

  const { search = '', site = '', category = '' } = query;

  const askCount = useCallback(
    (current: number) => {
      if (countAsked.current) return;
      countAsked.current = true;
      afterPaint(() => {
        if (current !== generation.current) return;
        store
          .count({ search, site, category })
          .then((exact) => {
            if (current !== generation.current) return;
            setTotal(exact);
            setCounted(true);
          })
          .catch((reason: unknown) => {
            if (current === generation.current) setError(reason);
          });
      });
    },
    [store, search, site, category],
  );

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
            setCounted(false);
          }
          result.items.forEach((item, offset) => rows.current.set(page * pageSize + offset, item));
          setError(null);
          if (result.total !== undefined) {
            countAsked.current = true;
            setTotal(result.total);
            setCounted(true);
          } else if (page === 0 && !result.more) {
            // The whole result fits in the first page: its length is the count.
            countAsked.current = true;
            setTotal(result.items.length);
            setCounted(true);
          } else {
            const known = page * pageSize + result.items.length + (result.more ? 1 : 0);
            setTotal((previous) =>
              previous === null || !countAsked.current ? known : Math.max(previous, known),
            );
            askCount(current);
          }
          setTick((tick) => tick + 1);
        })
        .catch((reason: unknown) => {
          if (current !== generation.current) return;
          requested.current.delete(page);
          setError(reason);
        });
    },
    [store, search, site, category, pageSize, askCount],
  );

  useEffect(() => {
    generation.current += 1;
    requested.current = new Set();
    fresh.current = false;
    countAsked.current = false;
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

  return { total, counted, row, ensure, error };
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
