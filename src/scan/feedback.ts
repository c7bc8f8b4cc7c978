// Scan feedback an operator notices without looking: a tone made with Web
// Audio oscillators (no audio files, so it works offline), a vibration where
// the device has one, and a flash of the screen's edge. One table says what
// each answer sounds, feels and looks like, so a tone never lies: good is
// accepted, warning is accepted with a caution, error is refused. Only the
// tone can be muted; the preference lives in localStorage (a UI preference).
import './feedback.css';

/** The answer a scan got: taken, taken with a caution, or refused. */
export type ScanTone = 'good' | 'warning' | 'error';

interface Beep { hz: number; type: OscillatorType; delay: number; ms: number; volume: number }

export interface FeedbackCue {
  /** Played in order; distinct by pitch and rhythm, so the three are told apart eyes-free. */
  beeps: readonly Beep[];
  /** navigator.vibrate's pattern (ms on, off, on...). */
  vibrate: number | readonly number[];
}

/** The feedback table: every scan anywhere plays exactly one of these. */
export const FEEDBACK: Readonly<Record<ScanTone, FeedbackCue>> = {
  // One short high chirp: what scanners everywhere play for a good read.
  good: { beeps: [{ hz: 2000, type: 'sine', delay: 0, ms: 70, volume: 0.25 }], vibrate: 40 },
  // A falling two-note chime, neither the chirp nor the buzz: taken, but look.
  warning: {
    beeps: [
      { hz: 1100, type: 'triangle', delay: 0, ms: 120, volume: 0.3 },
      { hz: 740, type: 'triangle', delay: 0.16, ms: 160, volume: 0.3 },
    ],
    vibrate: [60, 80, 60],
  },
  // Two low square-wave buzzes: refused.
  error: {
    beeps: [
      { hz: 180, type: 'square', delay: 0, ms: 130, volume: 0.2 },
      { hz: 180, type: 'square', delay: 0.19, ms: 130, volume: 0.2 },
    ],
    vibrate: [90, 60, 90, 60, 90],
  },
};

const MUTED_KEY = 'lotline.muted';
const FLASH_MS = 150;
const FLASH_CLASSES = ['scan-flash-good', 'scan-flash-warning', 'scan-flash-error'];

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

/** One beep, with short ramps (no clicks). */
function play(ctx: AudioContext, { hz, type, delay, ms, volume }: Beep): void {
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

function beep(cue: FeedbackCue): void {
  if (isMuted()) return;
  const ctx = context();
  if (!ctx) return;
  // A scan is a user gesture, so a context suspended by the autoplay policy resumes.
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  for (const b of cue.beeps) play(ctx, b);
}

function vibrate(cue: FeedbackCue): void {
  if (typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return;
  try {
    navigator.vibrate(cue.vibrate as number | number[]);
  } catch {
    // vibration refused (no user activation yet): the tone and flash remain
  }
}

function flash(tone: ScanTone): void {
  if (typeof document === 'undefined' || !document.body) return;
  const { classList } = document.body;
  classList.remove(...FLASH_CLASSES);
  classList.add(`scan-flash-${tone}`);
  if (flashTimer) clearTimeout(flashTimer);
  flashTimer = setTimeout(() => {
    classList.remove(`scan-flash-${tone}`);
    flashTimer = null;
  }, FLASH_MS);
}

/** Tone (unless muted), vibration and flash for a scan's answer, from the feedback table. */
export function feedback(tone: ScanTone): void {
  const cue = FEEDBACK[tone];
  try {
    beep(cue);
  } catch {
    // audio is a nicety: never let it break a scan
  }
  vibrate(cue);
  flash(tone);
}
