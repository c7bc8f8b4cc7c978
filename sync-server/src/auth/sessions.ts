// Opaque bearer tokens: 32 random bytes given to the device once; the server
// keeps only their SHA-256, so a database leak does not leak sessions.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/connection';
import { isLanguage, type Language, type Role } from '../domain';
import { verifyPin } from './pin-hash';

/** A shift and then some: an operator is not logged out mid-shift. */
export const SESSION_HOURS = 14;
const MAX_FAILED_LOGINS = 5;
const LOCKOUT_MINUTES = 5;

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  /** The language a supervisor set for them; null: the device's own. */
  language: Language | null;
}

/** One login on one device: operations recorded under it are credited to its user (recorder-access.ts). */
export interface SignIn {
  id: string;
  /** Null when the login named no device: its session may push only its own work. */
  deviceId: string | null;
}

export type LoginResult =
  | { ok: true; token: string; expiresAt: string; user: SessionUser; signIn: SignIn }
  | { ok: false; code: 'bad-credentials' | 'locked'; retryAfterSeconds?: number };

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface UserRow extends Omit<SessionUser, 'language'> {
  language: string | null;
  pinHash: string;
  active: boolean;
  lockedSeconds: number | null;
}

/**
 * Checks a badge and PIN. Failed attempts are counted on the user row, so the
 * lockout holds across server instances; an unknown badge costs the same
 * hashing time as a known one.
 */
/** `deviceName` (with `deviceId`) names the device for the supervisor's lists; empty or null keeps its name. */
export async function login(
  db: Db, badge: string, pin: string, deviceId: string | null = null, deviceName: string | null = null,
): Promise<LoginResult> {
  const user = (await db.query<UserRow>(
    `SELECT id, name, role, language, pin_hash AS "pinHash", active,
            CASE WHEN locked_until > now() THEN ceil(extract(epoch FROM locked_until - now()))::int END AS "lockedSeconds"
       FROM users WHERE badge = $1`,
    [badge],
  )).rows[0];
  if (user?.lockedSeconds) return { ok: false, code: 'locked', retryAfterSeconds: user.lockedSeconds };
  const valid = await verifyPin(pin, user?.pinHash ?? DUMMY_HASH);
  if (!user || !user.active || !valid) {
    if (user) {
      await db.query(
        `UPDATE users SET failed_logins = failed_logins + 1,
           locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) END
         WHERE id = $1`,
        [user.id, MAX_FAILED_LOGINS, LOCKOUT_MINUTES],
      );
    }
    return { ok: false, code: 'bad-credentials' };
  }
  const token = randomBytes(32).toString('base64url');
  const signIn: SignIn = { id: randomUUID(), deviceId };
  const row = (await db.transaction(async (tx) => {
    await tx.query('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1', [user.id]);
    await tx.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at < now()', [user.id]);
    await tx.query('INSERT INTO sign_ins (id, user_id, role, device_id) VALUES ($1, $2, $3, $4)', [signIn.id, user.id, user.role, deviceId]);
    if (deviceId !== null && deviceName) await nameDevice(tx, deviceId, deviceName, user.id);
    return tx.query<{ expiresAt: string }>(
      `INSERT INTO sessions (token_hash, user_id, expires_at, sign_in_id) VALUES ($1, $2, now() + make_interval(hours => $3), $4)
       RETURNING to_json(expires_at) #>> '{}' AS "expiresAt"`,
      [hashToken(token), user.id, SESSION_HOURS, signIn.id],
    );
  })).rows[0];
  return { ok: true, token, expiresAt: row?.expiresAt ?? '', user: { id: user.id, name: user.name, role: user.role, language: knownLanguage(user.language) }, signIn };
}

/** Only a successful login names a device: a wrong PIN changes nothing. */
async function nameDevice(tx: Queryable, deviceId: string, name: string, userId: string): Promise<void> {
  await tx.query(
    `INSERT INTO devices (id, name, last_user_id) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name`,
    [deviceId, name, userId],
  );
}

export type SessionLookup =
  | { ok: true; user: SessionUser; signIn: SignIn | null }
  | { ok: false; code: 'unauthenticated' | 'session-expired' };

export async function userForToken(db: Db, token: string): Promise<SessionLookup> {
  const row = (await db.query<Omit<SessionUser, 'language'> & { language: string | null; expired: boolean; active: boolean; signInId: string | null; deviceId: string | null }>(
    `SELECT u.id, u.name, u.role, u.language, u.active, s.expires_at <= now() AS expired,
            s.sign_in_id AS "signInId", si.device_id AS "deviceId"
       FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN sign_ins si ON si.id = s.sign_in_id
      WHERE s.token_hash = $1`,
    [hashToken(token)],
  )).rows[0];
  if (!row || !row.active) return { ok: false, code: 'unauthenticated' };
  if (row.expired) return { ok: false, code: 'session-expired' };
  const signIn = row.signInId === null ? null : { id: row.signInId, deviceId: row.deviceId };
  return { ok: true, user: { id: row.id, name: row.name, role: row.role, language: knownLanguage(row.language) }, signIn };
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}

// A valid hash of a PIN nobody has, checked when the badge is unknown.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** A stored language this build no longer speaks is the device's choice, not an error. */
function knownLanguage(language: string | null): Language | null {
  return isLanguage(language) ? language : null;
}
