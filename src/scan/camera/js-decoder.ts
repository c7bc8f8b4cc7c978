// The fallback decoder where WebAssembly cannot run: @zxing/library (pure
// JavaScript, works in a worker). It reads far less from noisy frames and
// reports no symbology identifier, so the identifier is inferred where the
// content proves it (FNC1 first in GS1-128 and GS1 DataMatrix).
import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  Exception,
  HybridBinarizer,
  MultiFormatReader,
  RGBLuminanceSource,
  type Result,
} from '@zxing/library';
import type { DecodedCode, FrameDecoder } from './protocol';

const GS = '\u001d';

export const JS_FORMATS = [
  BarcodeFormat.DATA_MATRIX,
  BarcodeFormat.QR_CODE,
  BarcodeFormat.CODE_128,
  BarcodeFormat.EAN_13,
  BarcodeFormat.EAN_8,
  BarcodeFormat.UPC_A,
  BarcodeFormat.UPC_E,
  BarcodeFormat.ITF,
  BarcodeFormat.RSS_14,
  BarcodeFormat.RSS_EXPANDED,
];

/** A reader for the warehouse formats; ASSUME_GS1 keeps FNC1 in Code 128 (as ]C1 and GS). */
export function createJsReader(): MultiFormatReader {
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, JS_FORMATS],
    [DecodeHintType.TRY_HARDER, true],
    [DecodeHintType.ASSUME_GS1, true],
  ]);
  const reader = new MultiFormatReader();
  reader.setHints(hints);
  return reader;
}

/** RGBA pixels to 8-bit luma (BT.601 integer weights). */
export function toLuma(data: Uint8ClampedArray, width: number, height: number): Uint8ClampedArray {
  const luma = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < luma.length; i += 1, p += 4) {
    luma[i] = (data[p]! * 77 + data[p + 1]! * 150 + data[p + 2]! * 29) >> 8;
  }
  return luma;
}

const JS_FORMAT_NAMES: Partial<Record<BarcodeFormat, string>> = {
  [BarcodeFormat.DATA_MATRIX]: 'DataMatrix',
  [BarcodeFormat.QR_CODE]: 'QRCode',
  [BarcodeFormat.CODE_128]: 'Code128',
  [BarcodeFormat.EAN_13]: 'EAN13',
  [BarcodeFormat.EAN_8]: 'EAN8',
  [BarcodeFormat.UPC_A]: 'UPCA',
  [BarcodeFormat.UPC_E]: 'UPCE',
  [BarcodeFormat.ITF]: 'ITF',
  [BarcodeFormat.RSS_14]: 'DataBar',
  [BarcodeFormat.RSS_EXPANDED]: 'DataBarExpanded',
};

/** @zxing/library's result in our shape, with the AIM identifier where the content proves it. */
export function fromJsResult(result: Result): DecodedCode {
  const format = result.getBarcodeFormat();
  let text = result.getText();
  let symbologyIdentifier: string | null = null;
  if (format === BarcodeFormat.CODE_128 && text.startsWith(']C1')) {
    symbologyIdentifier = ']C1';
    text = text.slice(3);
  } else if (format === BarcodeFormat.DATA_MATRIX && text.startsWith(GS)) {
    symbologyIdentifier = ']d2';
    text = text.slice(1);
  } else if (format === BarcodeFormat.EAN_13 || format === BarcodeFormat.UPC_A) {
    symbologyIdentifier = ']E0';
  } else if (format === BarcodeFormat.RSS_14 || format === BarcodeFormat.RSS_EXPANDED) {
    symbologyIdentifier = ']e0';
  }
  const position = (result.getResultPoints() ?? []).map((p) => ({ x: p.getX(), y: p.getY() }));
  return { text, format: JS_FORMAT_NAMES[format] ?? String(format), symbologyIdentifier, position };
}

/** Decodes 8-bit luma; null when nothing was found. */
export function decodeLuma(reader: MultiFormatReader, luma: Uint8ClampedArray, width: number, height: number): DecodedCode | null {
  // @zxing/library warns on the console for every frame without a code; decoding is synchronous, so it is muted just meanwhile.
  const warn = console.warn;
  console.warn = () => {};
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luma, width, height)));
    return fromJsResult(reader.decodeWithState(bitmap));
  } catch (e) {
    // Nothing in the frame is the common case; checksum and format errors are misreads.
    if (e instanceof Exception) return null;
    throw e;
  } finally {
    console.warn = warn;
    reader.reset();
  }
}

export function createJsDecoder(): FrameDecoder {
  const reader = createJsReader();
  return {
    engine: 'zxing-js',
    decode(image) {
      const code = decodeLuma(reader, toLuma(image.data, image.width, image.height), image.width, image.height);
      return Promise.resolve(code ? [code] : []);
    },
  };
}
