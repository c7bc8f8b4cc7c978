// C2: stock of a lot on hold or past its expiry was taken (pick), moved into a
// storage location (a pick face) or packed. The device refuses this when it
// knows; when it acted before it knew, the server records the fact and opens
// an exception a supervisor may accept.
import { raise, type Draft } from '../effects-builder';
import type { LotRecord } from '../types';
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

/** One exception per lot (and location) moved that is on hold or expired, in the order first moved. */
function flagLots(d: Draft, moved: readonly Moved[], operation: string): void {
  const today = dayOf(d.ctx.deviceTime);
  const byLot = new Map<string, Moved>();
  for (const m of moved) {
    if (m.lot === null) continue;
    const key = `${m.itemId}\u001f${m.lot}\u001f${m.locationId ?? ''}`;
    const seen = byLot.get(key);
    byLot.set(key, { ...m, quantity: (seen?.quantity ?? 0) + m.quantity });
  }
  for (const m of byLot.values()) {
    const record = findLotRecord(d.world.lots, m.itemId, m.lot);
    const status = lotStatus(record, today);
    if (!record || status === 'available') continue;
    raise(d, status === 'on-hold' ? 'lot-on-hold' : 'lot-expired', { itemId: m.itemId, locationId: m.locationId }, {
      operation, lot: m.lot, quantity: m.quantity, expiry: record.expiry,
      ...(status === 'on-hold' ? { holdReason: lastReason(record) } : {}),
    });
  }
}

/** Pick: every picked lot (the slot's, or each serial's) is checked. */
export function flagPickedLots(d: Draft): void {
  const moved = d.transactions
    .filter((t) => t.type === 'pick')
    .map((t) => ({ itemId: t.itemId, locationId: t.locationId, lot: t.lot, quantity: -t.quantity }));
  flagLots(d, moved, 'pick');
}

/** Move: only stock placed into a storage location (a pick face) is checked; to receiving or packing is fine. */
export function flagMovedLots(d: Draft): void {
  const storage = new Set(d.world.locations.filter((l) => l.type === 'storage').map((l) => l.id));
  const moved = d.transactions
    .filter((t) => t.type === 'move-in' && storage.has(t.locationId))
    .map((t) => ({ itemId: t.itemId, locationId: t.locationId, lot: t.lot, quantity: t.quantity }));
  flagLots(d, moved, 'move');
}

/** Pack: the lot recorded on the line, else the lot the pick took. */
export function flagPackedLots(d: Draft): void {
  const moved = d.shipmentLines
    .map((l) => ({ itemId: l.itemId, locationId: null, lot: l.lot ?? l.pickedLot, quantity: l.quantity }));
  flagLots(d, moved, 'pack');
}
