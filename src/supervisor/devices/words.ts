// The Devices screen's words, from what GET /api/supervisor/devices answers:
// a clock's verdict (src/domain/device-clock.ts) said so a supervisor knows
// what it means for the records, storage wipes, and how long ago something was.
import { skewAmount } from '../../domain/device-clock';
import type { DeviceRow } from '../../domain';

/** "OK", or what a wrong clock does to the records; "Not measured" for an app that does not send its clock. */
export function clockWords(row: Pick<DeviceRow, 'clock'>): string {
  switch (row.clock.status) {
    case 'ok': return 'OK';
    case 'off': return `Clock ${row.clock.text} — device times on its operations are wrong by that much`;
    case 'unknown': return 'Not measured yet (none of its pushes carried its clock)';
  }
}

export function wipedWords(seqRestarts: number): string {
  if (seqRestarts === 0) return 'never';
  return seqRestarts === 1 ? 'once' : `${seqRestarts} times`;
}

/** How long before `now` (both ISO times on the server's clock) `then` was: "just now", "5 min ago", "3 days ago". */
export function agoWords(then: string, now: string): string {
  const ms = Date.parse(now) - Date.parse(then);
  if (Number.isNaN(ms)) return '';
  if (ms < 60_000) return 'just now';
  return `${skewAmount(ms)} ago`;
}

/** How many devices have a clock that is off: the screen's summary. */
export function offCount(rows: readonly Pick<DeviceRow, 'clock'>[]): number {
  return rows.filter((r) => r.clock.status === 'off').length;
}
