/**
 * A streaming zip writer over fflate's Zip: the archive's bytes go to a sink batch by batch, so
 * memory holds one batch of files, not the archive. (In the browser the sink folds them into a
 * Blob, which Chromium keeps outside the JS heap and can page out to disk.)
 *
 * Whole files are compressed with one `deflateSync` call each, exactly the work fflate's `zipSync`
 * does per file, and added as a finished entry, instead of a `ZipDeflate` stream per file (a
 * streaming compressor and its 96 KB window buffer set up for every seed file of a few KB). A file
 * that deflate does not shrink (tiny or already compressed) is stored.
 */
import { deflateSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export type ZipSink = (chunk: Uint8Array) => void | Promise<void>;

export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface AddFileOptions {
  /** Store without compressing (already compressed data, e.g. gzip). */
  store?: boolean;
  mtime?: number;
}

/** The zip "compression option" flag bits for a deflate level, as fflate's ZipDeflate sets them. */
function levelFlag(level: DeflateLevel): 0 | 1 | 2 | 3 {
  return level === 1 ? 3 : level < 6 ? 2 : level === 9 ? 1 : 0;
}

/**
 * A file already compressed (or stored) in full: fflate's documented way to add data compressed
 * elsewhere — a ZipPassThrough whose `push` gets the original bytes (fflate computes their CRC and
 * size from them) and whose `process` emits the compressed bytes instead.
 */
class WholeFileEntry extends ZipPassThrough {
  declare flag?: 0 | 1 | 2 | 3;
  /**
   * A private field, and emptied once emitted: fflate's Zip copies every enumerable property of
   * an entry into the record it keeps until the archive ends (and keeps the entry itself in a
   * closure), so a plain property kept every compressed file — the whole archive — alive.
   */
  #payload: Uint8Array;

  constructor(filename: string, payload: Uint8Array, deflated: boolean, flag: 0 | 1 | 2 | 3) {
    super(filename);
    this.#payload = payload;
    this.compression = deflated ? 8 : 0;
    if (deflated) this.flag = flag;
  }

  protected override process(_original: Uint8Array, final: boolean): void {
    const payload = this.#payload;
    this.#payload = EMPTY;
    this.ondata(null, payload as Uint8Array<ArrayBuffer>, final);
  }
}

const EMPTY = new Uint8Array(0);

export class ZipStreamWriter {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private error: Error | null = null;
  private finished = false;
  private written = 0;

  constructor(
    private readonly sink: ZipSink,
    private readonly level: DeflateLevel = 6,
  ) {
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.error = error;
      else this.pending.push(chunk);
      if (final) this.finished = true;
    });
  }

  /** Adds one whole file (deflated now, in one call). Call flush() now and then to drain. */
  addFile(name: string, data: Uint8Array, opts: AddFileOptions = {}): void {
    let payload = data;
    if (!opts.store && this.level !== 0 && data.length > 0) {
      const deflated = deflateSync(data, { level: this.level });
      if (deflated.length < data.length) payload = deflated;
    }
    const file = new WholeFileEntry(name, payload, payload !== data, levelFlag(this.level));
    if (opts.mtime !== undefined) file.mtime = zipTime(opts.mtime);
    this.zip.add(file);
    file.push(data, true);
    if (this.error) throw this.error;
  }

  /** Adds a file whose content arrives in parts (e.g. a JSON Lines stream). */
  openFile(name: string): { push(data: Uint8Array, final?: boolean): void } {
    const file = new ZipDeflate(name, { level: this.level === 0 ? 6 : this.level });
    this.zip.add(file);
    return {
      push: (data, final = false) => {
        file.push(data, final);
        if (this.error) throw this.error;
      },
    };
  }

  /**
   * Hands the bytes produced since the last flush to the sink as one chunk (a zip makes three
   * small chunks per file; one call per batch keeps the sink's work and its Blob parts few).
   */
  async flush(): Promise<void> {
    const chunks = this.pending;
    this.pending = [];
    if (this.error) throw this.error;
    if (chunks.length === 0) return;
    const merged = chunks.length === 1 ? chunks[0]! : concatBytes(chunks);
    this.written += merged.length;
    await this.sink(merged);
  }

  /** Writes the central directory and drains everything; returns the archive size. */
  async end(): Promise<number> {
    this.zip.end();
    await this.flush();
    if (!this.finished) throw new Error('The zip stream did not finish (a file was left open).');
    return this.written;
  }

  abort(): void {
    this.zip.terminate();
    this.pending = [];
  }
}

const ZIP_MIN_TIME = Date.UTC(1980, 0, 2);
const ZIP_MAX_TIME = Date.UTC(2099, 11, 31);

/** Zip (DOS) times cover 1980–2099 only; fflate throws outside that range. */
export function zipTime(time: number): number {
  return Math.min(
    ZIP_MAX_TIME,
    Math.max(ZIP_MIN_TIME, Number.isFinite(time) ? time : ZIP_MIN_TIME),
  );
}

function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const chunk of chunks) size += chunk.length;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * A sink that builds a Blob. Every `foldBytes` the parts collected so far are folded into a Blob,
 * which moves their bytes out of the JS heap (Chromium's blob storage, paged to disk when large),
 * so a 50,000-file export does not hold the whole archive in page memory.
 */
export function blobSink(foldBytes = 16 * 1024 * 1024): {
  sink: ZipSink;
  toBlob(type?: string): Blob;
} {
  let folded: Blob[] = [];
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  const fold = () => {
    if (parts.length === 0) return;
    folded.push(new Blob(parts as BlobPart[]));
    parts = [];
    partBytes = 0;
  };
  return {
    sink: (chunk) => {
      parts.push(chunk);
      partBytes += chunk.length;
      if (partBytes >= foldBytes) fold();
    },
    toBlob: (type = 'application/zip') => {
      fold();
      const blob = new Blob(folded, { type });
      folded = [];
      return blob;
    },
  };
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  throw signal.reason ?? new DOMException('The operation was cancelled.', 'AbortError');
}

/** `<prefix>-YYYY-MM-DD.zip` in local time. */
export function datedZipName(prefix: string, now = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.zip`;
}
