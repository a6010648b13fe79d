/**
 * The CollectionStore over the real database. The popup's first paint needs only the read-only
 * queries of utils/db/read.ts (Dexie and the schema); searching, editing, deleting and undo go
 * through utils/db/repository.ts, which pulls the seed writer, `yaml` and the search index, so it
 * is imported on first use (its own chunk) and never delays the list.
 */
import { countSummaries, facets, getClip, listSummaries, openDatabase } from '../db/read';
import type { SeedDb } from '../db/schema';
import type { ClipQuery, CollectionStore } from './collection-store';

type Repository = typeof import('../db/repository');
let repository: Promise<Repository> | undefined;

/** repository.ts, loaded once on first use. */
export function loadRepository(): Promise<Repository> {
  repository ??= import('../db/repository');
  return repository;
}

const filterOf = (query: ClipQuery) => ({ site: query.site, category: query.category });

export function createCollectionStore(db: SeedDb): CollectionStore {
  return {
    list: async (query, offset, limit) => {
      const search = query.search?.trim();
      if (search) {
        const { searchClipsPage } = await loadRepository();
        return searchClipsPage(db, { ...query, search, offset, limit });
      }
      return listSummaries(db, filterOf(query), offset, limit);
    },
    count: async (query) => {
      const search = query.search?.trim();
      if (search) {
        const { listClips } = await loadRepository();
        return (await listClips(db, { ...query, search, offset: 0, limit: 0 })).total;
      }
      return countSummaries(db, filterOf(query));
    },
    get: (id) => getClip(db, id),
    update: async (id, edit) => {
      const { updateClip } = await loadRepository();
      await updateClip(db, id, edit);
    },
    remove: async (ids) => (await loadRepository()).deleteClips(db, ids),
    restore: async (deleted) => (await loadRepository()).restoreClips(db, deleted),
    facets: () => facets(db),
    ready: () => openDatabase(db),
  };
}
