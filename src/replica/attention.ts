// The outbox as the operator sees it, and what needs their attention: this
// device's rejected operations (C3: fix and resend, or discard) and open
// exceptions its operations raised on the server (C2).
import type { LotException, OperationType, PulledOutcome } from '../domain';
import type { OutboxRow, ReplicaDb } from './db';
import { emitOutboxChange } from './changes';
import { recordInTransaction, type RecordResult } from './record';
import type { StoredSession } from './session';
import { lookupMerged } from './view';

export interface OutboxEntry {
  id: string;
  seq: number;
  type: OperationType;
  payload: unknown;
  deviceTime: string;
  userId: string;
  state: 'pending' | 'acked' | 'rejected';
  outcome: PulledOutcome | null;
  createdAt: string;
}

export interface AttentionItem {
  kind: 'rejected' | 'exception';
  opId: string;
  /** A history row of an older app may name a type this app no longer knows; the contract keeps both spellings. */
  // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
  type: OperationType | string;
  code: string | null;
  rule: string | null;
  details: Record<string, unknown> | null;
  exception?: LotException;
  entry?: OutboxEntry;
}

function toEntry(row: OutboxRow): OutboxEntry {
  const { role: _role, ...entry } = row;
  return entry;
}

/** In seq order (device order). */
export async function outboxEntries(db: ReplicaDb): Promise<OutboxEntry[]> {
  return (await db.outbox.orderBy('seq').toArray()).map(toEntry);
}

export function attentionItems(db: ReplicaDb): Promise<AttentionItem[]> {
  return db.transaction('r', db.outbox, db.history, db.exceptions, db.overlayExceptions, async () => {
    const rejected = (await db.outbox.orderBy('seq').toArray()).filter((r) => r.state === 'rejected');
    const raisers = await db.history.where('outcome').equals('exception').toArray();
    const exceptions = (await lookupMerged(db.exceptions, db.overlayExceptions, 'opId', raisers.map((h) => h.id)))
      .filter((e) => e.status === 'open');
    const typeOf = new Map(raisers.map((h) => [h.id, h.type]));
    return [
      ...rejected.map((row): AttentionItem => ({
        kind: 'rejected', opId: row.id, type: row.type,
        code: row.outcome?.code ?? null, rule: row.outcome?.rule ?? null, details: row.outcome?.details ?? null,
        entry: toEntry(row),
      })),
      ...exceptions.map((e): AttentionItem => ({
        kind: 'exception', opId: e.opId, type: typeOf.get(e.opId) ?? 'unknown',
        code: e.code, rule: e.rule, details: e.details, exception: e,
      })),
    ];
  });
}

/** Drops a rejected operation (C3: the operator decided it should not be sent). Other states are left alone. */
export async function discardRejected(db: ReplicaDb, opId: string): Promise<void> {
  const removed = await db.transaction('rw', db.outbox, async () => {
    const row = await db.outbox.get(opId);
    if (row?.state !== 'rejected') return false;
    await db.outbox.delete(opId);
    return true;
  });
  if (removed) emitOutboxChange(db);
}

/**
 * C3: fix and resend. Records a NEW operation (new id, next seq: the server
 * already decided the old id, C1) with the fixed payload and removes the
 * rejected one, in one transaction.
 */
export async function resendRejected(db: ReplicaDb, session: StoredSession, opId: string, payload: unknown): Promise<RecordResult> {
  const row = await db.outbox.get(opId);
  if (row?.state !== 'rejected') {
    return { ok: false, issues: [{ path: 'opId', message: 'no rejected operation with this id on this device' }] };
  }
  const result = await recordInTransaction(db, session, row.type, payload, new Date(), opId);
  if (result.ok) emitOutboxChange(db);
  return result;
}

