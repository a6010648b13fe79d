// @vitest-environment node
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZipEntries } from '@/utils/import';
import { blobSink, ZipStreamWriter } from '@/utils/export/zip-stream';

/** Compression method of each entry, from the central directory (APPNOTE 4.3.12). */
function methods(zip: Uint8Array): Record<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  let offset = view.getUint32(end + 16, true);
  const out: Record<string, number> = {};
  for (let n = view.getUint16(end + 10, true); n > 0; n -= 1) {
    const nameLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + nameLength));
    out[name] = view.getUint16(offset + 10, true);
    offset +=
      46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return out;
}

function noise(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let state = seed;
  for (let i = 0; i < size; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

async function build(files: [string, Uint8Array, { store?: boolean }?][]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const writer = new ZipStreamWriter((chunk) => void chunks.push(chunk), 6);
  for (const [name, data, opts] of files) writer.addFile(name, data, { ...opts, mtime: 0 });
  const size = await writer.end();
  const zip = new Uint8Array(Buffer.concat(chunks));
  expect(zip.length).toBe(size);
  return zip;
}

describe('ZipStreamWriter', () => {
  it('deflates what shrinks, stores what does not, and both readers get the bytes back', async () => {
    const text = strToU8('基层治理 seed text, repeated. '.repeat(200));
    const random = noise(4096, 7);
    const files: [string, Uint8Array, { store?: boolean }?][] = [
      ['a.txt', text],
      ['b.bin', random],
      ['c.txt', strToU8('x')],
      ['d.txt', new Uint8Array(0)],
      ['e.txt', text, { store: true }],
    ];
    const zip = await build(files);
    expect(methods(zip)).toEqual({ 'a.txt': 8, 'b.bin': 0, 'c.txt': 0, 'd.txt': 0, 'e.txt': 0 });
    // a.txt deflated: the archive is smaller than its stored inputs.
    expect(zip.length).toBeLessThan(2 * text.length + random.length);
    const unzipped = unzipSync(zip);
    const ours = readZipEntries(zip).entries;
    for (const [name, data] of files) {
      expect(Buffer.from(unzipped[name]!).equals(Buffer.from(data))).toBe(true);
      const entry = ours.find((candidate) => candidate.name === name)!;
      expect(Buffer.from(entry.read()).equals(Buffer.from(data))).toBe(true);
    }
  });

  it('hands each flush to the sink as one chunk', async () => {
    const chunks: Uint8Array[] = [];
    const writer = new ZipStreamWriter((chunk) => void chunks.push(chunk), 6);
    for (let n = 0; n < 20; n += 1) writer.addFile(`${n}.txt`, strToU8(`file ${n} `.repeat(50)));
    await writer.flush();
    expect(chunks).toHaveLength(1);
    await writer.end();
    expect(chunks).toHaveLength(2);
    expect(Object.keys(unzipSync(new Uint8Array(Buffer.concat(chunks))))).toHaveLength(20);
  });

  it('keeps no compressed file in the records it holds until the end (memory: one batch, not the archive)', async () => {
    const emitted: Uint8Array[] = [];
    const writer = new ZipStreamWriter((chunk) => void emitted.push(chunk), 6);
    for (let n = 0; n < 5; n += 1) writer.addFile(`${n}.txt`, strToU8(`file ${n} `.repeat(300)));
    await writer.flush();
    // fflate's Zip keeps one record per entry (for the central directory) until end(); none of
    // them may hold a typed array bigger than its file name, i.e. a file's (compressed) bytes.
    const records = (writer as unknown as { zip: { u: Record<string, unknown>[] } }).zip.u;
    expect(records).toHaveLength(5);
    for (const record of records) {
      for (const value of Object.values(record)) {
        if (ArrayBuffer.isView(value)) expect(value.byteLength).toBeLessThan(16);
      }
    }
    await writer.end();
    expect(Object.keys(unzipSync(new Uint8Array(Buffer.concat(emitted))))).toHaveLength(5);
  });

  it('blobSink folds parts into Blobs and keeps their order', async () => {
    const collected = blobSink(10);
    for (let n = 0; n < 7; n += 1) await collected.sink(strToU8(`part${n};`));
    const blob = collected.toBlob('text/plain');
    expect(blob.type).toBe('text/plain');
    expect(await blob.text()).toBe('part0;part1;part2;part3;part4;part5;part6;');
  });
});
