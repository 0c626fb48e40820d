/**
 * Draws the toolbar icon (a page with lines of text, one of them underlined
 * with dots, the way Backgrounder marks a name) into PNGs at each size the
 * manifest names. Run once by hand after a design change: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
const BACKGROUND: Rgba = [29, 53, 87, 255];
const INK: Rgba = [241, 250, 238, 255];
const MARK: Rgba = [244, 162, 97, 255];

/** Colour of the point (x, y) in a 1×1 design space. */
function paint(x: number, y: number): Rgba | undefined {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return undefined; // outside the rounded square
  const line = (top: number, left: number, right: number) => y >= top && y <= top + 0.09 && x >= left && x <= right;
  if (line(0.22, 0.2, 0.8) || line(0.42, 0.2, 0.62) || line(0.62, 0.2, 0.72)) return INK;
  if (y >= 0.76 && y <= 0.84 && x >= 0.2 && x <= 0.72 && Math.floor((x - 0.2) / 0.104) % 2 === 0) return MARK;
  return BACKGROUND;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const SAMPLES = 4; // 4×4 supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = paint((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]! * colour[3];
          sum[3]! += colour[3];
        }
      }
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      const alpha = sum[3]!;
      for (let c = 0; c < 3; c++) raw[offset + c] = alpha ? Math.round(sum[c]! / alpha) : 0;
      raw[offset + 3] = Math.round(alpha / (SAMPLES * SAMPLES));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

const dir = path.resolve(import.meta.dirname, '../assets/icons');
for (const size of [16, 32, 48, 128]) writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
console.log(`icons written to ${dir}`);
