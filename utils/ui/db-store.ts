/** The CollectionStore over the Dexie repository (utils/db/repository.ts). */
import {
  countClips,
  deleteClips,
  facets,
  getClip,
  listClips,
  restoreClips,
  updateClip,
} from '../db/repository';
import type { SeedDb } from '../db/schema';
import type { CollectionStore } from './collection-store';

export function createCollectionStore(db: SeedDb): CollectionStore {
  return {
    list: (query, offset, limit) => listClips(db, { ...query, offset, limit }),
    get: (id) => getClip(db, id),
    update: async (id, edit) => {
      await updateClip(db, id, edit);
    },
    remove: (ids) => deleteClips(db, ids),
    restore: (deleted) => restoreClips(db, deleted),
    facets: () => facets(db),
    count: () => countClips(db),
  };
}
