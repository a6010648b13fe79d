/**
 * Draws the extension icon (a seed on a green rounded square) into public/icon/<size>.png, which
 * WXT puts into the manifest. Pure Node (zlib), no image library: `npx tsx scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const SUPERSAMPLE = 4;

type Rgba = [number, number, number, number];

const BACKGROUND: Rgba = [34, 139, 84, 255];
const SEED: Rgba = [250, 244, 222, 255];
const STRIPE: Rgba = [34, 139, 84, 255];

/** Colour of the point (x, y) in unit coordinates (0..1), or null for transparent. */
function shade(x: number, y: number): Rgba | null {
  // Rounded square, corner radius 0.22.
  const r = 0.22;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // A seed: an ellipse tilted by 35°, with a stripe along its long axis.
  const angle = (-35 * Math.PI) / 180;
  const dx = x - 0.5;
  const dy = y - 0.52;
  const u = dx * Math.cos(angle) - dy * Math.sin(angle);
  const v = dx * Math.sin(angle) + dy * Math.cos(angle);
  const inSeed = (u / 0.2) ** 2 + (v / 0.33) ** 2 <= 1;
  if (!inSeed) return BACKGROUND;
  if (Math.abs(u) < 0.025 && Math.abs(v) < 0.22) return STRIPE;
  return SEED;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function drawIcon(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py += 1) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 + RGBA
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const colour = shade(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
          );
          if (!colour) continue;
          for (let channel = 0; channel < 3; channel += 1) sum[channel]! += colour[channel]!;
          sum[3]! += 255;
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const covered = sum[3]! / 255;
      for (let channel = 0; channel < 3; channel += 1) {
        row[1 + px * 4 + channel] = covered ? Math.round(sum[channel]! / covered) : 0;
      }
      row[1 + px * 4 + 3] = Math.round(sum[3]! / samples);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

const outDir = join(import.meta.dirname ?? process.cwd(), '..', 'public', 'icon');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(outDir, `${size}.png`), drawIcon(size));
}
console.log(`Wrote ${SIZES.map((size) => `${size}.png`).join(', ')} to ${outDir}`);
