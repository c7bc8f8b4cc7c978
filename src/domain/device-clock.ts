// How wrong a device's clock is, in words, from how far it runs ahead of the
// server's (negative: behind). Measured on each push (the device stamps the
// time it sent it; the server compares on arrival), so the figure includes the
// request's travel time: anything within CLOCK_SLACK_MS counts as on time.
// Device times are for audit only (never used to order operations); a clock
// that is off only means the device times on its operations are off by as much.
// Shared by the server (the devices list) and the console (its words).

/** Skew up to this, either way, is travel time or ordinary drift: the clock is fine. */
export const CLOCK_SLACK_MS = 2 * 60_000;

export type ClockStatus = 'ok' | 'off' | 'unknown';

export interface ClockVerdict {
  /** ok: within the slack; off: beyond it; unknown: never measured (a client that does not send its clock). */
  status: ClockStatus;
  /** "on time", "9 h 5 min ahead", "3 days behind", "not measured yet". */
  text: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration (sign ignored) in warehouse words: "45 s", "12 min", "9 h 5 min", "3 days", "2 days 6 h". */
export function skewAmount(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return `${Math.round(abs / 1000)} s`;
  const minutes = Math.round(abs / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const hours = Math.round(abs / HOUR);
  const days = Math.floor(hours / 24);
  const h = hours % 24;
  // Past a fortnight the odd hours are noise.
  return h === 0 || abs >= 14 * DAY ? `${Math.round(abs / DAY)} days` : `${days} days ${h} h`;
}

/** The verdict on a clock that runs `aheadMs` ahead of the server's (negative: behind); null: not measured. */
export function clockVerdict(aheadMs: number | null): ClockVerdict {
  if (aheadMs === null || !Number.isFinite(aheadMs)) return { status: 'unknown', text: 'not measured yet' };
  if (Math.abs(aheadMs) <= CLOCK_SLACK_MS) return { status: 'ok', text: 'on time' };
  return { status: 'off', text: `${skewAmount(aheadMs)} ${aheadMs > 0 ? 'ahead' : 'behind'}` };
}
