/**
 * Names of files in a seed folder (`NNN_<16 hex>.txt`) and file names derived from page text that
 * must be valid on every OS we export to.
 */

const MIN_ORDINAL_WIDTH = 3;

/**
 * `NNN_<id>.txt`: the ordinal zero-padded to max(3, digits of total), so a folder of 1000 or more
 * seeds still sorts by name.
 */
export function seedFileName(ordinal: number, id: string, total: number): string {
  if (!Number.isSafeInteger(ordinal) || ordinal < 0) {
    throw new RangeError(`Seed ordinal must be a non-negative integer, got ${ordinal}`);
  }
  if (!/^[0-9A-Za-z_-]+$/.test(id)) throw new TypeError(`Not a clip id: ${JSON.stringify(id)}`);
  const width = Math.max(MIN_ORDINAL_WIDTH, String(Math.max(0, Math.trunc(total))).length);
  return `${String(ordinal).padStart(width, '0')}_${id}.txt`;
}

/** The ordinal and id of a seed file name, or null for any other name. */
export function parseSeedFileName(name: string): { ordinal: number; id: string } | null {
  const match = /^(\d{3,})_([0-9A-Za-z_-]+)\.txt$/.exec(name);
  if (!match) return null;
  return { ordinal: Number(match[1]), id: match[2]! };
}

const MAX_FILE_NAME_BYTES = 200;
/** Extensions longer than this are treated as part of the name when truncating. */
const MAX_KEPT_EXTENSION_BYTES = 20;

/** Reserved device names on Windows, with or without an extension (`con.txt` is reserved too). */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

// Path separators and characters Windows forbids, plus C0/C1 controls and DEL.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f]/g;
/** Invisible characters that can hide or reorder a name's visible text (bidi, zero-width, BOM). */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}]/gu;
const LONE_SURROGATE = /\p{Cs}/gu;

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** The longest prefix of `text` (whole code points) that fits in `maxBytes` of UTF-8. */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const charBytes = utf8Length(char);
    if (bytes + charBytes > maxBytes) break;
    bytes += charBytes;
    end += char.length;
  }
  return text.slice(0, end);
}

const trimEnd = (name: string): string => name.replace(/[. ]+$/u, '');

/**
 * A file name that is valid and unambiguous on Windows, macOS and Linux: forbidden characters and
 * controls become `_`, invisible characters are dropped, trailing dots and spaces are removed,
 * reserved device names get a `_` prefix, and the result is at most 200 UTF-8 bytes without cutting
 * a code point (the extension is kept when it is short). Never returns an empty name.
 */
export function safeFileName(name: string): string {
  let safe = name
    .normalize('NFC')
    .replace(LONE_SURROGATE, '_')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '_')
    .trim();
  safe = trimEnd(safe);
  if (utf8Length(safe) > MAX_FILE_NAME_BYTES) {
    const dot = safe.lastIndexOf('.');
    const extension = dot > 0 ? safe.slice(dot) : '';
    if (extension && utf8Length(extension) <= MAX_KEPT_EXTENSION_BYTES) {
      const stem = truncateUtf8(safe.slice(0, dot), MAX_FILE_NAME_BYTES - utf8Length(extension));
      safe = trimEnd(stem) + extension;
    } else {
      safe = trimEnd(truncateUtf8(safe, MAX_FILE_NAME_BYTES));
    }
  }
  if (safe === '' || /^\.+$/.test(safe)) return '_';
  const stem = safe.split('.', 1)[0] ?? '';
  if (WINDOWS_RESERVED.test(stem.trimEnd())) {
    safe = `_${safe}`;
    if (utf8Length(safe) > MAX_FILE_NAME_BYTES)
      safe = trimEnd(truncateUtf8(safe, MAX_FILE_NAME_BYTES));
  }
  return safe;
}
