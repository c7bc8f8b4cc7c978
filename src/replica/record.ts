// Recording an operation the operator confirmed: validated, numbered, queued
// in the outbox and applied to the optimistic view in ONE transaction, so the
// operator is told "done" only once the fact is safely on the device.
import { parseOperation, type ApplyResult, type FieldIssue, type OperationType } from '../domain';
import type { OutboxRow, ReplicaDb } from './db';
import { emitOutboxChange } from './changes';
import { getMeta, META, setMeta } from './meta';
import { applyToView, overlayTables } from './overlay';
import { deviceId, type StoredSession } from './session';

export type RecordResult =
  | { ok: true; id: string; seq: number; preview: ApplyResult }
  | { ok: false; issues: FieldIssue[] };

export async function recordOperation(
  db: ReplicaDb, session: StoredSession, type: OperationType, payload: unknown, now: Date = new Date(),
): Promise<RecordResult> {
  const result = await recordInTransaction(db, session, type, payload, now, null);
  if (result.ok) emitOutboxChange(db);
  return result;
}

/**
 * Records a new operation; when `replaces` is given, deletes that outbox row in
 * the same transaction (fix-and-resend of a rejected operation).
 */
export async function recordInTransaction(
  db: ReplicaDb, session: StoredSession, type: OperationType, payload: unknown, now: Date, replaces: string | null,
): Promise<RecordResult> {
  // The id is made once here and stored with the op: a re-send reuses it (C1).
  const id = crypto.randomUUID();
  const deviceTime = now.toISOString();
  // Validate before opening a transaction: a malformed payload writes nothing. The seq is set below.
  const parsed = parseOperation({ id, seq: 1, type, deviceTime, signIn: session.signInId, payload });
  if (!parsed.ok) return parsed;
  const device = await deviceId(db);
  return db.transaction('rw', overlayTables(db), async () => {
    const seq = ((await getMeta<number>(db, META.lastSeq)) ?? 0) + 1;
    await setMeta(db, META.lastSeq, seq);
    const op = { ...parsed.operation, seq };
    if (replaces !== null) await db.outbox.delete(replaces);
    const preview = await applyToView(db, op, {
      opId: id, userId: session.user.id, role: session.user.role, deviceId: device, deviceTime,
    });
    const row: OutboxRow = {
      id, seq, type, payload: op.payload, deviceTime, userId: session.user.id, role: session.user.role,
      ...(session.signInId ? { signIn: session.signInId } : {}),
      state: 'pending', outcome: null, createdAt: deviceTime,
    };
    await db.outbox.add(row);
    return { ok: true as const, id, seq, preview };
  });
}
