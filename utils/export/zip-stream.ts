/**
 * A streaming zip writer over fflate's Zip: files are deflated as they are added and the archive's
 * bytes go to a sink chunk by chunk, so memory holds one batch of files, not the archive.
 * (In the browser the sink collects Blob parts, which Chromium can page out to disk.)
 */
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export type ZipSink = (chunk: Uint8Array) => void | Promise<void>;

export interface AddFileOptions {
  /** Store without compressing (already compressed data, e.g. gzip). */
  store?: boolean;
  mtime?: number;
}

export class ZipStreamWriter {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private error: Error | null = null;
  private finished = false;
  private written = 0;

  constructor(
    private readonly sink: ZipSink,
    private readonly level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6,
  ) {
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.error = error;
      else this.pending.push(chunk);
      if (final) this.finished = true;
    });
  }

  /** Adds one whole file (synchronously deflated). Call flush() now and then to drain. */
  addFile(name: string, data: Uint8Array, opts: AddFileOptions = {}): void {
    const file =
      opts.store || this.level === 0
        ? new ZipPassThrough(name)
        : new ZipDeflate(name, { level: this.level });
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

  /** Hands the bytes produced so far to the sink. */
  async flush(): Promise<void> {
    const chunks = this.pending;
    this.pending = [];
    for (const chunk of chunks) {
      this.written += chunk.length;
      await this.sink(chunk);
    }
    if (this.error) throw this.error;
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

/** A sink that keeps the chunks, to make a Blob of them at the end. */
export function blobSink(): { sink: ZipSink; toBlob(type?: string): Blob } {
  const parts: Uint8Array[] = [];
  return {
    sink: (chunk) => {
      parts.push(chunk);
    },
    toBlob: (type = 'application/zip') => new Blob(parts as BlobPart[], { type }),
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
