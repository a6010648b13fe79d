/** Raw page HTML is kept gzip-compressed (fflate): news pages shrink 5–10×. */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { RawRow } from './types';

export function compressRawHtml(id: string, html: string): RawRow {
  const bytes = strToU8(html);
  return { id, gzip: gzipSync(bytes, { level: 6 }), size: bytes.length };
}

export function decompressRawHtml(row: Pick<RawRow, 'gzip'>): string {
  return strFromU8(gunzipSync(row.gzip));
}
