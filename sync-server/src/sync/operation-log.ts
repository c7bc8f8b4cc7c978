// The operations table is the server's memory of every operation it received
// (C1): the operation and its outcome are written in the same transaction as
// its effects, so a replay reads the first outcome.
import type { Queryable } from '../db/connection';
import type { OperationOutcome } from '../domain';

export interface Claim {
  id: string;
  seq: number;
  deviceId: string;
  /** Who recorded it: credited with it (the transactions' user). */
  userId: string;
  /** Who pushed it, when someone else's session carried it (a shared device); else null. */
  pushedBy?: string | null;
  type: string;
  deviceTime: string | null;
  payload: unknown;
}

/**
 * Whether the id was already recorded. Two transactions may both find it
 * new; the operation row is inserted last (in recordOutcome, without ON
 * CONFLICT), so the later of them blocks on the primary key until the first
 * commits, fails with a unique violation, and runs again: it then finds the
 * id and returns the first outcome instead of applying twice.
 */
export const SEEN_SQL = 'SELECT 1 FROM operations WHERE id = $1';

export async function alreadySeen(tx: Queryable, id: string): Promise<boolean> {
  return (await tx.query(SEEN_SQL, [id])).rows.length > 0;
}

export async function firstOutcome(tx: Queryable, id: string): Promise<OperationOutcome> {
  const row = (await tx.query<Omit<OperationOutcome, 'duplicate' | 'id'>>(
    'SELECT seq::int AS seq, outcome, code, rule, details FROM operations WHERE id = $1',
    [id],
  )).rows[0];
  if (!row) throw new Error(`operation ${id} vanished after a conflicting insert`);
  return { id, ...row, duplicate: true };
}
