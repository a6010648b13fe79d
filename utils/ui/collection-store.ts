/**
 * What the collection UI needs from storage, as one interface. Components get it from a Preact
 * context (components/store-context.ts), so the popup and the full view bind it to the real Dexie
 * database (createCollectionStore over utils/db/repository) and component tests bind the same
 * repository to a fake-indexeddb database.
 */
import type { ClipEdit, ClipSummary, DeletedClips, StoredClip } from '../db/types';

export interface ClipQuery {
  search?: string;
  site?: string;
  category?: string;
}

export interface ClipPage {
  items: ClipSummary[];
  total: number;
}

export interface Facets {
  sites: string[];
  categories: string[];
}

export interface CollectionStore {
  /** Summary rows only (never bodies), newest first. */
  list(query: ClipQuery, offset: number, limit: number): Promise<ClipPage>;
  /** The clip with its body, for preview and edit. */
  get(id: string): Promise<StoredClip | undefined>;
  update(id: string, edit: ClipEdit): Promise<void>;
  /** Deletes and returns every row so `restore` can undo exactly. */
  remove(ids: string[]): Promise<DeletedClips>;
  restore(deleted: DeletedClips): Promise<void>;
  facets(): Promise<Facets>;
  count(): Promise<number>;
}
