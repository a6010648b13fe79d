/**
 * Remembers the directory the user exported to (a FileSystemDirectoryHandle is structured-
 * cloneable, so it can live in IndexedDB, not in extension storage). A small database of its own,
 * 'seed-clipper-ui', keeps it apart from the collection's schema.
 */
const DB_NAME = 'seed-clipper-ui';
const STORE = 'handles';
const EXPORT_DIR_KEY = 'export-directory';

function openUiDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest,
  factory: IDBFactory,
): Promise<T> {
  const db = await openUiDb(factory);
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = run(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result as T);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

export async function loadExportDirectory<T = FileSystemDirectoryHandle>(
  factory: IDBFactory = indexedDB,
): Promise<T | undefined> {
  try {
    return (
      (await withStore<T | undefined>('readonly', (store) => store.get(EXPORT_DIR_KEY), factory)) ??
      undefined
    );
  } catch {
    return undefined;
  }
}

export async function saveExportDirectory(
  handle: unknown,
  factory: IDBFactory = indexedDB,
): Promise<void> {
  await withStore('readwrite', (store) => store.put(handle, EXPORT_DIR_KEY), factory);
}

export async function forgetExportDirectory(factory: IDBFactory = indexedDB): Promise<void> {
  await withStore('readwrite', (store) => store.delete(EXPORT_DIR_KEY), factory);
}
