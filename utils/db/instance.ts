/** The one database of an extension page or the background (a Dexie instance per context). */
import { SeedDb } from './schema';

let instance: SeedDb | undefined;

export function getDb(): SeedDb {
  instance ??= new SeedDb();
  return instance;
}
