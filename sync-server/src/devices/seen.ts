// A device is seen on every pull too, not only on a push: a picker's phone that
// only reads, or a scanner with nothing to send, still shows when it last
// synced and who used it. Pulls are frequent (every nudge after anyone's
// push), so a pull is noted at most every SEEN_EVERY_MS per device and user:
// a later one costs nothing (remembered in this process), and the statement
// itself only writes a row that is out of date (an UPDATE whose WHERE fails
// takes no lock; an upsert would lock the row on every pull).
import type { FastifyBaseLogger } from 'fastify';
import type { Queryable } from '../db/connection';

const SEEN_EVERY_MS = 30_000;
/** Far more devices than a warehouse has: past it the memory starts over. */
const REMEMBERED_MAX = 10_000;

const TOUCH = `
WITH touched AS (
  UPDATE devices SET last_user_id = $2, last_seen = now()
   WHERE id = $1 AND (last_seen < now() - make_interval(secs => $3) OR last_user_id IS DISTINCT FROM $2)
  RETURNING 1)
INSERT INTO devices (id, last_user_id)
SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM devices WHERE id = $1)
ON CONFLICT (id) DO NOTHING`;

export type SeenRecorder = (deviceId: string, userId: string, log?: FastifyBaseLogger) => Promise<void>;

/** One per server instance. Never fails the pull it follows: a failure is logged, a later pull tries again. */
export function deviceSeenRecorder(db: Queryable, now: () => number = Date.now): SeenRecorder {
  const noted = new Map<string, { userId: string; at: number }>();
  return async (deviceId, userId, log) => {
    const last = noted.get(deviceId);
    const at = now();
    if (last && last.userId === userId && at - last.at < SEEN_EVERY_MS) return;
    if (noted.size >= REMEMBERED_MAX) noted.clear();
    try {
      await db.query(TOUCH, [deviceId, userId, SEEN_EVERY_MS / 1000]);
      noted.set(deviceId, { userId, at });
    } catch (error) {
      log?.warn({ err: error, deviceId }, 'could not record that the device was seen');
    }
  };
}
