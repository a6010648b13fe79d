/**
 * Repair of Chinese pages that went through a wrong decode before we got them: GBK bytes read as a
 * Latin code page (windows-1252, ISO-8859-15 or ISO-8859-1) and saved again as UTF-8, so 中文 shows
 * as "ÖÐÎÄ". Mapping the characters back to their Latin bytes and decoding those as GB18030 gives
 * the original text. Only done when the result is clearly Chinese, so real Latin text is left alone.
 */

interface LatinTable {
  name: string;
  /** Code point → byte. */
  byteOf: Map<number, number>;
}

function tableFromDecoder(name: string): LatinTable {
  const decoded = new TextDecoder(name).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const byteOf = new Map<number, number>();
  Array.from(decoded).forEach((char, byte) => byteOf.set(char.codePointAt(0)!, byte));
  return { name, byteOf };
}

let tables: LatinTable[] | undefined;
function latinTables(): LatinTable[] {
  tables ??= [
    tableFromDecoder('windows-1252'),
    tableFromDecoder('iso-8859-15'),
    { name: 'iso-8859-1', byteOf: new Map(Array.from({ length: 256 }, (_, i) => [i, i])) },
  ];
  return tables;
}

/** Characters a Latin code page produces for bytes ≥ 0x80: what GBK mojibake is made of. */
function isSuspect(codePoint: number): boolean {
  if (codePoint < 0x80) return false;
  return latinTables().some((table) => (table.byteOf.get(codePoint) ?? 0) >= 0x80);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** Chinese characters and CJK punctuation among the non-ASCII characters of a text. */
export function cjkShare(text: string): { cjk: number; nonAscii: number; share: number } {
  let cjk = 0;
  let nonAscii = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (CJK.test(char)) cjk++;
  }
  return { cjk, nonAscii, share: nonAscii === 0 ? 0 : cjk / nonAscii };
}

const countReplacements = (text: string): number => text.split('\uFFFD').length - 1;

/** Below this many suspect characters there is too little evidence either way. */
const MIN_SUSPECT_CHARS = 8;
/** GBK mojibake comes in pairs of Latin letters; real Latin text has them one at a time. */
const MIN_PAIRED_SHARE = 0.7;
const MIN_REPAIRED_CJK_SHARE = 0.6;
const MAX_NEW_REPLACEMENT_SHARE = 0.002;
const SAMPLE_CHARS = 256 * 1024;

function undoLatinDecode(text: string, table: LatinTable): string {
  const gbDecoder = new TextDecoder('gb18030');
  const out: string[] = [];
  // Bytes of the current run of characters the table can map back; decoded as GB18030 when the
  // run ends. Runs of plain ASCII are copied as they are.
  const run = new Uint8Array(text.length);
  let runLength = 0;
  let runStart = 0;
  let runHasHighByte = false;
  let index = 0;
  const flush = (): void => {
    if (runLength > 0) {
      out.push(
        runHasHighByte ? gbDecoder.decode(run.subarray(0, runLength)) : text.slice(runStart, index),
      );
    }
    runLength = 0;
    runHasHighByte = false;
  };
  for (const char of text) {
    const byte = table.byteOf.get(char.codePointAt(0)!);
    if (byte === undefined) {
      flush();
      out.push(char);
    } else {
      if (runLength === 0) runStart = index;
      run[runLength++] = byte;
      if (byte >= 0x80) runHasHighByte = true;
    }
    index += char.length;
  }
  flush();
  return out.join('');
}

/**
 * `text` with a Latin decode undone as `misreadAs` (a name repairGbkMojibake returned), without
 * judging: for a short piece (a selection) of a page already found to be mojibake as a whole.
 */
export function undoGbkMisread(text: string, misreadAs: string): string {
  const table = latinTables().find((candidate) => candidate.name === misreadAs);
  return table ? undoLatinDecode(text, table) : text;
}

export interface MojibakeRepair {
  text: string;
  /** The code page the GBK bytes had been mistaken for. */
  misreadAs: string;
}

/**
 * The repaired text when `text` is GBK mojibake and the repair is clearly better (a Chinese text
 * without new decoding errors); null otherwise.
 */
export function repairGbkMojibake(text: string): MojibakeRepair | null {
  // Cheap first look: GBK lead bytes (0x81–0xFE) read as Latin are mostly U+00A0–U+00FF.
  let latin = 0;
  for (let i = 0; i < text.length && latin < MIN_SUSPECT_CHARS; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xa0 && code <= 0xff) latin++;
  }
  if (latin < MIN_SUSPECT_CHARS) return null;
  // Every character a Latin code page produces is in the BMP, so code units are enough here.
  let suspect = 0;
  let suspectInSample = 0;
  let paired = 0;
  let previousSuspect = false;
  let currentSuspect = text.length > 0 && isSuspect(text.charCodeAt(0));
  for (let i = 0; i < text.length; i++) {
    const nextSuspect = i + 1 < text.length && isSuspect(text.charCodeAt(i + 1));
    if (currentSuspect) {
      suspect++;
      if (i < SAMPLE_CHARS) suspectInSample++;
      if (previousSuspect || nextSuspect) paired++;
    }
    previousSuspect = currentSuspect;
    currentSuspect = nextSuspect;
  }
  if (suspect < MIN_SUSPECT_CHARS || paired / suspect < MIN_PAIRED_SHARE) return null;

  // Judge the tables on a sample; a 20 MB page is then converted once, with the winner.
  const sample = text.slice(0, SAMPLE_CHARS);
  const before = cjkShare(sample);
  const replacementsBefore = countReplacements(sample);
  let best: { table: LatinTable; newReplacements: number; cjk: number } | null = null;
  for (const table of latinTables()) {
    const repaired = undoLatinDecode(sample, table);
    const newReplacements = countReplacements(repaired) - replacementsBefore;
    const after = cjkShare(repaired);
    const clearlyBetter =
      newReplacements <= suspectInSample * MAX_NEW_REPLACEMENT_SHARE &&
      after.share >= MIN_REPAIRED_CJK_SHARE &&
      after.share > before.share + 0.3;
    if (!clearlyBetter) continue;
    if (
      !best ||
      newReplacements < best.newReplacements ||
      (newReplacements === best.newReplacements && after.cjk > best.cjk)
    ) {
      best = { table, newReplacements, cjk: after.cjk };
    }
  }
  if (!best) return null;
  return { text: undoLatinDecode(text, best.table), misreadAs: best.table.name };
}
