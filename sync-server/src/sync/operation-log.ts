// The operations table is the server's memory of every operation it received
// (C1): the id is claimed before anything else, and the outcome is written in
// the same transaction as the effects, so a replay reads the first outcome.
import type { Queryable } from '../db/connection';
import type { OperationOutcome } from '../domain';

export interface Claim {
  id: string;
  seq: number;
  deviceId: string;
  userId: string;
  type: string;
  deviceTime: string | null;
  payload: unknown;
}

/**
 * The INSERT that claims an id. If another transaction (here or on another
 * instance) holds the same id, ON CONFLICT waits for it to commit and then
 * inserts nothing: the caller returns that first outcome instead.
 */
export const CLAIM_SQL = `INSERT INTO operations (id, device_id, seq, type, user_id, device_time, payload, outcome)
  VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, 'rejected') ON CONFLICT (id) DO NOTHING RETURNING id`;

export function claimParams(claim: Claim): unknown[] {
  return [claim.id, claim.deviceId, claim.seq, claim.type, claim.userId, claim.deviceTime, JSON.stringify(claim.payload ?? null)];
}

export async function claimId(tx: Queryable, claim: Claim): Promise<boolean> {
  return (await tx.query(CLAIM_SQL, claimParams(claim))).rows.length === 1;
}

export async function firstOutcome(tx: Queryable, id: string): Promise<OperationOutcome> {
  const row = (await tx.query<Omit<OperationOutcome, 'duplicate' | 'id'>>(
    'SELECT seq::int AS seq, outcome, code, rule, details FROM operations WHERE id = $1',
    [id],
  )).rows[0];
  if (!row) throw new Error(`operation ${id} vanished after a conflicting insert`);
  return { id, ...row, duplicate: true };
}
