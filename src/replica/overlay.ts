// The overlay: rows as this device's pending operations left them (C4).
// An operation is applied by the shared rule engine to rows loaded from the
// view, and what it changed is written into the overlay tables. After a pull
// the overlay is rebuilt: cleared, then every still-pending operation
// re-applied in seq order over the new server rows (applyPending semantics).
// These functions run inside the caller's readwrite transaction.
import {
  applyOperation, DEFAULT_SETTINGS, mergeEffects, parseOperation, refsOf,
  type ApplyResult, type Effects, type OpContext, type Operation,
} from '../domain';
import type { ItemRecord, OutboxRow, ReplicaDb } from './db';
import { META, setMeta } from './meta';
import { itemRecordsById, withKeys } from './view';
import { loadWorld } from './world';

/** Every table the overlay functions read or write: callers open their transaction over these. */
export function overlayTables(db: ReplicaDb) {
  return [db.itemBlocks, db.slotBlocks, db.locations, db.serials, db.exceptions, db.overlayItems, db.overlaySerials, db.overlayExceptions, db.outbox, db.meta, db.lots];
}

export async function applyToView(db: ReplicaDb, op: Operation, ctx: OpContext): Promise<ApplyResult> {
  const world = await loadWorld(db, refsOf(op));
  const result = applyOperation(op, world, ctx);
  // C4: a rejected operation changes nothing, as in applyPending.
  if (result.outcome !== 'rejected') await writeOverlay(db, result.effects);
  return result;
}

/** Writes the rows an operation changed. Item records are rewritten whole: their other slots are kept. */
async function writeOverlay(db: ReplicaDb, effects: Effects): Promise<void> {
  const itemIds = [...new Set([...effects.items.map((i) => i.id), ...effects.slots.map((s) => s.itemId)])];
  if (itemIds.length > 0) {
    const current = new Map((await itemRecordsById(db, itemIds)).map((r) => [r.id, r]));
    const records: ItemRecord[] = itemIds.map((id) => {
      const record = current.get(id) ?? { id, item: null, slots: [] };
      // mergeEffects is the engine's own upsert-by-id, the same merge applyPending uses.
      const merged = mergeEffects(
        { items: record.item ? [record.item] : [], locations: [], slots: record.slots, serials: [], exceptions: [], settings: DEFAULT_SETTINGS },
        { ...effects, items: effects.items.filter((i) => i.id === id), slots: effects.slots.filter((s) => s.itemId === id), settings: null },
      );
      return withKeys({ id, item: merged.items[0] ?? null, slots: [...merged.slots] });
    });
    await db.overlayItems.bulkPut(records);
  }
  if (effects.serials.length > 0) await db.overlaySerials.bulkPut(effects.serials);
  if (effects.exceptions.length > 0) await db.overlayExceptions.bulkPut(effects.exceptions);
  if (effects.settings) await setMeta(db, META.overlaySettings, effects.settings);
}

/** The operation and context an outbox row is re-applied with; null when it no longer parses (an older app's op). */
export function operationOf(row: OutboxRow, deviceId: string): { op: Operation; ctx: OpContext } | null {
  const parsed = parseOperation({ id: row.id, seq: row.seq, type: row.type, deviceTime: row.deviceTime, payload: row.payload });
  if (!parsed.ok) return null;
  return {
    op: parsed.operation,
    ctx: { opId: row.id, userId: row.userId, role: row.role, deviceId, deviceTime: row.deviceTime },
  };
}

/** C4: server rows plus every operation not yet decided, re-applied in seq order. Rejected ones are out of the view. */
export async function rebuildOverlay(db: ReplicaDb, deviceId: string): Promise<void> {
  await Promise.all([
    db.overlayItems.clear(), db.overlaySerials.clear(), db.overlayExceptions.clear(), db.meta.delete(META.overlaySettings),
  ]);
  const rows = await db.outbox.orderBy('seq').toArray();
  for (const row of rows) {
    if (row.state === 'rejected') continue;
    const parsed = operationOf(row, deviceId);
    // Kept in the outbox for the server to decide, but the view cannot show it.
    if (parsed) await applyToView(db, parsed.op, parsed.ctx);
  }
}
