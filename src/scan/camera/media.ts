// The browser's camera, as a camera session uses it: opening the rear camera,
// stopping its tracks, and the performance marks the e2e tests read.

/** Rear camera, at least 1280x720 where the camera offers it (GS1-128 needs the pixels), else the best it has. */
export async function openCamera(deviceId: string | null): Promise<MediaStream> {
  const which: MediaTrackConstraints = deviceId ? { deviceId: { exact: deviceId } } : { facingMode: { ideal: 'environment' } };
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { ...which, width: { min: 1280, ideal: 1280 }, height: { min: 720, ideal: 720 } },
    });
  } catch (e) {
    const name = errorName(e);
    if (name !== 'OverconstrainedError' && name !== 'ConstraintNotSatisfiedError') throw e;
    return navigator.mediaDevices.getUserMedia({ audio: false, video: { ...which, width: { ideal: 1280 }, height: { ideal: 720 } } });
  }
}

/** Performance marks (camera:decoder, camera:started, camera:read, camera:stopped) for diagnostics and the e2e tests. */
export function mark(name: string, detail: Record<string, unknown>): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name, { detail });
}

export function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
}

export function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
