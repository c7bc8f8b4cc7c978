// Test media for the camera scanner: real barcodes made by bwip-js, placed on
// a camera-like grey scene (a white label, uneven light, blur, sensor noise),
// written as Y4M video for Chromium's fake camera and used as frames by
// bench/scan-bench.ts.
//
//   npx tsx scripts/make-camera-fixtures.ts [outDir]   (default e2e/fixtures)
//
// The videos are large (1.4 MB per 1280x720 frame): e2e/camera.spec.ts makes
// them at test time into test-results/, and e2e/fixtures/.gitignore keeps any
// made here out of git.
import { mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import bwipjs from 'bwip-js/node';
import { PNG } from 'pngjs';
import { gs1CheckDigit } from '../src/domain/gtin';

/** An 8-bit grey image. */
export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

// The demo items (sync-server/src/db/seed.ts): GTIN-13 = body + check digit, as AI (01) padded to 14.
export function gtin14(body12: string): string {
  return (body12 + String(gs1CheckDigit(body12))).padStart(14, '0');
}
export const MILK_GTIN14 = gtin14('501234500001');
export const PUMP_GTIN14 = gtin14('501234500006');

export interface LabelSpec {
  name: string;
  /** bwip-js encoder. */
  bcid: string;
  /** bwip-js text: GS1 in the bracketed (AI) form. */
  text: string;
  /** Camera pixels per module (narrow bar) in the scene. */
  module: number;
}

/** The labels the e2e test scans: MILK-1L with its lot; PUMP-X2 with lot and serial. */
export const CAMERA_LABELS = {
  milkDataMatrix: { name: 'milk-gs1-datamatrix', bcid: 'gs1datamatrix', text: `(01)${MILK_GTIN14}(10)L2699Q`, module: 7 },
  milkGs1128: { name: 'milk-gs1-128', bcid: 'gs1-128', text: `(01)${MILK_GTIN14}(10)L2699Q`, module: 3 },
  milkQr: { name: 'milk-gs1-qr', bcid: 'gs1qrcode', text: `(01)${MILK_GTIN14}(10)L2699Q`, module: 7 },
  pumpDataMatrix: { name: 'pump-gs1-datamatrix', bcid: 'gs1datamatrix', text: `(01)${PUMP_GTIN14}(10)PX-L09(21)PX2-0099`, module: 7 },
} as const satisfies Record<string, LabelSpec>;

/** A rendered barcode: `scale` pixels per module. */
export interface CodeImage extends Gray {
  scale: number;
}

const RENDER_SCALE = 8;

/** Renders a barcode at 8 pixels per module, black on white, with its quiet zone. */
export async function renderBarcode(bcid: string, text: string): Promise<CodeImage> {
  const linear = !/datamatrix|qrcode/.test(bcid);
  const png = PNG.sync.read(
    await bwipjs.toBuffer({
      bcid,
      text,
      scale: RENDER_SCALE,
      // Linear codes: bars 60 modules high; quiet zones of 10 modules (2D: 2).
      ...(linear ? { height: 60 / 2.835 } : {}),
      inkspread: 0,
      includetext: false,
      backgroundcolor: 'FFFFFF',
      paddingwidth: linear ? 10 : 2,
      paddingheight: linear ? 2 : 2,
    }),
  );
  const data = new Uint8Array(png.width * png.height);
  for (let i = 0; i < data.length; i += 1) data[i] = png.data[i * 4]! < 128 ? 0 : 255;
  return { width: png.width, height: png.height, data, scale: RENDER_SCALE };
}

/** A small seeded PRNG (mulberry32), so every run makes the same frames. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples (Box–Muller). */
export function gaussian(random: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = Math.max(random(), 1e-12);
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

export interface SceneOptions {
  width?: number;
  height?: number;
  /** Camera pixels per module. */
  module: number;
  /** Rotation of the label, degrees. */
  angle?: number;
  /** Horizontal shear (slight perspective), e.g. 0.05. */
  shear?: number;
  /** Offset of the code's centre from the frame's centre, pixels. */
  offset?: { x: number; y: number };
  /** Gaussian sensor noise, standard deviation in grey levels. */
  noise?: number;
  /** Box-blur passes of radius 1 (camera focus). */
  blur?: number;
  /** Darkest and lightest grey of the printed code (camera contrast). */
  ink?: number;
  paper?: number;
  seed?: number;
}

/**
 * A camera-like frame: grey background with uneven light, a white label, the
 * code scaled to `module` pixels per module (bilinear, rotated, sheared),
 * optional blur and Gaussian noise. A null code makes a frame with no barcode
 * (the label carries only text-like marks).
 */
export function makeScene(code: CodeImage | null, options: SceneOptions): Gray {
  const { width = 1280, height = 720, module, angle = 0, shear = 0, offset = { x: 0, y: 0 }, noise = 0, blur = 0, ink = 35, paper = 225, seed = 1 } = options;
  const random = rng(seed);
  const normal = gaussian(random);
  const out = new Float32Array(width * height);
  // Background: a grey bench lit from one side.
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) out[y * width + x] = 95 + 40 * (x / width) + 15 * Math.sin(y / 90);
  }
  const cx = width / 2 + offset.x;
  const cy = height / 2 + offset.y;
  // The code's size in modules.
  const codeWidth = code ? code.width / code.scale : 140;
  const codeHeight = code ? code.height / code.scale : 50;
  const rad = (angle * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // Label: the code's box plus a margin of 8 modules, in label coordinates (modules, centred).
  const labelHalfW = codeWidth / 2 + 8;
  const labelHalfH = codeHeight / 2 + 8;
  const reach = Math.ceil(Math.hypot(labelHalfW, labelHalfH) * module * (1 + Math.abs(shear))) + 2;
  const marks = code ? null : textMarks(random);
  for (let y = Math.max(0, Math.floor(cy - reach)); y < Math.min(height, cy + reach); y += 1) {
    for (let x = Math.max(0, Math.floor(cx - reach)); x < Math.min(width, cx + reach); x += 1) {
      // Frame pixel -> label coordinates in modules (inverse rotation, then inverse shear).
      // A camera pixel integrates light over its area: 3x3 samples.
      let dark = 0;
      let inside = 0;
      for (const sy of SUBPIXELS) {
        for (const sx of SUBPIXELS) {
          const dx = x + sx - cx;
          const dy = y + sy - cy;
          const ry = (-sin * dx + cos * dy) / module;
          const rx = (cos * dx + sin * dy) / module - shear * ry;
          if (Math.abs(rx) > labelHalfW || Math.abs(ry) > labelHalfH) continue;
          inside += 1;
          const u = rx + codeWidth / 2;
          const v = ry + codeHeight / 2;
          dark += code ? darkAt(code, u, v) : marks!(u, v) ? 1 : 0;
        }
      }
      if (inside === 0) continue;
      const label = paper + (ink - paper) * (dark / inside);
      const cover = inside / SUBPIXELS.length ** 2;
      out[y * width + x] = out[y * width + x]! * (1 - cover) + label * cover;
    }
  }
  for (let pass = 0; pass < blur; pass += 1) boxBlur(out, width, height);
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i += 1) {
    const value = out[i]! + (noise > 0 ? normal() * noise : 0);
    data[i] = value < 0 ? 0 : value > 255 ? 255 : Math.round(value);
  }
  return { width, height, data };
}

const SUBPIXELS = [1 / 6, 3 / 6, 5 / 6];

/** 1 where the code is dark at module coordinates (u, v); outside the code is paper. */
function darkAt(code: CodeImage, u: number, v: number): number {
  const x = Math.floor(u * code.scale);
  const y = Math.floor(v * code.scale);
  return x < 0 || y < 0 || x >= code.width || y >= code.height ? 0 : code.data[y * code.width + x] === 0 ? 1 : 0;
}

/** Printed text-like marks on a label without a barcode. */
function textMarks(random: () => number): (u: number, v: number) => boolean {
  const blocks = Array.from({ length: 24 }, () => ({ x: random() * 130, y: Math.floor(random() * 5) * 10 + 2, w: 2 + random() * 10, h: 5 }));
  return (u, v) => blocks.some((b) => u >= b.x && u < b.x + b.w && v >= b.y && v < b.y + b.h);
}

function boxBlur(img: Float32Array, width: number, height: number): void {
  const tmp = new Float32Array(img.length);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      tmp[i] = (img[x > 0 ? i - 1 : i]! + img[i]! + img[x < width - 1 ? i + 1 : i]!) / 3;
    }
  }
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = y * width + x;
      img[i] = (tmp[y > 0 ? i - width : i]! + tmp[i]! + tmp[y < height - 1 ? i + width : i]!) / 3;
    }
  }
}

/** Grey to RGBA (what a canvas' ImageData holds). */
export function toRgba(image: Gray): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0, p = 0; i < image.data.length; i += 1, p += 4) {
    const value = image.data[i]!;
    data[p] = value;
    data[p + 1] = value;
    data[p + 2] = value;
    data[p + 3] = 255;
  }
  return { width: image.width, height: image.height, data };
}

/** Crops a grey image. */
export function crop(image: Gray, x: number, y: number, width: number, height: number): Gray {
  const data = new Uint8Array(width * height);
  for (let row = 0; row < height; row += 1) data.set(image.data.subarray((y + row) * image.width + x, (y + row) * image.width + x + width), row * width);
  return { width, height, data };
}

/**
 * Writes frames as a YUV4MPEG2 (Y4M) 4:2:0 video: Y is the grey image, U = V = 128.
 * Chromium's fake camera (--use-file-for-fake-video-capture) plays it in a loop.
 */
export function writeY4m(path: string, frames: Gray[], fps: number): void {
  const first = frames[0];
  if (!first) throw new Error('No frames');
  const { width, height } = first;
  const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    for (const frame of frames) {
      writeSync(fd, 'FRAME\n');
      writeSync(fd, frame.data);
      writeSync(fd, chroma);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A camera video of one label (1280x720, 10 fps, 1 s, looped by Chromium):
 * the label held in the middle, slightly tilted and moving, a little blur and
 * fresh mild noise in every frame. A null label films a label with no barcode.
 * Returns the absolute path.
 */
export async function makeCameraVideo(label: LabelSpec | null, path: string, frames = 10): Promise<string> {
  const code = label ? await renderBarcode(label.bcid, label.text) : null;
  const video: Gray[] = [];
  for (let i = 0; i < frames; i += 1) {
    video.push(makeScene(code, { module: label?.module ?? 3, angle: 2 + (i % 3) * 0.5, offset: { x: (i % 5) - 2, y: 0 }, noise: 6, blur: 1, seed: 100 + i }));
  }
  const absolute = resolve(path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeY4m(absolute, video, 10);
  return absolute;
}

/** Every label's video (and blank.y4m, no barcode) into `outDir`. */
export async function makeCameraVideos(outDir: string): Promise<string[]> {
  const paths: string[] = [];
  for (const label of Object.values(CAMERA_LABELS)) paths.push(await makeCameraVideo(label, join(outDir, `${label.name}.y4m`)));
  paths.push(await makeCameraVideo(null, join(outDir, 'blank.y4m')));
  return paths;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = process.argv[2] ?? join(import.meta.dirname, '..', 'e2e', 'fixtures');
  for (const path of await makeCameraVideos(outDir)) console.log(path);
}
