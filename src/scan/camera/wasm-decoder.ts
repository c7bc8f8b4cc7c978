// The primary decoder: ZXing-C++ compiled to WebAssembly (zxing-wasm). The
// .wasm is the one shipped in node_modules, served from our own origin (and
// precached by the service worker), never the CDN zxing-wasm defaults to.
import { prepareZXingModule, readBarcodes, type ReadResult } from 'zxing-wasm/reader';
import { CAMERA_READER_OPTIONS, THOROUGH_EVERY, THOROUGH_READER_OPTIONS } from './formats';
import type { DecodedCode, FrameDecoder } from './protocol';

function toDecoded(result: ReadResult): DecodedCode {
  const { topLeft, topRight, bottomRight, bottomLeft } = result.position;
  return {
    text: result.text,
    format: result.format,
    symbologyIdentifier: result.symbologyIdentifier || null,
    position: [topLeft, topRight, bottomRight, bottomLeft].map(({ x, y }) => ({ x, y })),
  };
}

/**
 * Loads the WebAssembly module from `wasmUrl` and resolves to a decoder; rejects
 * when WebAssembly is missing or the module cannot be fetched or compiled.
 */
export async function createWasmDecoder(wasmUrl: string): Promise<FrameDecoder> {
  if (typeof WebAssembly === 'undefined') throw new Error('WebAssembly is not available');
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  });
  let frames = 0;
  return {
    engine: 'zxing-wasm',
    async decode(image) {
      // Fast on most frames; a live camera shows the same label again and again, so a
      // thorough pass now and then catches what the fast one misses without slowing every frame.
      frames += 1;
      const options = frames % THOROUGH_EVERY === 0 ? THOROUGH_READER_OPTIONS : CAMERA_READER_OPTIONS;
      const results = await readBarcodes(image, options);
      return results.filter((r) => r.isValid && r.text !== '').map(toDecoded);
    },
  };
}
