// @vitest-environment node
/**
 * The packed postings format (postings-codec.ts): any rows of ascending seqs — from dense runs of
 * consecutive clips to gaps near 2^32 — come back exactly, whole and term by term, and rows of the
 * plain v3–v5 format still decode.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeRow,
  encodeRow,
  seqsInRow,
  unpackTerm,
  type PlainPostingsRow,
} from '@/utils/search/postings-codec';

const seqs = fc
  .uniqueArray(
    fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })),
    { maxLength: 60 },
  )
  .map((list) => list.sort((a, b) => a - b));
const term = fc.stringMatching(/^[a-z\u4e00-\u4e0f:]{1,6}$/);
const lists = fc.dictionary(term, seqs, { maxKeys: 12 });

describe('postings codec', () => {
  it('round-trips every term list (empty lists are left out)', () => {
    fc.assert(
      fc.property(lists, (record) => {
        const map = new Map(Object.entries(record));
        const row = encodeRow(map);
        const expected = new Map([...map].filter(([, list]) => list.length > 0));
        if (expected.size === 0) {
          expect(row).toBeNull();
          return;
        }
        expect(decodeRow(row!)).toEqual(expected);
        expect(seqsInRow(row!)).toBe([...expected.values()].reduce((n, l) => n + l.length, 0));
        // Term by term, into the middle of a larger array.
        row!.terms.split('\n').forEach((name, index) => {
          const out = new Uint32Array(row!.counts[index]! + 2);
          expect(unpackTerm(row!, index, out, 1)).toBe(row!.counts[index]! + 1);
          expect(Array.from(out.subarray(1, -1))).toEqual(expected.get(name));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('packs dense seqs into a byte each', () => {
    const dense = Array.from({ length: 4096 }, (_, i) => 8192 + i);
    const row = encodeRow(new Map([['一个', dense]]))!;
    // The first seq takes two bytes (8,192), each later one a one-byte delta.
    expect(row.packed.length).toBe(2 + 4095);
  });

  it('decodes rows stored in the plain v3–v5 format', () => {
    const plain: PlainPostingsRow = {
      terms: 'T:city\ncity',
      counts: Uint32Array.of(1, 2),
      seqs: Uint32Array.of(7, 3, 9),
    };
    expect(decodeRow(plain)).toEqual(
      new Map([
        ['T:city', [7]],
        ['city', [3, 9]],
      ]),
    );
    expect(seqsInRow(plain)).toBe(3);
  });
});
