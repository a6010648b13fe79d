/**
 * Index consistency checks for tests: the stored postings must be exactly what indexing every
 * clip's title and body text gives, and every row must respect the layout index-writer.ts
 * describes (its terms in its bucket, its seqs ascending and inside its segment).
 */
import { expect } from 'vitest';
import type { SeedDb } from '@/utils/db/schema';
import type { PostingKey } from '@/utils/db/types';
import { collectionStats } from '@/utils/db/read';
import { computeStats } from '@/utils/db/stats';
import { LAYOUT, type PostingsLayout } from '@/utils/search/index-writer';
import { decodeRow } from '@/utils/search/postings-codec';
import { indexTerms } from '@/utils/search/tokenize';

/** term → seqs (ascending), as stored, checking the row `layout` on the way. */
export async function storedPostings(
  db: SeedDb,
  layout: PostingsLayout = LAYOUT,
): Promise<Map<string, number[]>> {
  const keys = (await db.postings.toCollection().primaryKeys()) as PostingKey[];
  const values = await db.postings.toArray();
  const out = new Map<string, number[]>();
  keys.forEach(([bucket, segment], index) => {
    const row = decodeRow(values[index]);
    expect(row.size, `empty row ${bucket}@${segment}`).toBeGreaterThan(0);
    for (const [term, seqs] of row) {
      expect(layout.bucketOf(term), term).toBe(bucket);
      expect(seqs.length, `${term}@${segment}`).toBeGreaterThan(0);
      expect(seqs[0]!).toBeGreaterThanOrEqual(segment * layout.segment);
      expect(seqs[seqs.length - 1]!).toBeLessThan((segment + 1) * layout.segment);
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]!).toBeGreaterThan(seqs[i - 1]!);
      out.set(term, [...(out.get(term) ?? []), ...seqs]);
    }
  });
  for (const [term, seqs] of out)
    out.set(
      term,
      [...seqs].sort((a, b) => a - b),
    );
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

export async function expectIndexConsistent(
  db: SeedDb,
  layout: PostingsLayout = LAYOUT,
): Promise<void> {
  const [stored, expected] = await Promise.all([storedPostings(db, layout), expectedPostings(db)]);
  const seqs = (await db.clips.orderBy('seq').keys()) as number[];
  expect(new Set(seqs).size, 'seqs are unique').toBe(seqs.length);
  expect([...stored.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [term, list] of expected) expect(stored.get(term), term).toEqual(list);
  await expectStatsConsistent(db);
}

/** The `stats` row (schema v4) must be exactly the counts of the stored clips. */
export async function expectStatsConsistent(db: SeedDb): Promise<void> {
  const clips = await db.clips.toArray();
  expect(await collectionStats(db), 'stats row').toEqual(computeStats(clips));
}
