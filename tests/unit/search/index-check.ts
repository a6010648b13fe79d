/**
 * Index consistency checks for tests: the stored postings must be exactly what indexing every
 * clip's title and body text gives, and every row must respect the layout index-writer.ts
 * describes (ascending seqs within [start, next row's start)).
 */
import { expect } from 'vitest';
import type { SeedDb } from '@/utils/db/schema';
import type { PostingKey } from '@/utils/db/types';
import { indexTerms } from '@/utils/search/tokenize';

/** term → seqs (ascending), as stored, checking the row layout on the way. */
export async function storedPostings(db: SeedDb): Promise<Map<string, number[]>> {
  const keys = (await db.postings.toCollection().primaryKeys()) as PostingKey[];
  const values = await db.postings.toArray();
  const out = new Map<string, number[]>();
  keys.forEach(([term, start], index) => {
    const row = Array.from(values[index]!);
    expect(row.length, `empty row ${term}@${start}`).toBeGreaterThan(0);
    expect(row[0]!, `row ${term}@${start} below its start`).toBeGreaterThanOrEqual(start);
    const list = out.get(term) ?? [];
    const previous = list.length > 0 ? list[list.length - 1]! : -1;
    expect(row[0]!, `row ${term}@${start} overlaps the previous row`).toBeGreaterThan(previous);
    for (let i = 1; i < row.length; i++) expect(row[i]!).toBeGreaterThan(row[i - 1]!);
    list.push(...row);
    out.set(term, list);
  });
  return out;
}

/** term → seqs (ascending) that indexing the stored clips gives. */
export async function expectedPostings(db: SeedDb): Promise<Map<string, number[]>> {
  const clips = await db.clips.orderBy('seq').toArray();
  const bodies = await db.bodies.bulkGet(clips.map((clip) => clip.id));
  const out = new Map<string, number[]>();
  clips.forEach((clip, index) => {
    for (const term of indexTerms(clip.title, bodies[index]?.text ?? '')) {
      const list = out.get(term) ?? [];
      list.push(clip.seq);
      out.set(term, list);
    }
  });
  return out;
}

export async function expectIndexConsistent(db: SeedDb): Promise<void> {
  const [stored, expected] = await Promise.all([storedPostings(db), expectedPostings(db)]);
  const seqs = (await db.clips.orderBy('seq').keys()) as number[];
  expect(new Set(seqs).size, 'seqs are unique').toBe(seqs.length);
  expect([...stored.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [term, list] of expected) expect(stored.get(term), term).toEqual(list);
}
