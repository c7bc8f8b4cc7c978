#!/usr/bin/env node
// Generates Lotline's app icons into public/icons/ (and public/favicon.svg)
// with plain Node: shapes are rasterised with 4×4 supersampling and written as
// RGBA PNGs through node:zlib. No ImageMagick, no canvas package.
//
//   node scripts/make-icons.mjs
//
// The glyph: a white stylised "L" with barcode bars in the crook of the L, on
// Lotline's teal. The PNGs are committed; run this again after changing the
// design or the colours (keep them in sync with the manifest in vite.config.ts).

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const iconDir = join(root, 'public', 'icons');

const TEAL = [0x0f, 0x76, 0x6e];
const WHITE = [0xff, 0xff, 0xff];
const MINT = [0x99, 0xf6, 0xe4];

/**
 * The glyph in its own unit box (x right, y down, 0..1). Each shape is an
 * axis-aligned rectangle [x0, y0, x1, y1] with a colour.
 */
const GLYPH = [
  // the L: stem and foot
  { rect: [0.08, 0.04, 0.3, 0.96], color: WHITE },
  { rect: [0.08, 0.74, 0.92, 0.96], color: WHITE },
  // barcode bars of varying widths above the foot
  { rect: [0.4, 0.04, 0.47, 0.62], color: MINT },
  { rect: [0.52, 0.04, 0.55, 0.62], color: MINT },
  { rect: [0.6, 0.04, 0.69, 0.62], color: MINT },
  { rect: [0.74, 0.04, 0.77, 0.62], color: MINT },
  { rect: [0.83, 0.04, 0.92, 0.62], color: MINT },
];

/**
 * Icon variants. `glyph` is the glyph box (fraction of the icon size, centred);
 * `corner` the background's corner radius (fraction of the size; 0 = full bleed).
 *
 * - any: rounded square with transparent corners, glyph 64 % of the icon.
 * - maskable: full-bleed background; the glyph box is 50 % of the icon, so its
 *   corners are 0.25·√2 ≈ 0.354 from the centre: inside the 0.4-radius safe
 *   zone (the central 80 % circle) that every mask shape keeps.
 * - apple: full bleed (iOS rounds the corners itself), no transparency.
 */
const VARIANTS = {
  any: { glyph: 0.64, corner: 0.22 },
  maskable: { glyph: 0.5, corner: 0 },
  apple: { glyph: 0.6, corner: 0 },
};

const ICONS = [
  { file: 'icon-192.png', size: 192, variant: 'any' },
  { file: 'icon-512.png', size: 512, variant: 'any' },
  { file: 'icon-maskable-512.png', size: 512, variant: 'maskable' },
  { file: 'apple-touch-icon-180.png', size: 180, variant: 'apple' },
];

function insideRoundedSquare(x, y, radius) {
  if (radius <= 0) return x >= 0 && x <= 1 && y >= 0 && y <= 1;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The colour at a point of the icon (unit coordinates), or null if transparent. */
function sample(x, y, { glyph, corner }) {
  if (!insideRoundedSquare(x, y, corner)) return null;
  const offset = (1 - glyph) / 2;
  const gx = (x - offset) / glyph;
  const gy = (y - offset) / glyph;
  for (const { rect, color } of GLYPH) {
    const [x0, y0, x1, y1] = rect;
    if (gx >= x0 && gx <= x1 && gy >= y0 && gy <= y1) return color;
  }
  return TEAL;
}

/** Rasterises a variant to straight (non-premultiplied) RGBA, 4×4 samples per pixel. */
function render(size, variant) {
  const n = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const color = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, variant);
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); // width
  ihdr.writeUInt32BE(size, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  // Each scanline starts with its filter type (0: none).
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (color) => `#${color.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The same design as an SVG favicon (the "any" variant). */
function faviconSvg() {
  const { glyph, corner } = VARIANTS.any;
  const size = 64;
  const offset = ((1 - glyph) / 2) * size;
  const scale = glyph * size;
  const f = (v) => Number(v.toFixed(2));
  const rects = GLYPH.map(({ rect: [x0, y0, x1, y1], color }) => {
    const x = f(offset + x0 * scale);
    const y = f(offset + y0 * scale);
    return `  <rect x="${x}" y="${y}" width="${f((x1 - x0) * scale)}" height="${f((y1 - y0) * scale)}" fill="${hex(color)}"/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}">`,
    `  <rect width="${size}" height="${size}" rx="${f(corner * size)}" fill="${hex(TEAL)}"/>`,
    ...rects,
    '</svg>',
    '',
  ].join('\n');
}

mkdirSync(iconDir, { recursive: true });
for (const { file, size, variant } of ICONS) {
  const png = encodePng(size, render(size, VARIANTS[variant]));
  writeFileSync(join(iconDir, file), png);
  console.log(`public/icons/${file}  ${size}×${size}  ${png.length} bytes`);
}
writeFileSync(join(root, 'public', 'favicon.svg'), faviconSvg());
console.log('public/favicon.svg');
