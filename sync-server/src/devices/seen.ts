// A device is seen on every pull too, not only on a push: a picker's phone that
// only reads, or a scanner with nothing to send, still shows when it last
// synced and who used it. Pulls are frequent (every nudge), so the row is
// rewritten at most every SEEN_EVERY, or at once when someone else logged in.
import type { FastifyBaseLogger } from 'fastify';
import type { Queryable } from '../db/connection';

const SEEN_EVERY = '30 seconds';

const TOUCH = `
INSERT INTO devices (id, last_user_id) VALUES ($1, $2)
ON CONFLICT (id) DO UPDATE SET last_user_id = EXCLUDED.last_user_id, last_seen = now()
 WHERE devices.last_seen < now() - interval '${SEEN_EVERY}'
    OR devices.last_user_id IS DISTINCT FROM EXCLUDED.last_user_id`;

/** Never fails the pull it follows: a failure is logged, the next pull tries again. */
export async function recordDeviceSeen(db: Queryable, deviceId: string, userId: string, log?: FastifyBaseLogger): Promise<void> {
  try {
    await db.query(TOUCH, [deviceId, userId]);
  } catch (error) {
    log?.warn({ err: error, deviceId }, 'could not record that the device was seen');
  }
}
