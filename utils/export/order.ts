/**
 * Seed folder numbering: a clip's ordinal is its position in the whole collection in clip order
 * (`seq` ascending, oldest = 0), so exporting a selection names each file as a full export would,
 * and numbering is stable across exports while no older clip is deleted.
 */
import { seedFileName } from '../seed';
import type { SeedDb } from '../db/schema';

export interface ExportItem {
  id: string;
  ordinal: number;
  name: string;
}

/** The files an export writes, in order. `ids` limits it to a selection. */
export async function exportPlan(db: SeedDb, ids?: readonly string[]): Promise<ExportItem[]> {
  const order = await db.clips.orderBy('seq').primaryKeys();
  const total = order.length;
  const wanted = ids ? new Set(ids) : null;
  const items: ExportItem[] = [];
  order.forEach((id, ordinal) => {
    if (!wanted || wanted.has(id))
      items.push({ id, ordinal, name: seedFileName(ordinal, id, total) });
  });
  return items;
}

export const EXPORT_BATCH = 500;
