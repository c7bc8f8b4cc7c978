// What warehouses print, and nothing else: fewer formats are faster and give
// fewer false reads. Shared by the decoders and the benchmark.
import type { ReaderOptions } from 'zxing-wasm/reader';

/** ZXing-C++ formats: GS1 DataMatrix, GS1 QR, GS1-128 (Code 128), EAN/UPC, ITF-14 and GS1 DataBar. */
export const WAREHOUSE_FORMATS = [
  'DataMatrix',
  'QRCode',
  'Code128',
  'EAN13',
  'EAN8',
  'UPCA',
  'UPCE',
  'ITF14',
  'DataBar',
] as const satisfies NonNullable<ReaderOptions['formats']>;

/**
 * Reader options for every camera frame of the region of interest: the fast
 * path (median ~1-3 ms on 1024x360). One code per frame (the operator aims at
 * one), plain text so GS1 separators arrive as GS characters next to the AIM
 * symbology identifier, no inverted search (labels are dark on light).
 */
export const CAMERA_READER_OPTIONS: ReaderOptions = {
  formats: [...WAREHOUSE_FORMATS],
  tryHarder: false,
  tryRotate: false,
  tryInvert: false,
  tryDownscale: true,
  maxNumberOfSymbols: 1,
  textMode: 'Plain',
  returnErrors: false,
};

/** Every few frames the decoder tries harder (more scan lines, rotated linear codes): several times slower, reads more of the hard frames. */
export const THOROUGH_READER_OPTIONS: ReaderOptions = { ...CAMERA_READER_OPTIONS, tryHarder: true, tryRotate: true };

/** One frame in this many is decoded with THOROUGH_READER_OPTIONS. */
export const THOROUGH_EVERY = 4;
