import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CollectionStore } from '@/utils/ui/collection-store';

/** The storage the collection components read and write (real Dexie db, or a test db). */
export const StoreContext = createContext<CollectionStore | null>(null);

export function useStore(): CollectionStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing: wrap the UI in <StoreContext.Provider>.');
  return store;
}
