// A device's clock is kept for audit only (never used to order). An operation
// that says it happened after the server received it came from a clock that
// runs ahead: the inbox says so, so nobody reads that time as the truth.
// (A time far behind is normal: a device offline for a day syncs late.)

const SLACK_MS = 2 * 60_000;

export function clockAheadNote(deviceTime: string | null, receivedAt: string): string | null {
  if (deviceTime === null) return null;
  const ahead = Date.parse(deviceTime) - Date.parse(receivedAt);
  if (Number.isNaN(ahead) || ahead <= SLACK_MS) return null;
  const minutes = Math.round(ahead / 60_000);
  const amount = minutes < 120 ? `${minutes} min` : minutes < 48 * 60 ? `${Math.round(minutes / 60)} h` : `${Math.round(minutes / 1440)} days`;
  return `The device's clock was ${amount} ahead of the server's: its time is not when this happened.`;
}
