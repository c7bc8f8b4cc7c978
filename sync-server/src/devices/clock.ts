// Remembers each device's clock as measured on its latest push (issue 9):
// one UPSERT per push that carries sentAt, whatever its operations did (all
// duplicates included), so the Devices screen shows which clocks are wrong. A
// push without sentAt (an older client) leaves the last measurement as it was.
import type { FastifyBaseLogger } from 'fastify';
import type { Queryable } from '../db/connection';

export interface ClockReading {
  deviceId: string;
  userId: string;
  /** From clockAheadOf (http/sync-routes.ts); null when the push carried no sentAt. */
  clockAheadMs: number | null;
}

const RECORD = `
INSERT INTO devices (id, last_user_id, clock_ahead_ms, clock_checked_at) VALUES ($1, $2, $3, now())
ON CONFLICT (id) DO UPDATE SET
  last_user_id = EXCLUDED.last_user_id,
  clock_ahead_ms = EXCLUDED.clock_ahead_ms,
  clock_checked_at = EXCLUDED.clock_checked_at,
  last_seen = now()`;

/**
 * Records the reading; never fails the push (its outcomes are already
 * committed): a failure is logged, and the next push measures again.
 */
export async function recordDeviceClock(db: Queryable, reading: ClockReading, log?: FastifyBaseLogger): Promise<void> {
  if (reading.clockAheadMs === null || !Number.isFinite(reading.clockAheadMs)) return;
  try {
    await db.query(RECORD, [reading.deviceId, reading.userId, Math.round(reading.clockAheadMs)]);
  } catch (error) {
    log?.warn({ err: error, deviceId: reading.deviceId }, 'could not record the device clock');
  }
}
