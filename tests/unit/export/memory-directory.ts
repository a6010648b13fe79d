/**
 * An in-memory stand-in for a FileSystemDirectoryHandle: records every file written (in order) and
 * refuses what a real directory would (path separators, `..`, removing a missing file), and counts
 * the writables left open (a half-written file).
 */
import type { ExportDirectoryHandle, ExportFileHandle } from '@/utils/export/folder';

export class MemoryDirectory implements ExportDirectoryHandle {
  files = new Map<string, string>();
  writes: string[] = [];
  open = 0;
  async getFileHandle(name: string, options?: { create?: boolean }): Promise<ExportFileHandle> {
    if (name.includes('/') || name.includes('\\') || name === '..')
      throw new TypeError(`bad name ${name}`);
    if (!this.files.has(name) && !options?.create) {
      throw new DOMException('missing', 'NotFoundError');
    }
    return {
      createWritable: async () => {
        this.open += 1;
        let data = '';
        return {
          write: async (chunk: string | Uint8Array) => {
            data += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
          },
          close: async () => {
            this.files.set(name, data);
            this.writes.push(name);
            this.open -= 1;
          },
        };
      },
      getFile: async () => ({ text: async () => this.files.get(name) ?? '' }),
    };
  }
  async removeEntry(name: string): Promise<void> {
    if (!this.files.delete(name)) throw new DOMException('missing', 'NotFoundError');
  }
}
