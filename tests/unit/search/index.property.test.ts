// @vitest-environment node
/**
 * The incremental index against a naive oracle: random sequences of clip saves, re-clips, edits,
 * deletes, undos and imports (small ones, and batches big enough to take the no-read path), then
 * random one- and two-word queries. The oracle recomputes every clip's terms from its current
 * title and body in memory and ranks title hits first, then newest; the stored postings must
 * equal what indexing the stored clips gives.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deleteClips, listClips, restoreClips, saveClip, updateClip } from '@/utils/db/repository';
import type { SeedDb } from '@/utils/db/schema';
import type { DeletedClips } from '@/utils/db/types';
import { importSeedFiles } from '@/utils/import';
import { indexTerms, queryUnits } from '@/utils/search/tokenize';
import { seedFileName, writeSeedFile } from '@/utils/seed';
import { clipResult, freshDb, testId } from '../db/helpers';
import { expectIndexConsistent } from './index-check';

const WORDS = [
  '城市',
  '交通',
  '经济',
  '发展',
  '文化',
  '体育',
  'river',
  'market',
  'health',
  'sport',
];
const word = fc.constantFrom(...WORDS);
const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));
const clipNo = fc.integer({ min: 0, max: 60 });

type Op =
  | { kind: 'save'; n: number; title: string; text: string }
  | { kind: 'edit'; n: number; title: string }
  | { kind: 'delete'; ns: number[] }
  | { kind: 'undo' }
  | { kind: 'import'; first: number; count: number; title: string; text: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('save' as const),
      n: clipNo,
      title: phrase,
      text: phrase,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('edit' as const), n: clipNo, title: phrase }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      ns: fc.array(clipNo, { minLength: 1, maxLength: 5 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      first: fc.integer({ min: 0, max: 80 }),
      count: fc.constantFrom(3, 40),
      title: phrase,
      text: phrase,
    }),
  },
);

let db: SeedDb | undefined;
afterEach(() => db?.close());

/** Ranked ids the naive way: every clip's terms from its stored title and body. */
async function oracle(database: SeedDb, query: string): Promise<string[]> {
  const units = queryUnits(query);
  if (units.length === 0) return [];
  const clips = await database.clips.orderBy('seq').reverse().toArray();
  const bodies = await database.bodies.bulkGet(clips.map((clip) => clip.id));
  const title: string[] = [];
  const rest: string[] = [];
  clips.forEach((clip, index) => {
    const terms = new Set(indexTerms(clip.title, bodies[index]?.text ?? ''));
    const has = (list: string[], prefix: boolean): boolean =>
      list.every((term, k) =>
        prefix && k === 0 ? [...terms].some((t) => t.startsWith(term)) : terms.has(term),
      );
    if (!units.every((unit) => has(unit.terms, unit.prefix))) return;
    if (units.every((unit) => has(unit.titleTerms, unit.prefix))) title.push(clip.id);
    else rest.push(clip.id);
  });
  return [...title, ...rest];
}

async function run(ops: Op[], queries: string[]): Promise<void> {
  db = freshDb();
  const opts = { category: 'c', bodyMode: 'markdown' as const };
  const undo: DeletedClips[] = [];
  let now = 1;
  for (const step of ops) {
    now += 1;
    if (step.kind === 'save') {
      const result = clipResult(step.n, { text: step.text });
      await saveClip(
        db,
        { ...result, meta: { ...result.meta, title: step.title } },
        { ...opts, now },
      );
    } else if (step.kind === 'edit') {
      await updateClip(db, testId(step.n), { title: step.title }, now);
    } else if (step.kind === 'delete') {
      undo.push(await deleteClips(db, step.ns.map(testId)));
    } else if (step.kind === 'undo') {
      const last = undo.pop();
      if (last) await restoreClips(db, last);
    } else {
      const files = Array.from({ length: step.count }, (_, k) => {
        const n = step.first + k;
        const text = writeSeedFile({
          frontMatter: {
            title: `${step.title} ${k % 2 ? WORDS[k % WORDS.length] : ''}`.trim(),
            categories: ['c', 's', 'x'],
            headimg: '',
            author: '',
            comments: false,
            date: new Date(Date.UTC(2024, 0, 1)).toUTCString(),
            thumbnail: '',
          },
          body: `${step.text} ${WORDS[(n * 3) % WORDS.length]}`,
        });
        return { name: seedFileName(k, testId(n), 1000), bytes: new TextEncoder().encode(text) };
      });
      await importSeedFiles(db, files, { now, batchSize: 50 });
    }
  }
  await expectIndexConsistent(db);
  for (const query of queries) {
    const expected = await oracle(db, query);
    const page = await listClips(db, { search: query, limit: 1000 });
    expect(
      page.items.map((clip) => clip.id),
      query,
    ).toEqual(expected);
    expect(page.total).toBe(expected.length);
  }
}

describe('incremental index vs naive oracle', () => {
  it('stays equal to a rebuild over random save/edit/delete/undo/import sequences', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 25 }),
        fc.array(
          fc.oneof(
            phrase,
            word.map((w) => w.slice(0, 3)),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        run,
      ),
      { numRuns: 30 },
    );
  }, 600_000);
});
