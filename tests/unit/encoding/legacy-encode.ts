/**
 * Test helper: encodes text in a legacy East Asian encoding. TextEncoder only writes UTF-8, so the
 * table is the inverse of TextDecoder over every one- and two-byte sequence.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(encoding: string): Map<string, number[]> {
  let charToBytes = tables.get(encoding);
  if (charToBytes) return charToBytes;
  charToBytes = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let byte = 0; byte < 0x80; byte++) charToBytes.set(String.fromCharCode(byte), [byte]);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      let char: string;
      try {
        char = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue;
      }
      if (Array.from(char).length === 1 && !charToBytes.has(char))
        charToBytes.set(char, [lead, trail]);
    }
  }
  tables.set(encoding, charToBytes);
  return charToBytes;
}

export function legacyEncode(
  text: string,
  encoding: 'gbk' | 'big5' | 'shift_jis' | 'euc-kr',
): Uint8Array {
  const charToBytes = table(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const encoded = charToBytes.get(char);
    if (!encoded) throw new Error(`${JSON.stringify(char)} has no ${encoding} encoding`);
    bytes.push(...encoded);
  }
  return Uint8Array.from(bytes);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
