// The outbox as the sync loop uses it: what to push next, and the push's answer.
import type { OperationOutcome } from '../domain';
import { allTables, type OutboxRow, type ReplicaDb } from './db';
import { rebuildOverlay } from './overlay';

/**
 * Operations the server has not answered, in seq order. One whose response was
 * lost is still 'pending' and goes again with the same id and seq: the server
 * answers a known id with its first outcome (C1). An acked one waits for the
 * pull that brings its outcome with its effects.
 */
export async function unsentBatch(db: ReplicaDb, limit: number, afterSeq = 0): Promise<OutboxRow[]> {
  return db.outbox.where('seq').above(afterSeq).filter((r) => r.state === 'pending').limit(limit).toArray();
}

/** Marks pushed operations acked or rejected (keeping the reason). Returns how many were rejected. */
export async function markPushed(db: ReplicaDb, outcomes: OperationOutcome[], deviceId: string): Promise<number> {
  return db.transaction('rw', allTables(db), async () => {
    let rejected = 0;
    for (const o of outcomes) {
      if (o.id === null) continue;
      const row = await db.outbox.get(o.id);
      if (!row || row.state === 'rejected') continue;
      if (o.outcome === 'rejected') {
        rejected += 1;
        await db.outbox.update(o.id, {
          state: 'rejected',
          outcome: { id: o.id, seq: o.seq ?? row.seq, outcome: o.outcome, code: o.code, rule: o.rule, details: o.details },
        });
      } else if (row.state === 'pending') {
        await db.outbox.update(o.id, { state: 'acked' });
      }
    }
    // C4: a rejected operation is no longer part of the view.
    if (rejected > 0) await rebuildOverlay(db, deviceId);
    return rejected;
  });
}

/** Pending + acked: work the server has not confirmed by pull yet. */
export async function unconfirmedCount(db: ReplicaDb): Promise<number> {
  return db.outbox.filter((r) => r.state !== 'rejected').count();
}
