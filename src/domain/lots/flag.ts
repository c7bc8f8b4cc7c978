// C2: stock of a lot on hold or past its expiry was taken (pick), moved into a
// storage location (a pick face) or packed. The device refuses this when it
// knows; when it acted before it knew, the server records the fact and opens
// an exception a supervisor may accept.
import type { ApplyResult, OpContext, World } from '../engine';
import type { LotRecord } from '../types';
import { addLotEffects, type LotRaise } from './effects';
import { dayOf, findLotRecord, lotStatus } from './expiry';

interface Moved {
  itemId: string;
  locationId: string | null;
  lot: string | null;
  quantity: number;
}

function lastReason(record: LotRecord): string | null {
  return [...record.holds].reverse().find((h) => h.action === 'hold')?.reason ?? null;
}

function raisesFor(moved: readonly Moved[], lots: World['lots'], today: string, operation: string): LotRaise[] {
  const byLot = new Map<string, Moved>();
  for (const m of moved) {
    if (m.lot === null) continue;
    const key = `${m.itemId}\u001f${m.lot}\u001f${m.locationId ?? ''}`;
    const seen = byLot.get(key);
    byLot.set(key, { ...m, quantity: (seen?.quantity ?? 0) + m.quantity });
  }
  const raises: LotRaise[] = [];
  for (const m of byLot.values()) {
    const record = findLotRecord(lots, m.itemId, m.lot);
    const status = lotStatus(record, today);
    if (!record || status === 'available') continue;
    raises.push({
      code: status === 'on-hold' ? 'lot-on-hold' : 'lot-expired', itemId: m.itemId, locationId: m.locationId,
      details: {
        operation, lot: m.lot, quantity: m.quantity, expiry: record.expiry,
        ...(status === 'on-hold' ? { holdReason: lastReason(record) } : {}),
      },
    });
  }
  return raises;
}

/** Pick: every picked lot (the slot's, or each serial's) is checked. */
export function flagPickedLots(result: ApplyResult, w: World, ctx: OpContext): ApplyResult {
  if (result.outcome === 'rejected') return result;
  const moved = result.effects.transactions
    .filter((t) => t.type === 'pick')
    .map((t) => ({ itemId: t.itemId, locationId: t.locationId, lot: t.lot, quantity: -t.quantity }));
  return addLotEffects(result, ctx, [], raisesFor(moved, w.lots, dayOf(ctx.deviceTime), 'pick'));
}

/** Move: only stock placed into a storage location (a pick face) is checked; to receiving or packing is fine. */
export function flagMovedLots(result: ApplyResult, w: World, ctx: OpContext): ApplyResult {
  if (result.outcome === 'rejected') return result;
  const storage = new Set(w.locations.filter((l) => l.type === 'storage').map((l) => l.id));
  const moved = result.effects.transactions
    .filter((t) => t.type === 'move-in' && storage.has(t.locationId))
    .map((t) => ({ itemId: t.itemId, locationId: t.locationId, lot: t.lot, quantity: t.quantity }));
  return addLotEffects(result, ctx, [], raisesFor(moved, w.lots, dayOf(ctx.deviceTime), 'move'));
}

/** Pack: the lot recorded on the line, else the lot the pick took. */
export function flagPackedLots(result: ApplyResult, w: World, ctx: OpContext): ApplyResult {
  if (result.outcome === 'rejected') return result;
  const moved = result.effects.shipmentLines
    .map((l) => ({ itemId: l.itemId, locationId: null, lot: l.lot ?? l.pickedLot, quantity: l.quantity }));
  return addLotEffects(result, ctx, [], raisesFor(moved, w.lots, dayOf(ctx.deviceTime), 'pack'));
}
