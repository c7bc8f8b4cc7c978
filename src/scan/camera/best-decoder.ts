// Picks the decoder: ZXing-C++ (WebAssembly) when it loads, else the
// JavaScript fallback. Each is its own chunk, loaded only when needed.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { FrameDecoder } from './protocol';

/** The .wasm shipped in node_modules/zxing-wasm, emitted by Vite into dist/assets and precached. */
export const ZXING_WASM_URL: string = wasmUrl;

export async function createBestDecoder(): Promise<FrameDecoder> {
  if (typeof WebAssembly !== 'undefined') {
    try {
      const { createWasmDecoder } = await import('./wasm-decoder');
      return await createWasmDecoder(ZXING_WASM_URL);
    } catch (e) {
      console.warn('Camera scanner: the WebAssembly decoder did not load; using the JavaScript fallback.', e);
    }
  }
  const { createJsDecoder } = await import('./js-decoder');
  return createJsDecoder();
}
