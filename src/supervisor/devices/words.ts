// The Devices screen's words, from what GET /api/supervisor/devices answers:
// a clock's verdict (src/domain/device-clock.ts) said so a supervisor knows
// what it means for the records, storage wipes, and how long ago something was.
import type { DeviceRow } from '../../domain';
import { formats, say } from '../../words';

/** "OK", or what a wrong clock does to the records; "Not measured" for an app that does not send its clock. */
export function clockWords(row: Pick<DeviceRow, 'clock' | 'clockAheadMs'>): string {
  switch (row.clock.status) {
    case 'ok': return say('console.devices.clock.ok');
    case 'off': {
      // The server's verdict says it is off; how far and which way is said here, from the measured skew.
      const ahead = row.clockAheadMs ?? 0;
      return say(ahead >= 0 ? 'console.devices.clock.ahead' : 'console.devices.clock.behind', { amount: formats().duration(ahead) });
    }
    case 'unknown': return say('console.devices.clock.unknown');
  }
}

export function wipedWords(seqRestarts: number): string {
  return seqRestarts === 0 ? say('console.devices.wiped.never') : say('console.devices.wiped', { count: seqRestarts });
}

/** How long before `now` (both ISO times on the server's clock) `then` was: "just now", "5 min ago", "3 days ago". */
export function agoWords(then: string, now: string): string {
  const ms = Date.parse(now) - Date.parse(then);
  if (Number.isNaN(ms)) return '';
  if (ms < 60_000) return say('console.devices.ago.just-now');
  return say('console.devices.ago', { amount: formats().duration(ms) });
}

/** How many devices have a clock that is off: the screen's summary. */
export function offCount(rows: readonly Pick<DeviceRow, 'clock'>[]): number {
  return rows.filter((r) => r.clock.status === 'off').length;
}
