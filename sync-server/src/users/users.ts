// The people who log in: badge, name, role and PIN, managed by a supervisor
// (or, for the very first supervisor of an empty database, from the command
// line). Users are not replicated to devices: a device learns who it is from
// its session, so nothing here is announced.
//
// Principals that sign operations but never log in (the demo's setup user,
// each integration token's user) have no PIN hash; they are not people and
// are left out of the list and out of reach of an update, so a PIN can never
// be given to an API token's principal.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, Queryable } from '../db/connection';
import { LANGUAGES, type Role, type UserInfo } from '../domain';
import { HttpError } from '../http/errors';
import { hashPin } from '../auth/pin-hash';

/** What the seed and api-tokens store as pin_hash for a principal that cannot log in. */
const NO_PIN = 'disabled';

const ROLES = ['operator', 'picker', 'supervisor'] as const satisfies readonly Role[];
const pin = z.string().regex(/^\d{4,12}$/, 'a PIN is 4 to 12 digits');
const name = z.string().trim().min(1, 'a name is required').max(100);
/** Null: the device's own language. */
const language = z.enum(LANGUAGES, { error: `a language is one of ${LANGUAGES.join(', ')}, or null` }).nullable();

export const createUserSchema = z.strictObject({
  badge: z.string().trim().min(1, 'a badge is required').max(64),
  name,
  role: z.enum(ROLES),
  pin,
  language: language.optional(),
});
export type CreateUserRequest = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .strictObject({
    name: name.optional(), role: z.enum(ROLES).optional(), active: z.boolean().optional(), pin: pin.optional(), language: language.optional(),
  })
  .refine((u) => Object.values(u).some((v) => v !== undefined), 'send at least one of name, role, active, pin, language');
export type UpdateUserRequest = z.infer<typeof updateUserSchema>;

export type { UserInfo };

const INFO_COLUMNS = `id, badge, name, role, active, language,
  CASE WHEN locked_until > now() THEN to_json(locked_until) #>> '{}' END AS "lockedUntil"`;

export async function listUsers(db: Db): Promise<UserInfo[]> {
  return (await db.query<UserInfo>(
    `SELECT ${INFO_COLUMNS} FROM users WHERE pin_hash <> $1 ORDER BY active DESC, badge, id`, [NO_PIN],
  )).rows;
}

/** Creates a user; 409 when the badge is taken (by anyone, active or not). */
export async function createUser(db: Queryable, request: CreateUserRequest): Promise<UserInfo> {
  const pinHash = await hashPin(request.pin);
  // ON CONFLICT, not a caught unique violation: Db.transaction retries those.
  const row = (await db.query<UserInfo>(
    `INSERT INTO users (id, name, badge, pin_hash, role, language) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (badge) DO NOTHING RETURNING ${INFO_COLUMNS}`,
    [`usr-${randomUUID().slice(0, 13)}`, request.name, request.badge, pinHash, request.role, request.language ?? null],
  )).rows[0];
  if (!row) throw new HttpError(409, 'badge-taken', `badge ${request.badge} already belongs to another user: choose another badge`, { badge: request.badge });
  return row;
}

/**
 * Changes a user. Deactivating ends every session of theirs at once (their
 * devices get 401 on the next request; queued work stays on the device).
 * A new PIN clears a lockout. `actorId` may not deactivate or demote itself,
 * so a warehouse cannot lock its last supervisor out by a slip.
 */
export async function updateUser(db: Db, actorId: string, id: string, change: UpdateUserRequest): Promise<UserInfo> {
  if (id === actorId && change.active === false) {
    throw new HttpError(400, 'own-account', 'you cannot deactivate yourself: ask another supervisor');
  }
  if (id === actorId && change.role !== undefined && change.role !== 'supervisor') {
    throw new HttpError(400, 'own-account', 'you cannot take the supervisor role from yourself: ask another supervisor');
  }
  const pinHash = change.pin === undefined ? null : await hashPin(change.pin);
  const row = await db.transaction(async (tx) => {
    // Supervisors' rows are locked first, so two supervisors demoting each other
    // at once are serialized: the second finds its author no longer a supervisor.
    // With the own-account rule this keeps one active supervisor: the author.
    const supervisors = (await tx.query<{ id: string }>(
      "SELECT id FROM users WHERE role = 'supervisor' AND active ORDER BY id FOR UPDATE",
    )).rows;
    // The session was checked before the lock: a supervisor demoted or deactivated
    // by someone else in the meantime no longer changes anyone.
    if (!supervisors.some((s) => s.id === actorId)) {
      throw new HttpError(403, 'forbidden', 'your supervisor access ended a moment ago: only a supervisor manages users');
    }
    const updated = (await tx.query<UserInfo>(
      `UPDATE users SET name = coalesce($3, name), role = coalesce($4, role), active = coalesce($5, active),
              pin_hash = coalesce($6, pin_hash),
              -- $7 says whether to set the language at all ($8 may be null: back to the device's own).
              language = CASE WHEN $7::boolean THEN $8::text ELSE language END,
              -- Work recorded offline after this moment is judged when it arrives (recorder-access.ts).
              access_changed_at = CASE WHEN ($5::boolean IS FALSE AND active) OR $4::text <> role THEN now() ELSE access_changed_at END,
              failed_logins = CASE WHEN $6::text IS NULL THEN failed_logins ELSE 0 END,
              locked_until = CASE WHEN $6::text IS NULL THEN locked_until END
        WHERE id = $1 AND pin_hash <> $2 RETURNING ${INFO_COLUMNS}`,
      [id, NO_PIN, change.name ?? null, change.role ?? null, change.active ?? null, pinHash, change.language !== undefined, change.language ?? null],
    )).rows[0];
    if (updated && change.active === false) await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
    return updated;
  });
  if (!row) throw new HttpError(404, 'not-found', `no user ${id}`);
  return row;
}
