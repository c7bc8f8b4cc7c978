// A device's clock is kept for audit only (never used to order). An operation
// that says it happened after the server received it came from a clock that
// runs ahead: the inbox says so, so nobody reads that time as the truth.
// (A time far behind is normal: a device offline for a day syncs late.)
// The Devices screen shows each device's clock as measured on its pushes.
import { CLOCK_SLACK_MS } from '../../domain/device-clock';
import { formats, say } from '../../words';

export function clockAheadNote(deviceTime: string | null, receivedAt: string): string | null {
  if (deviceTime === null) return null;
  const ahead = Date.parse(deviceTime) - Date.parse(receivedAt);
  if (Number.isNaN(ahead) || ahead <= CLOCK_SLACK_MS) return null;
  return say('console.exceptions.card.clock-ahead', { amount: formats().duration(ahead) });
}
