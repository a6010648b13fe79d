/**
 * How a postings row is stored (index-writer.ts says which terms share a row and why).
 *
 * Since schema v6 each term's seqs are packed as LEB128 varints of their deltas (the first delta
 * from 0). Why: a query reads every row of its terms' buckets, and measured in Chromium at 50,000
 * clips the read time followed the bytes read (a 306 KB bucket took 13 ms, 13–80 KB ones 1–2 ms).
 * A common term's seqs are a few apart, so most deltas take one byte instead of four. `ends`
 * lets a query unpack only its own term's bytes, not the whole row.
 *
 * Rows written before v6 hold plain `seqs`; decodeRow still reads them, for the upgrades.
 */

/** A stored row: `terms` joined by '\n' (terms never hold whitespace), in sorted order. */
export interface PostingsRow {
  terms: string;
  /** counts[i]: how many seqs term i has. */
  counts: Uint32Array;
  /** ends[i]: where term i's varints end in `packed` (term i starts at ends[i − 1], or 0). */
  ends: Uint32Array;
  packed: Uint8Array;
}

/** A row as schema v3–v5 stored it: term i's seqs are counts[i] entries of `seqs`, in order. */
export interface PlainPostingsRow {
  terms: string;
  counts: Uint32Array;
  seqs: Uint32Array;
}

export type StoredPostingsRow = PostingsRow | PlainPostingsRow;

const isPlain = (row: StoredPostingsRow): row is PlainPostingsRow => 'seqs' in row;

/** Packs `lists` (term → ascending, duplicate-free seqs); empty lists are left out; none → null. */
export function encodeRow(lists: Map<string, ArrayLike<number>>): PostingsRow | null {
  const terms = [...lists.keys()].filter((term) => lists.get(term)!.length > 0).sort();
  if (terms.length === 0) return null;
  let total = 0;
  for (const term of terms) total += lists.get(term)!.length;
  // A seq below 2^35 takes at most 5 bytes.
  const buffer = new Uint8Array(total * 5);
  const counts = new Uint32Array(terms.length);
  const ends = new Uint32Array(terms.length);
  let at = 0;
  terms.forEach((term, index) => {
    const seqs = lists.get(term)!;
    counts[index] = seqs.length;
    let previous = 0;
    for (let i = 0; i < seqs.length; i++) {
      let delta = seqs[i]! - previous;
      previous = seqs[i]!;
      while (delta >= 0x80) {
        buffer[at++] = (delta & 0x7f) | 0x80;
        delta = Math.floor(delta / 0x80);
      }
      buffer[at++] = delta;
    }
    ends[index] = at;
  });
  return { terms: terms.join('\n'), counts, ends, packed: buffer.slice(0, at) };
}

/** Unpacks term `index` of `row` into `out` from `at`; returns the position after the last seq. */
export function unpackTerm(row: PostingsRow, index: number, out: Uint32Array, at: number): number {
  const { packed } = row;
  const end = row.ends[index]!;
  let position = index === 0 ? 0 : row.ends[index - 1]!;
  let value = 0;
  while (position < end) {
    let byte = packed[position++]!;
    let delta = byte & 0x7f;
    let scale = 0x80;
    while (byte & 0x80) {
      byte = packed[position++]!;
      delta += (byte & 0x7f) * scale;
      scale *= 0x80;
    }
    value += delta;
    out[at++] = value;
  }
  return at;
}

/** term → seqs (ascending) of a stored row of either format. */
export function decodeRow(row: StoredPostingsRow | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (!row || row.terms === '') return out;
  const terms = row.terms.split('\n');
  if (isPlain(row)) {
    let at = 0;
    terms.forEach((term, index) => {
      const count = row.counts[index]!;
      out.set(term, Array.from(row.seqs.subarray(at, at + count)));
      at += count;
    });
    return out;
  }
  terms.forEach((term, index) => {
    const seqs = new Uint32Array(row.counts[index]!);
    unpackTerm(row, index, seqs, 0);
    out.set(term, Array.from(seqs));
  });
  return out;
}

/** How many seqs a row holds in all (for benchmarks and checks). */
export function seqsInRow(row: StoredPostingsRow): number {
  let total = 0;
  for (const count of row.counts) total += count;
  return total;
}
