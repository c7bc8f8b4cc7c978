// The main thread's side of the decoder: a module worker when it starts, else
// (no workers, or the worker failed to load) the same decoders on the main thread.
import type { DecodedCode, DecoderEngine, FrameDecoder, FromWorker, ToWorker } from './protocol';

export interface DecoderClient {
  readonly engine: DecoderEngine;
  /** True when frames may be sent as ImageBitmap (the worker can read them back). */
  readonly acceptsBitmaps: boolean;
  /** Decodes one frame; the ImageData's buffer or the bitmap is handed over (transferred). */
  decode(image: ImageData | ImageBitmap): Promise<DecodedCode[]>;
  close(): void;
}

function startWorker(): Promise<DecoderClient> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./decoder.worker.ts', import.meta.url), { type: 'module', name: 'barcode-decoder' });
    const pending = new Map<number, { resolve(codes: DecodedCode[]): void; reject(e: Error): void }>();
    let nextId = 1;
    let ready = false;
    const fail = (error: Error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'The barcode decoder worker failed');
      if (!ready) {
        worker.terminate();
        reject(error);
      } else fail(error);
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'ready') {
        ready = true;
        resolve({
          engine: message.engine,
          acceptsBitmaps: message.bitmaps,
          decode(image) {
            const id = nextId++;
            return new Promise<DecodedCode[]>((res, rej) => {
              pending.set(id, { resolve: res, reject: rej });
              const request: ToWorker = { type: 'decode', id, image };
              worker.postMessage(request, [image instanceof ImageData ? image.data.buffer : image]);
            });
          },
          close() {
            fail(new Error('The camera scanner was closed'));
            worker.terminate();
          },
        });
      } else if (message.type === 'failed') {
        worker.terminate();
        reject(new Error(message.message));
      } else {
        const p = pending.get(message.id);
        pending.delete(message.id);
        if (message.type === 'result') p?.resolve(message.codes);
        else p?.reject(new Error(message.message));
      }
    };
  });
}

async function onMainThread(): Promise<DecoderClient> {
  const { createBestDecoder } = await import('./best-decoder');
  const decoder: FrameDecoder = await createBestDecoder();
  return {
    engine: decoder.engine,
    acceptsBitmaps: false,
    decode: (image) => (image instanceof ImageData ? decoder.decode(image) : Promise.reject(new Error('ImageData expected'))),
    close() {},
  };
}

/** Starts the decoder: in a worker where possible, else on the main thread. */
export async function startDecoder(): Promise<DecoderClient> {
  if (typeof Worker !== 'undefined') {
    try {
      return await startWorker();
    } catch (e) {
      console.warn('Camera scanner: decoding on the main thread, the worker did not start.', e);
    }
  }
  return onMainThread();
}
