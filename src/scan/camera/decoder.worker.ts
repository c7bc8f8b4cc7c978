/// <reference lib="webworker" />
// Decodes camera frames off the main thread. Receives the region of interest
// as ImageData (its buffer transferred) or an ImageBitmap, answers with what
// it read. One frame at a time: the scanner sends the next only after the answer.
import { createBestDecoder } from './best-decoder';
import type { FromWorker, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker) => self.postMessage(message);
const bitmaps = typeof OffscreenCanvas !== 'undefined';
let canvas: OffscreenCanvas | null = null;

function pixelsOf(image: ImageData | ImageBitmap): ImageData {
  if (!(typeof ImageBitmap !== 'undefined' && image instanceof ImageBitmap)) return image as ImageData;
  const { width, height } = image;
  canvas ??= new OffscreenCanvas(width, height);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D context in the worker');
  context.drawImage(image, 0, 0);
  image.close();
  return context.getImageData(0, 0, width, height);
}

const decoder = createBestDecoder();
decoder.then(
  (d) => post({ type: 'ready', engine: d.engine, bitmaps }),
  (e: unknown) => post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const { id, image } = event.data;
  try {
    const d = await decoder;
    const started = performance.now();
    const codes = await d.decode(pixelsOf(image));
    post({ type: 'result', id, codes, ms: performance.now() - started });
  } catch (e) {
    post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
  }
};
