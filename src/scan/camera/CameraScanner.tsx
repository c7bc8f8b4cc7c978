// The camera scanner: the live picture with its aiming frame (the region of
// interest, the only part decoded), switch-camera and torch buttons, and what
// was read. Every new code goes to the scan bus like a hardware scan.
// Loaded lazily (see ./lazy.ts): it pulls in the worker and the decoders.
import { useEffect, useRef, useState } from 'react';
import { publishScan } from '../scan-bus';
import { CameraSession, INITIAL_CAMERA_STATE, type CameraState } from './camera-session';
import type { DecodedCode } from './protocol';
import { roiFractions } from './roi';
import './camera.css';
import { say, type SentenceKey } from '../../words';

export interface CameraScannerProps {
  onClose: () => void;
}

const STATUS: Record<CameraState['phase'], SentenceKey | null> = {
  starting: 'camera.status.starting',
  scanning: 'camera.status.scanning',
  paused: 'camera.status.paused',
  error: null,
  closed: null,
};

/** What was read, for the operator: separators shown as spaces. */
function readable(code: DecodedCode): string {
  return code.text.split('\u001d').join(' ');
}

export default function CameraScanner({ onClose }: CameraScannerProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [session, setSession] = useState<CameraSession | null>(null);
  const [state, setState] = useState<CameraState>(INITIAL_CAMERA_STATE);
  const [lastRead, setLastRead] = useState<string | null>(null);

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    const next = new CameraSession(video, {
      onState: setState,
      onCode: (code) => {
        setLastRead(readable(code));
        publishScan(code.text, 'camera', code.symbologyIdentifier);
      },
    });
    setSession(next);
    void next.start();
    return () => next.close();
  }, []);

  const width = state.resolution?.width ?? 16;
  const height = state.resolution?.height ?? 9;
  const roi = roiFractions(width, height);
  const status = STATUS[state.phase];
  const inset = { left: `${((1 - roi.width) / 2) * 100}%`, right: `${((1 - roi.width) / 2) * 100}%`, top: `${((1 - roi.height) / 2) * 100}%`, bottom: `${((1 - roi.height) / 2) * 100}%` };

  return (
    <section className="camera-scanner" aria-label={say('camera.label')} data-phase={state.phase} data-engine={state.engine ?? ''}>
      <div className="camera-view" style={{ aspectRatio: `${width} / ${height}` }} hidden={state.phase === 'error'}>
        <video ref={videoRef} className="camera-video" muted playsInline aria-label={say('camera.picture')} />
        <div className="camera-roi" style={inset} aria-hidden="true" />
      </div>
      {state.phase === 'error' ? (
        <p role="alert" className="error">{state.error}</p>
      ) : (
        <p role="status" className="hint camera-status">
          {lastRead ? say('camera.read', { code: lastRead }) : status && say(status)}
          {state.resolution && <span className="camera-resolution"> · {state.resolution.width}×{state.resolution.height}</span>}
        </p>
      )}
      <div className="camera-actions">
        {state.canSwitch && (
          <button type="button" className="button" onClick={() => void session?.switchCamera()}>
            {say('camera.switch')}
          </button>
        )}
        {state.torch !== null && (
          <button type="button" className="button" aria-pressed={state.torch} onClick={() => void session?.toggleTorch()}>
            {say('camera.torch')}
          </button>
        )}
        <button type="button" className="button subtle" onClick={onClose}>
          {say('camera.close')}
        </button>
      </div>
    </section>
  );
}
