/**
 * Saved page bytes → text, the way a browser would pick the encoding, plus the repairs browsers
 * do not do: pages that declare the wrong charset, and GBK text that was mis-decoded as Latin and
 * saved again (see mojibake.ts).
 *
 * Order: BOM, then the HTTP Content-Type charset, then `<meta charset>` in the first 4 KB, then a
 * detector (chardet). A declaration is checked against the bytes: a page declaring gb2312/GBK (or
 * any legacy charset) whose bytes are valid UTF-8 with non-ASCII text is UTF-8; a page declaring
 * UTF-8 whose bytes are not, but decode cleanly in the detected charset (GB18030 usually), is that.
 */
import { analyse } from 'chardet';
import { charsetFromContentType, normalizeEncodingLabel, sniffDeclaredCharset } from './labels';
import { repairGbkMojibake } from './mojibake';

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding the bytes were decoded with (gb2312/GBK → gb18030). */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'header' | 'meta' | 'detected' | 'corrected';
  /** Set when the text was GBK mojibake and was repaired: the code page it had been misread as. */
  repairedMojibakeFrom?: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((byte, i) => bytes[i] === byte)) {
      return { encoding: bom.encoding, length: bom.bytes.length };
    }
  }
  return null;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  // ignoreBOM: true keeps the decoder from silently eating a BOM of another encoding's text;
  // BOMs were handled before we get here.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const countReplacements = (text: string): number => text.split('\uFFFD').length - 1;

interface Candidate {
  encoding: string;
  /** Decoding errors (U+FFFD) per non-ASCII character: near 0 for the right encoding. */
  errorShare: number;
}

/**
 * Encodings are judged on the first 512 KB: enough text to tell them apart, and a 20 MB page is
 * then decoded once, not once per candidate.
 */
const SAMPLE_BYTES = 512 * 1024;

function candidate(bytes: Uint8Array, encoding: string): Candidate {
  const text = decodeWith(bytes.subarray(0, SAMPLE_BYTES), encoding);
  const replacements = countReplacements(text);
  const nonAscii = text.match(/[\u0080-\uffff]/g)?.length ?? 0;
  return { encoding, errorShare: nonAscii === 0 ? 0 : replacements / nonAscii };
}

/**
 * A declared charset is kept while its decoding errors stay below this share of the non-ASCII
 * characters: saved pages often have a few truncated characters, a wrong charset garbles most.
 */
const TRUSTED_ERROR_SHARE = 0.05;
/** An alternative must decode nearly cleanly to replace the declaration. */
const ACCEPTED_ERROR_SHARE = 0.02;
const DETECTOR_CANDIDATES = 4;
/** Encodings tried when the declaration fails, after what the detector suggests. */
const EAST_ASIAN_FALLBACKS = ['gb18030', 'big5', 'shift_jis', 'euc-kr'];
const SINGLE_BYTE_LATIN = new Set(['windows-1252', 'iso-8859-15', 'iso-8859-2', 'windows-1250']);

/** The detector's suggestions, best first, as TextDecoder names. */
function detectedEncodings(bytes: Uint8Array): string[] {
  const names: string[] = [];
  for (const match of analyse(bytes.subarray(0, SAMPLE_BYTES))) {
    const name = normalizeEncodingLabel(match.name === 'ISO_2022' ? 'iso-2022-jp' : match.name);
    if (name && !names.includes(name)) names.push(name);
    if (names.length >= DETECTOR_CANDIDATES) break;
  }
  return names;
}

/** The first encoding (detector's order, then the East Asian fallbacks) that decodes cleanly. */
function firstCleanDecoding(bytes: Uint8Array, exclude: string[]): Candidate | null {
  const names = [...detectedEncodings(bytes), ...EAST_ASIAN_FALLBACKS].filter(
    (name, i, all) => !exclude.includes(name) && all.indexOf(name) === i,
  );
  for (const name of names) {
    const decoded = candidate(bytes, name);
    if (decoded.errorShare < ACCEPTED_ERROR_SHARE) return decoded;
  }
  return null;
}

/** Decodes the whole page in the chosen encoding, then repairs GBK mojibake if there is any. */
function finish(bytes: Uint8Array, encoding: string, source: DecodedHtml['source']): DecodedHtml {
  const text = decodeWith(bytes, encoding);
  const repair = repairGbkMojibake(text);
  if (!repair) return { text, encoding, source };
  // The detector took GBK bytes for a Latin code page: decode the bytes themselves as GB18030.
  if (repair.misreadAs === encoding || SINGLE_BYTE_LATIN.has(encoding)) {
    if (candidate(bytes, 'gb18030').errorShare < ACCEPTED_ERROR_SHARE) {
      return { text: decodeWith(bytes, 'gb18030'), encoding: 'gb18030', source: 'corrected' };
    }
  }
  return { text: repair.text, encoding, source, repairedMojibakeFrom: repair.misreadAs };
}

export function decodeHtmlBytes(bytes: Uint8Array, contentTypeHeader?: string): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) return finish(bytes.subarray(bom.length), bom.encoding, 'bom');

  const headerCharset = charsetFromContentType(contentTypeHeader);
  const declared = headerCharset ?? sniffDeclaredCharset(bytes);
  const declaredSource = headerCharset ? 'header' : 'meta';
  const nonAscii = hasNonAscii(bytes);
  const utf8 = nonAscii ? isValidUtf8(bytes) : true;

  if (declared && !declared.startsWith('utf-16')) {
    // A legacy declaration on bytes that are valid UTF-8 with non-ASCII text (which legacy
    // encodings almost never produce by accident) is a mislabelled UTF-8 page.
    if (declared !== 'utf-8' && nonAscii && utf8) return finish(bytes, 'utf-8', 'corrected');
    if (candidate(bytes, declared).errorShare < TRUSTED_ERROR_SHARE) {
      return finish(bytes, declared, declaredSource);
    }
    const corrected = firstCleanDecoding(bytes, [declared, 'utf-8']);
    return corrected
      ? finish(bytes, corrected.encoding, 'corrected')
      : finish(bytes, declared, declaredSource);
  }

  if (utf8) return finish(bytes, 'utf-8', 'detected');
  const detected = firstCleanDecoding(bytes, ['utf-8']);
  return finish(bytes, detected?.encoding ?? 'windows-1252', 'detected');
}
