// Applies a device's pushed operations, each in its own database transaction
// that also records its outcome (C1, C2, C3). The outcome is stored with the
// effects, so a response lost on the way is never a lost or doubled operation:
// the device pushes again and reads the first outcome back.
import type { Db, Queryable } from '../db/connection';
import {
  applyOperation, mayRun, parseOperation, refsOf,
  type ApplyResult, type Operation, type OperationOutcome, type Role,
} from '../domain';
import { loadWorld } from './load-world';
import { writeEffects } from './write-effects';

export interface Pusher {
  userId: string;
  role: Role;
  deviceId: string;
}

interface StoredOutcome {
  outcome: OperationOutcome['outcome'];
  code: string | null;
  rule: string | null;
  details: Record<string, unknown> | null;
  seq: string;
}

export async function pushOperations(db: Db, pusher: Pusher, raws: unknown[]): Promise<OperationOutcome[]> {
  const outcomes: OperationOutcome[] = [];
  // Device order: one after the other. A rejection never stops the rest (C3).
  for (const raw of raws) outcomes.push(await pushOne(db, pusher, raw));
  return outcomes;
}

async function pushOne(db: Db, pusher: Pusher, raw: unknown): Promise<OperationOutcome> {
  const parsed = parseOperation(raw);
  if (!parsed.ok) {
    const id = idOf(raw);
    const outcome: Omit<OperationOutcome, 'duplicate'> = {
      id, seq: seqOf(raw), outcome: 'rejected', code: 'malformed', rule: 'C3', details: { issues: parsed.issues },
    };
    // Without a usable id or sequence there is nothing to key a record on;
    // the device still gets the reason.
    if (id === null || outcome.seq === null) return { ...outcome, duplicate: false };
    const entry = { type: typeOf(raw), deviceTime: null, payload: raw };
    return db.transaction((tx) => record(tx, pusher, entry, outcome, () => null));
  }
  const op = parsed.operation;
  return db.transaction((tx) =>
    record(tx, pusher, { type: op.type, deviceTime: op.deviceTime, payload: op.payload }, base(op), async () => {
      if (!mayRun(pusher.role, op.type)) {
        return rejected('forbidden', { role: pusher.role, type: op.type });
      }
      const world = await loadWorld(tx, refsOf(op), op.type === 'setLotTracking');
      return applyOperation(op, world, {
        opId: op.id, userId: pusher.userId, role: pusher.role, deviceId: pusher.deviceId, deviceTime: op.deviceTime,
      });
    }),
  );
}

function base(op: Operation): Omit<OperationOutcome, 'duplicate'> {
  return { id: op.id, seq: op.seq, outcome: 'applied', code: null, rule: null, details: null };
}

function rejected(code: string, details: Record<string, unknown>): ApplyResult {
  return { outcome: 'rejected', code: code as 'forbidden', rule: 'C3', details };
}

/**
 * Claims the id first (C1): if another transaction (here or on another
 * instance) already recorded it, ON CONFLICT waits for it to commit and the
 * first outcome is returned instead of applying twice.
 */
async function record(
  tx: Queryable,
  pusher: Pusher,
  entry: { type: string; deviceTime: string | null; payload: unknown },
  outcome: Omit<OperationOutcome, 'duplicate'>,
  decide: () => Promise<ApplyResult | null> | null,
): Promise<OperationOutcome> {
  const claimed = (await tx.query(
    `INSERT INTO operations (id, device_id, seq, type, user_id, device_time, payload, outcome)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, 'rejected')
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [outcome.id, pusher.deviceId, outcome.seq, entry.type, pusher.userId, entry.deviceTime, JSON.stringify(entry.payload ?? null)],
  )).rows.length === 1;
  if (!claimed) return firstOutcome(tx, outcome.id as string);

  const result = await decide();
  const final = result === null ? outcome : { ...outcome, ...summarize(result) };
  if (result !== null && result.outcome !== 'rejected') await writeEffects(tx, result.effects);
  await tx.query(
    'UPDATE operations SET outcome = $2, code = $3, rule = $4, details = $5::jsonb WHERE id = $1',
    [outcome.id, final.outcome, final.code, final.rule, final.details === null ? null : JSON.stringify(final.details)],
  );
  await trackDevice(tx, pusher, outcome.seq as number);
  return { ...final, duplicate: false };
}

function summarize(result: ApplyResult): Pick<OperationOutcome, 'outcome' | 'code' | 'rule' | 'details'> {
  if (result.outcome === 'rejected') {
    return { outcome: 'rejected', code: result.code, rule: result.rule, details: result.details };
  }
  const exceptions = result.effects.exceptions.filter((e) => e.status === 'open');
  if (result.outcome === 'exception' && exceptions.length > 0) {
    return {
      outcome: 'exception',
      code: exceptions[0]?.code ?? null,
      rule: exceptions[0]?.rule ?? null,
      details: { exceptions: exceptions.map((e) => ({ id: e.id, code: e.code, rule: e.rule, details: e.details })) },
    };
  }
  return { outcome: result.outcome, code: null, rule: null, details: null };
}

async function firstOutcome(tx: Queryable, id: string): Promise<OperationOutcome> {
  const row = (await tx.query<StoredOutcome>(
    'SELECT outcome, code, rule, details, seq::text AS seq FROM operations WHERE id = $1',
    [id],
  )).rows[0];
  if (!row) throw new Error(`operation ${id} vanished after a conflicting insert`);
  return { id, seq: Number(row.seq), outcome: row.outcome, duplicate: true, code: row.code, rule: row.rule, details: row.details };
}

/**
 * Remembers the highest sequence seen per device. A new id arriving with a
 * sequence far below it means the device's storage was wiped and it started
 * over: counted so supervisors can see it.
 */
async function trackDevice(tx: Queryable, pusher: Pusher, seq: number): Promise<void> {
  await tx.query(
    `INSERT INTO devices (id, last_user_id, last_seq) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET
       last_user_id = EXCLUDED.last_user_id,
       seq_restarts = devices.seq_restarts + CASE WHEN EXCLUDED.last_seq = 1 AND devices.last_seq > 1 THEN 1 ELSE 0 END,
       last_seq = CASE WHEN EXCLUDED.last_seq = 1 AND devices.last_seq > 1 THEN 1 ELSE GREATEST(devices.last_seq, EXCLUDED.last_seq) END,
       last_seen = now()`,
    [pusher.deviceId, pusher.userId, seq],
  );
}

function idOf(raw: unknown): string | null {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : null;
}

function seqOf(raw: unknown): number | null {
  const seq = (raw as { seq?: unknown } | null)?.seq;
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 ? seq : null;
}

function typeOf(raw: unknown): string {
  const type = (raw as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type.slice(0, 40) : 'unknown';
}
