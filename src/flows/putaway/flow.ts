// Putaway decisions that need no browser: which locations stage goods, what
// must be placed, and the operations recorded. The engine decides outcomes.
import type { Item, Location, PlacementLine, PlacementNeed, PutawayPayload, Slot } from '../../domain';
import { movedLot, needsLotScan } from '../move/flow';

/** Putaway starts where goods are staged: a receiving (dock) location. */
export function isStaging(location: Pick<Location, 'type'>): boolean {
  return location.type === 'receiving';
}

export interface ChosenSerial {
  serial: string;
  lot: string | null;
}

/** What must be placed, per lot: the staged lot (R4, or the scanned one, R8a), or per serial lot (R13). */
export function putawayNeeds(
  item: Item, source: Pick<Slot, 'lot' | 'lotUnknown'>, scannedLot: string | null, quantity: number, serials: ChosenSerial[],
): PlacementNeed[] {
  if (item.serialized) {
    const byLot = new Map<string | null, number>();
    for (const s of serials) byLot.set(s.lot, (byLot.get(s.lot) ?? 0) + 1);
    return [...byLot].map(([lot, n]) => ({ lot, quantity: n }));
  }
  return [{ lot: movedLot(item, source, scannedLot), quantity }];
}

/** Units of a need still without a slot. */
export function unplacedOf(need: PlacementNeed, placements: readonly PlacementLine[]): number {
  return need.quantity - placements.filter((p) => p.lot === need.lot).reduce((n, p) => n + p.quantity, 0);
}

interface SlotRef {
  id: string;
  condition: string;
  location: { code: string };
}

/**
 * The putaway operations. A putaway payload has one source and ONE target, so
 * when the guidance splits the goods over several slots (not enough room in
 * one, or serials of several lots), one operation is recorded per target slot
 * (and lot); each carries the source, the lot scanned on the goods (R8a) and
 * its own serials (R13).
 */
export function buildPutawayPayloads(
  item: Item, source: SlotRef, placements: readonly PlacementLine[], slots: readonly SlotRef[], scannedLot: string | null, serials: ChosenSerial[],
): PutawayPayload[] {
  const byId = new Map(slots.map((s) => [s.id, s]));
  const pool = new Map<string | null, string[]>();
  for (const s of serials) pool.set(s.lot, [...(pool.get(s.lot) ?? []), s.serial]);
  return placements.filter((p) => p.quantity > 0).map((p) => {
    const to = byId.get(p.slotId);
    if (!to) throw new Error(`slot ${p.slotId} is not among the item's slots`);
    const payload: PutawayPayload = { item: item.sku, from: source.location.code, to: to.location.code, condition: source.condition, quantity: p.quantity };
    if (item.serialized) payload.serials = (pool.get(p.lot) ?? []).splice(0, p.quantity);
    else if (needsLotScan(item) && scannedLot !== null) payload.lot = scannedLot;
    return payload;
  });
}
