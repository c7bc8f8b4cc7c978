// The messages between the camera scanner (main thread) and its decoder worker.

/** Which decoder read the frame: ZXing-C++ in WebAssembly, or the JavaScript fallback. */
export type DecoderEngine = 'zxing-wasm' | 'zxing-js';

export interface Point {
  x: number;
  y: number;
}

/** One barcode read from a frame. */
export interface DecodedCode {
  /** The content; GS1 data keeps its separators as GS (U+001D), without the AIM prefix. */
  text: string;
  /** The decoder's name for the format, e.g. 'DataMatrix', 'Code128', 'QRCode', 'EAN13', 'ITF'. */
  format: string;
  /** The AIM symbology identifier (']d2' GS1 DataMatrix, ']C1' GS1-128, ']Q3' GS1 QR, ']E0' EAN-13…), or null when unknown. */
  symbologyIdentifier: string | null;
  /** Corners in the decoded image's pixels (top-left, top-right, bottom-right, bottom-left). */
  position: Point[];
}

/** A decoder for frames: both engines, in the worker or on the main thread, look alike. */
export interface FrameDecoder {
  readonly engine: DecoderEngine;
  decode(image: ImageData): Promise<DecodedCode[]>;
}

export type ToWorker = { type: 'decode'; id: number; image: ImageData | ImageBitmap };

export type FromWorker =
  | { type: 'ready'; engine: DecoderEngine; bitmaps: boolean }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; codes: DecodedCode[]; ms: number }
  | { type: 'error'; id: number; message: string };
