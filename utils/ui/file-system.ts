/**
 * The parts of the File System Access API the full view uses (Chromium only; not in TypeScript's
 * DOM lib yet), and helpers around them.
 */

export interface PermissionCapableHandle {
  name: string;
  queryPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
}

interface PickerWindow {
  showDirectoryPicker?(options?: {
    id?: string;
    mode?: 'read' | 'readwrite';
  }): Promise<FileSystemDirectoryHandle>;
}

export function canPickDirectory(): boolean {
  return typeof (globalThis as PickerWindow).showDirectoryPicker === 'function';
}

export async function pickDirectory(
  mode: 'read' | 'readwrite',
): Promise<FileSystemDirectoryHandle> {
  const picker = (globalThis as PickerWindow).showDirectoryPicker;
  if (!picker) throw new Error('showDirectoryPicker is not available');
  return picker.call(globalThis, { id: `seed-clipper-${mode}`, mode });
}

/** Asks again for access to a remembered handle (the browser shows a prompt); true when granted. */
export async function ensurePermission(
  handle: PermissionCapableHandle,
  mode: 'read' | 'readwrite',
): Promise<boolean> {
  if (!handle.queryPermission || !handle.requestPermission) return true;
  if ((await handle.queryPermission({ mode })) === 'granted') return true;
  return (await handle.requestPermission({ mode })) === 'granted';
}

interface IterableDirectory {
  values(): AsyncIterable<FileSystemHandle>;
}

/** True for files an import should read: seed text files and zips, not hidden files. */
export function isImportableName(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  if (base.startsWith('.')) return false;
  return /\.(txt|zip)$/i.test(base);
}

/** Every importable file under a picked directory (recursively), as File objects. */
export async function collectDirectoryFiles(
  directory: FileSystemDirectoryHandle,
  limit = 1_000_000,
): Promise<{ files: File[]; ignored: number }> {
  const files: File[] = [];
  let ignored = 0;
  async function walk(dir: FileSystemDirectoryHandle, depth: number) {
    if (depth > 16) return;
    for await (const entry of (dir as unknown as IterableDirectory).values()) {
      if (files.length >= limit) return;
      if (entry.kind === 'directory') {
        await walk(entry as FileSystemDirectoryHandle, depth + 1);
      } else if (isImportableName(entry.name)) {
        files.push(await (entry as FileSystemFileHandle).getFile());
      } else {
        ignored += 1;
      }
    }
  }
  await walk(directory, 0);
  return { files, ignored };
}

/** Offers a Blob as a download (an <a download> click; no `downloads` permission needed). */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
