// Scan feedback an operator notices without looking: a tone made with Web
// Audio oscillators (no audio files, so it works offline), a vibration where
// the device has one, and a flash of the screen's edge. Only the tone can be
// muted; the preference lives in localStorage (a UI preference, not data).
import './feedback.css';

export type FeedbackKind = 'success' | 'error';

const MUTED_KEY = 'lotline.muted';
const FLASH_MS = 150;

let audio: AudioContext | null = null;
let flashTimer: ReturnType<typeof setTimeout> | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked
  }
}

export function isMuted(): boolean {
  return storage()?.getItem(MUTED_KEY) === '1';
}

export function setMuted(muted: boolean): void {
  const store = storage();
  if (!store) return;
  if (muted) store.setItem(MUTED_KEY, '1');
  else store.removeItem(MUTED_KEY);
}

function context(): AudioContext | null {
  if (audio) return audio;
  const Ctor = typeof window === 'undefined' ? undefined : window.AudioContext;
  if (!Ctor) return null;
  try {
    audio = new Ctor();
  } catch {
    return null;
  }
  return audio;
}

/** One tone of `ms` at `hz`, starting `delay` seconds from now, with short ramps (no clicks). */
function tone(ctx: AudioContext, hz: number, type: OscillatorType, delay: number, ms: number, volume: number): void {
  const start = ctx.currentTime + delay;
  const end = start + ms / 1000;
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = type;
  osc.frequency.setValueAtTime(hz, start);
  gain.gain.setValueAtTime(0, start);
  gain.gain.linearRampToValueAtTime(volume, start + 0.005);
  gain.gain.setValueAtTime(volume, end - 0.01);
  gain.gain.linearRampToValueAtTime(0, end);
  osc.connect(gain).connect(ctx.destination);
  osc.start(start);
  osc.stop(end + 0.01);
}

function beep(kind: FeedbackKind): void {
  if (isMuted()) return;
  const ctx = context();
  if (!ctx) return;
  // A scan is a user gesture, so a context suspended by the autoplay policy resumes.
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  if (kind === 'success') {
    tone(ctx, 2000, 'sine', 0, 70, 0.25);
  } else {
    tone(ctx, 180, 'square', 0, 130, 0.2);
    tone(ctx, 180, 'square', 0.19, 130, 0.2);
  }
}

function vibrate(kind: FeedbackKind): void {
  if (typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return;
  try {
    navigator.vibrate(kind === 'success' ? 40 : [90, 60, 90]);
  } catch {
    // vibration refused (no user activation yet): the tone and flash remain
  }
}

function flash(kind: FeedbackKind): void {
  if (typeof document === 'undefined' || !document.body) return;
  const { classList } = document.body;
  classList.remove('scan-flash-success', 'scan-flash-error');
  classList.add(`scan-flash-${kind}`);
  if (flashTimer) clearTimeout(flashTimer);
  flashTimer = setTimeout(() => {
    classList.remove(`scan-flash-${kind}`);
    flashTimer = null;
  }, FLASH_MS);
}

/** Tone (unless muted), vibration and flash for a scan that was taken or refused. */
export function feedback(kind: FeedbackKind): void {
  try {
    beep(kind);
  } catch {
    // audio is a nicety: never let it break a scan
  }
  vibrate(kind);
  flash(kind);
}
