// One camera scanning session, outside React: the stream (rear camera, at
// least 1280x720 where offered), the decode loop (one frame in flight to the
// worker), camera switching, the torch, and stopping the camera while the page
// is hidden. CameraScanner renders its state.
import { startDecoder, type DecoderClient } from './decoder-client';
import type { DecodedCode, DecoderEngine } from './protocol';
import { RepeatFilter } from './repeat-filter';
import { roiOf } from './roi';
import { errorName, mark, openCamera, stopTracks } from './media';
import { say, type SentenceKey } from '../../words';

export type CameraPhase = 'starting' | 'scanning' | 'paused' | 'error' | 'closed';

export interface CameraState {
  phase: CameraPhase;
  /** What the operator reads when the camera cannot scan. */
  error: string | null;
  engine: DecoderEngine | null;
  /** More than one camera: the switch button is offered. */
  canSwitch: boolean;
  /** null: the camera has no torch. */
  torch: boolean | null;
  /** The frame size the camera delivers, e.g. 1280x720. */
  resolution: { width: number; height: number } | null;
}

export const INITIAL_CAMERA_STATE: CameraState = { phase: 'starting', error: null, engine: null, canSwitch: false, torch: null, resolution: null };

/** The words for each way the camera can fail (keys of the catalogue, said when the failure is shown). */
export const MESSAGES = {
  denied: 'camera.error.denied',
  noCamera: 'camera.error.no-camera',
  busy: 'camera.error.busy',
  insecure: 'camera.error.insecure',
  decoder: 'camera.error.decoder',
  failed: 'camera.error.failed',
} as const satisfies Record<string, SentenceKey>;

/** The words for a getUserMedia failure. */
export function cameraErrorMessage(error: unknown): SentenceKey {
  const name = errorName(error);
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return MESSAGES.denied;
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError' || name === 'OverconstrainedError') return MESSAGES.noCamera;
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') return MESSAGES.busy;
  return MESSAGES.failed;
}

// Torch is not in TypeScript's DOM types yet (Image Capture spec).
type TorchCapabilities = MediaTrackCapabilities & { torch?: boolean };
type TorchConstraintSet = MediaTrackConstraintSet & { torch?: boolean };

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?: (callback: () => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

export interface CameraSessionEvents {
  onState(state: CameraState): void;
  /** A decoded code, not a repeat of the one just read. */
  onCode(code: DecodedCode): void;
}

export class CameraSession {
  private state: CameraState = INITIAL_CAMERA_STATE;
  private stream: MediaStream | null = null;
  private deviceId: string | null = null;
  private decoder: DecoderClient | null = null;
  private readonly decoderReady: Promise<DecoderClient | null>;
  private readonly repeats = new RepeatFilter(1500);
  private generation = 0;
  private inFlight = false;
  private frameHandle: { cancel(): void } | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private closed = false;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly events: CameraSessionEvents,
  ) {
    // The decoder (worker + WebAssembly) loads while the camera starts.
    this.decoderReady = startDecoder().then(
      (d) => {
        if (this.closed) d.close();
        else {
          this.decoder = d;
          this.set({ engine: d.engine });
          mark('camera:decoder', { engine: d.engine });
        }
        return d;
      },
      (e: unknown) => {
        console.error('Camera scanner: no decoder', e);
        this.fail(MESSAGES.decoder);
        return null;
      },
    );
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  private set(patch: Partial<CameraState>): void {
    this.state = { ...this.state, ...patch };
    if (!this.closed) this.events.onState(this.state);
  }

  private fail(message: SentenceKey): void {
    this.stopStream();
    this.set({ phase: 'error', error: say(message) });
  }

  /** Opens the camera (the rear one unless the operator switched) and starts decoding. */
  async start(): Promise<void> {
    const generation = ++this.generation;
    this.stopStream();
    this.set({ phase: 'starting', error: null });
    if (!navigator.mediaDevices?.getUserMedia) {
      this.fail(window.isSecureContext ? MESSAGES.noCamera : MESSAGES.insecure);
      return;
    }
    let stream: MediaStream;
    try {
      stream = await openCamera(this.deviceId);
    } catch (e) {
      if (generation === this.generation && !this.closed) this.fail(cameraErrorMessage(e));
      return;
    }
    if (generation !== this.generation || this.closed || document.visibilityState === 'hidden') {
      stopTracks(stream);
      if (generation === this.generation && !this.closed) this.set({ phase: 'paused' });
      return;
    }
    this.stream = stream;
    const track = stream.getVideoTracks()[0];
    const settings = track?.getSettings();
    if (settings?.deviceId) this.deviceId = settings.deviceId;
    const capabilities = (track?.getCapabilities?.() ?? {}) as TorchCapabilities;
    this.video.srcObject = stream;
    this.video.muted = true;
    this.video.playsInline = true;
    try {
      await this.video.play();
    } catch (e) {
      // A newer start() replaced this one (play() is aborted by the new srcObject).
      if (generation !== this.generation || this.closed) return;
      console.error('Camera scanner: the video did not play', e);
      this.fail(MESSAGES.failed);
      return;
    }
    if (generation !== this.generation || this.closed) return;
    const devices = await navigator.mediaDevices.enumerateDevices().catch(() => [] as MediaDeviceInfo[]);
    this.set({
      phase: 'scanning',
      canSwitch: devices.filter((d) => d.kind === 'videoinput').length > 1,
      torch: capabilities.torch ? false : null,
      resolution: { width: this.video.videoWidth, height: this.video.videoHeight },
    });
    mark('camera:started', { width: this.video.videoWidth, height: this.video.videoHeight, deviceId: this.deviceId });
    this.repeats.reset();
    this.scheduleFrame();
  }

  /** The next camera (front/rear/…), remembered for resuming. */
  async switchCamera(): Promise<void> {
    const cameras = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
    if (cameras.length < 2) return;
    const at = cameras.findIndex((d) => d.deviceId === this.deviceId);
    this.deviceId = cameras[(at + 1) % cameras.length]!.deviceId;
    await this.start();
  }

  async toggleTorch(): Promise<void> {
    const track = this.stream?.getVideoTracks()[0];
    if (!track || this.state.torch === null) return;
    const on = !this.state.torch;
    const torch: TorchConstraintSet = { torch: on };
    try {
      await track.applyConstraints({ advanced: [torch] });
      this.set({ torch: on });
    } catch (e) {
      console.warn('Camera scanner: the torch could not be switched', e);
      this.set({ torch: null });
    }
  }

  /** Stops the camera and the worker for good. */
  close(): void {
    this.generation += 1;
    this.stopStream();
    this.state = { ...this.state, phase: 'closed' };
    this.closed = true;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.decoder?.close();
    this.decoder = null;
  }

  // The camera is off while the page is hidden (battery, privacy, other apps).
  private readonly onVisibility = (): void => {
    if (this.closed) return;
    if (document.visibilityState === 'hidden') {
      if (this.stream || this.state.phase === 'starting') {
        this.generation += 1;
        this.stopStream();
        this.set({ phase: 'paused' });
      }
    } else if (this.state.phase === 'paused') {
      void this.start();
    }
  };

  private stopStream(): void {
    if (this.stream) mark('camera:stopped', {});
    this.frameHandle?.cancel();
    this.frameHandle = null;
    if (this.stream) stopTracks(this.stream);
    this.stream = null;
    this.video.srcObject = null;
  }

  // requestVideoFrameCallback where available (once per new camera frame), else requestAnimationFrame.
  private scheduleFrame(): void {
    const video = this.video as VideoWithFrameCallback;
    if (video.requestVideoFrameCallback && video.cancelVideoFrameCallback) {
      const handle = video.requestVideoFrameCallback(this.onFrame);
      this.frameHandle = { cancel: () => video.cancelVideoFrameCallback?.(handle) };
    } else {
      const handle = requestAnimationFrame(this.onFrame);
      this.frameHandle = { cancel: () => cancelAnimationFrame(handle) };
    }
  }

  private readonly onFrame = (): void => {
    if (this.closed || !this.stream) return;
    this.scheduleFrame();
    if (this.inFlight || !this.decoder || this.video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
    this.inFlight = true;
    void this.decodeFrame(this.decoder).finally(() => {
      this.inFlight = false;
    });
  };

  private async decodeFrame(decoder: DecoderClient): Promise<void> {
    const { videoWidth: width, videoHeight: height } = this.video;
    if (width === 0 || height === 0) return;
    const roi = roiOf(width, height);
    let image: ImageData | ImageBitmap;
    try {
      image = decoder.acceptsBitmaps
        ? await createImageBitmap(this.video, roi.x, roi.y, roi.width, roi.height)
        : this.grab(roi.x, roi.y, roi.width, roi.height);
    } catch {
      return; // the frame went away (camera stopped or switched)
    }
    let codes: DecodedCode[];
    try {
      codes = await decoder.decode(image);
    } catch (e) {
      if (!this.closed) console.warn('Camera scanner: a frame could not be decoded', e);
      return;
    }
    if (this.closed) return;
    const now = performance.now();
    for (const code of codes) {
      if (!this.repeats.accept(code.text, now)) continue;
      mark('camera:read', { format: code.format, symbologyIdentifier: code.symbologyIdentifier, engine: decoder.engine });
      const position = code.position.map((p) => ({ x: p.x + roi.x, y: p.y + roi.y }));
      this.events.onCode({ ...code, position });
    }
  }

  private grab(x: number, y: number, width: number, height: number): ImageData {
    this.canvas ??= document.createElement('canvas');
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    const context = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(this.video, x, y, width, height, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  }

  /** Resolves when the decoder has loaded (or failed): for tests and diagnostics. */
  whenDecoderReady(): Promise<DecoderClient | null> {
    return this.decoderReady;
  }
}
