/**
 * What the collection UI needs from storage, as one interface. Components get it from a Preact
 * context (components/store-context.ts), so the popup and the full view bind it to the real Dexie
 * database (createCollectionStore: utils/db/read.ts up front, the writers loaded on demand) and
 * component tests bind the same code to a fake-indexeddb database.
 */
import type { ClipEdit, ClipSummary, DeletedClips, StoredClip } from '../db/types';

export interface ClipQuery {
  search?: string;
  site?: string;
  category?: string;
}

export interface ClipPage {
  items: ClipSummary[];
  /**
   * The number of matches when the query knows it at no extra cost (a search has every matching
   * id); otherwise undefined, and `count(query)` gives it after the first paint.
   */
  total?: number;
  /** Whether rows follow this page. */
  more: boolean;
}

export interface Facets {
  sites: string[];
  categories: string[];
}

export interface CollectionStore {
  /** Summary rows only (never bodies), newest first; a page costs O(page), not O(collection). */
  list(query: ClipQuery, offset: number, limit: number): Promise<ClipPage>;
  /** How many clips match (the list status, the scroll height); asked after the first page. */
  count(query: ClipQuery): Promise<number>;
  /** The clip with its body, for preview and edit. */
  get(id: string): Promise<StoredClip | undefined>;
  update(id: string, edit: ClipEdit): Promise<void>;
  /** Deletes and returns every row so `restore` can undo exactly. */
  remove(ids: string[]): Promise<DeletedClips>;
  restore(deleted: DeletedClips): Promise<void>;
  facets(): Promise<Facets>;
  /** Resolves once the database is open (rejects when IndexedDB is unavailable); reads no row. */
  ready(): Promise<void>;
}
