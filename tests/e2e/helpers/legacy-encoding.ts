/**
 * Encodes text into legacy CJK encodings (GBK, Big5, Shift_JIS) for the encoding fixtures.
 * Node's TextEncoder only writes UTF-8, but its TextDecoder reads these encodings (full ICU), so the
 * encoder is the decoder run backwards: every two-byte sequence of the encoding is decoded once and
 * the characters a fixture needs are looked up in that reverse table. The result is checked by
 * decoding it again, so a character missing from the encoding fails loudly instead of turning into '?'.
 */
export type LegacyEncoding = 'gbk' | 'gb18030' | 'big5' | 'shift_jis';

interface ByteRanges {
  lead: [number, number][];
  trail: [number, number][];
}

const RANGES: Record<LegacyEncoding, ByteRanges> = {
  gbk: { lead: [[0x81, 0xfe]], trail: [[0x40, 0xfe]] },
  gb18030: { lead: [[0x81, 0xfe]], trail: [[0x40, 0xfe]] },
  big5: {
    lead: [[0x81, 0xfe]],
    trail: [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
  },
  shift_jis: {
    lead: [
      [0x81, 0x9f],
      [0xe0, 0xfc],
    ],
    trail: [[0x40, 0xfc]],
  },
};

const reverseTables = new Map<LegacyEncoding, Map<string, [number, number]>>();

function reverseTable(encoding: LegacyEncoding): Map<string, [number, number]> {
  const cached = reverseTables.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, [number, number]>();
  const pair = new Uint8Array(2);
  for (const [leadFrom, leadTo] of RANGES[encoding].lead) {
    for (let lead = leadFrom; lead <= leadTo; lead += 1) {
      for (const [trailFrom, trailTo] of RANGES[encoding].trail) {
        for (let trail = trailFrom; trail <= trailTo; trail += 1) {
          pair[0] = lead;
          pair[1] = trail;
          const decoded = decoder.decode(pair);
          // Keep the first (canonical) sequence of each character; skip unmapped pairs.
          if ([...decoded].length === 1 && decoded !== '\uFFFD' && !table.has(decoded)) {
            table.set(decoded, [lead, trail]);
          }
        }
      }
    }
  }
  reverseTables.set(encoding, table);
  return table;
}

export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const table = reverseTable(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    if (encoding === 'gb18030' && code >= 0x10000) {
      bytes.push(...gb18030FourBytes(code));
      continue;
    }
    const sequence = table.get(char);
    if (!sequence) {
      throw new Error(`${encoding} has no code for ${char} (U+${code.toString(16)})`);
    }
    bytes.push(...sequence);
  }
  const encoded = Uint8Array.from(bytes);
  const roundTrip = new TextDecoder(encoding).decode(encoded);
  if (roundTrip !== text) throw new Error(`${encoding} round trip changed the text`);
  return encoded;
}

/** GB18030 maps U+10000…U+10FFFF linearly onto the four-byte range starting at 90 30 81 30. */
function gb18030FourBytes(code: number): number[] {
  let linear = code - 0x10000;
  const b4 = 0x30 + (linear % 10);
  linear = Math.floor(linear / 10);
  const b3 = 0x81 + (linear % 126);
  linear = Math.floor(linear / 126);
  const b2 = 0x30 + (linear % 10);
  const b1 = 0x90 + Math.floor(linear / 10);
  return [b1, b2, b3, b4];
}
