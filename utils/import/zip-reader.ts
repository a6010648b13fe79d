/**
 * A defensive zip reader: our own walk of the central directory (fflate only inflates), so every
 * entry is checked before a byte of it is decompressed:
 *  - paths: no absolute paths or drive letters, no `..` segments, no NUL, no duplicates (zip-slip);
 *  - no symlinks, no encrypted entries, only stored/deflated data, no ZIP64;
 *  - limits: entry count, declared size per entry and in total, compression ratio (zip bombs);
 *  - while inflating: output may not exceed the declared size, and must match it and its CRC-32.
 * Entries are read lazily (`read()`), so a big archive is never all decompressed at once.
 */
import { Inflate } from 'fflate';
import { crc32 } from './crc32';

export interface ZipLimits {
  maxEntries: number;
  /** Largest uncompressed size of one entry (bytes). */
  maxEntrySize: number;
  /** Largest uncompressed size of all accepted entries together (bytes). */
  maxTotalSize: number;
  /** Largest uncompressed/compressed ratio, checked for entries above 1 MB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 200_000,
  maxEntrySize: 20 * 1024 * 1024,
  maxTotalSize: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
};

const RATIO_CHECK_FLOOR = 1024 * 1024;

export interface ZipEntry {
  /** The path inside the archive, `/`-separated. */
  name: string;
  size: number;
  compressedSize: number;
  /** Decompresses and verifies the entry; throws ZipEntryError when it is not what it claims. */
  read(): Uint8Array;
}

export interface ZipIssue {
  name: string;
  reason: string;
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

export class ZipEntryError extends Error {
  override readonly name = 'ZipEntryError';
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const INFLATE_CHUNK = 16 * 1024;

function findEndOfCentralDirectory(view: DataView): number {
  const minStart = Math.max(0, view.byteLength - (22 + 0xffff));
  for (let offset = view.byteLength - 22; offset >= minStart; offset--) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  throw new ZipFormatError('Not a zip file (no end of central directory).');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function decodeName(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return latin1.decode(bytes); // legacy CP437 names: close enough to report, never to trust
  }
}

/** Why a path may not be extracted, or null when it is a safe relative path. */
export function unsafePathReason(name: string): string | null {
  if (name.includes('\0')) return 'the name contains a NUL character';
  const path = name.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'absolute path';
  if (path.split('/').some((segment) => segment === '..')) return 'path escapes the folder (../)';
  return null;
}

function inflateLimited(data: Uint8Array, size: number, name: string): Uint8Array {
  const out = new Uint8Array(size);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (written + chunk.length > size) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let offset = 0; offset < data.length && !overflow; offset += INFLATE_CHUNK) {
      const end = Math.min(data.length, offset + INFLATE_CHUNK);
      inflater.push(data.subarray(offset, end), end === data.length);
    }
  } catch (error) {
    throw new ZipEntryError(
      `${name}: corrupt compressed data (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (overflow) throw new ZipEntryError(`${name}: decompresses to more than its declared size`);
  if (written !== size) throw new ZipEntryError(`${name}: shorter than its declared size`);
  return out;
}

/**
 * Lists a zip's acceptable entries and the rejected ones with reasons. Directory entries are
 * left out silently. Throws ZipFormatError when the archive itself cannot be read.
 */
export function readZipEntries(
  bytes: Uint8Array,
  limits: Partial<ZipLimits> = {},
): { entries: ZipEntry[]; rejected: ZipIssue[] } {
  const limit: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) throw new ZipFormatError('Not a zip file (too short).');
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new ZipFormatError('ZIP64 archives are not supported.');
  }
  if (directoryOffset + directorySize > eocd) throw new ZipFormatError('Corrupt zip directory.');

  const entries: ZipEntry[] = [];
  const rejected: ZipIssue[] = [];
  const seen = new Set<string>();
  let total = 0;
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError('Corrupt zip directory.');
    }
    const madeBy = view.getUint16(offset + 4, true);
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const externalAttributes = view.getUint32(offset + 38, true);
    const localOffset = view.getUint32(offset + 42, true);
    const rawName = decodeName(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;

    const name = rawName.replace(/\\/g, '/');
    const reject = (reason: string): void => {
      rejected.push({ name: rawName, reason });
    };
    if (index >= limit.maxEntries) {
      reject(`too many entries (limit ${limit.maxEntries})`);
      continue;
    }
    const unsafe = unsafePathReason(rawName);
    if (unsafe) {
      reject(unsafe);
      continue;
    }
    const unixMode = madeBy >> 8 === 3 ? externalAttributes >>> 16 : 0;
    if ((unixMode & 0xf000) === 0xa000) {
      reject('symbolic link');
      continue;
    }
    if (name.endsWith('/')) continue; // a directory
    if (seen.has(name)) {
      reject('duplicate name in the archive');
      continue;
    }
    seen.add(name);
    if (flags & 0x1) {
      reject('encrypted entry');
      continue;
    }
    if (method !== 0 && method !== 8) {
      reject(`unsupported compression method ${method}`);
      continue;
    }
    if (size === 0xffffffff || compressedSize === 0xffffffff) {
      reject('ZIP64 entry (too large)');
      continue;
    }
    if (size > limit.maxEntrySize) {
      reject(`too large: ${size} bytes (limit ${limit.maxEntrySize})`);
      continue;
    }
    if (size > RATIO_CHECK_FLOOR && size / Math.max(1, compressedSize) > limit.maxRatio) {
      reject(`suspicious compression ratio (over ${limit.maxRatio}:1)`);
      continue;
    }
    if (method === 0 && size !== compressedSize) {
      reject('corrupt entry (stored sizes differ)');
      continue;
    }
    if (total + size > limit.maxTotalSize) {
      reject(`archive too large (over ${limit.maxTotalSize} bytes uncompressed)`);
      continue;
    }
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) {
      reject('corrupt entry (no local header)');
      continue;
    }
    const dataStart =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) {
      reject('corrupt entry (data past the end of the archive)');
      continue;
    }
    total += size;
    entries.push({
      name,
      size,
      compressedSize,
      read: () => {
        const data = bytes.subarray(dataStart, dataStart + compressedSize);
        const out = method === 0 ? data.slice() : inflateLimited(data, size, name);
        if (crc32(out) !== crc) throw new ZipEntryError(`${name}: CRC-32 mismatch (corrupt data)`);
        return out;
      },
    });
  }
  return { entries, rejected };
}
