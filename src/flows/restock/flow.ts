// What the placing step must place, and the operation it finally records.
// Pure: tested without a browser.
import type { Item, PlacementNeed, RestockPayload } from '../../domain';
import type { LotLine, Placement, SerialLine } from './store';

/** The units to place, per lot (R5); one need without a lot for untracked items. */
export function placementNeeds(item: Item, quantity: number, lots: LotLine[], serials: SerialLine[]): PlacementNeed[] {
  if (item.serialized) {
    // R13: serials of any lot may share a slot: one need per lot keeps each serial's lot on its line.
    const byLot = new Map<string | null, number>();
    for (const s of serials) byLot.set(s.lot, (byLot.get(s.lot) ?? 0) + 1);
    return [...byLot].map(([lot, n]) => ({ lot, quantity: n }));
  }
  if (!item.lotTracked) return [{ lot: null, quantity }];
  return lots.filter((l) => l.quantity > 0).map((l) => ({ lot: l.lot, quantity: l.quantity }));
}

/** R5: every unit has a lot before anything is placed. */
export function lotsComplete(quantity: number, lots: LotLine[]): boolean {
  return lots.every((l) => l.quantity > 0) && lots.reduce((n, l) => n + l.quantity, 0) === quantity;
}

/** Units of a lot still without a slot. */
export function unplacedOf(need: PlacementNeed, placements: Placement[]): number {
  return need.quantity - placements.filter((p) => p.lot === need.lot).reduce((n, p) => n + p.quantity, 0);
}

export interface SlotRef {
  id: string;
  condition: string;
  location: { code: string };
}

/**
 * The restock operation: one line per slot and lot, serials handed out to their
 * lines in order, and the purchase order it receives against when there is one.
 */
export function buildRestockPayload(
  item: Item, placements: Placement[], slots: SlotRef[], serials: SerialLine[], purchaseOrder: string | null = null,
  /** Expiry (YYYY-MM-DD) by lot, when the label or the operator gave one. */
  expiries: ReadonlyMap<string, string> = new Map(),
): RestockPayload {
  const bySlot = new Map(slots.map((s) => [s.id, s]));
  const pool = new Map<string | null, SerialLine[]>();
  for (const s of serials) pool.set(s.lot, [...(pool.get(s.lot) ?? []), s]);
  const lines = placements.filter((p) => p.quantity > 0).map((p) => {
    const slot = bySlot.get(p.slotId);
    if (!slot) throw new Error(`slot ${p.slotId} is not among the item's slots`);
    const line: RestockPayload['lines'][number] = { location: slot.location.code, condition: slot.condition, quantity: p.quantity };
    if (item.serialized) {
      const taken = (pool.get(p.lot) ?? []).splice(0, p.quantity);
      line.serials = taken.map((s) => (s.lot === null ? { serial: s.serial } : { serial: s.serial, lot: s.lot }));
    } else if (item.lotTracked && p.lot !== null) {
      line.lot = p.lot;
      const expiry = expiries.get(p.lot);
      if (expiry !== undefined) line.expiry = expiry;
    }
    return line;
  });
  return purchaseOrder ? { item: item.sku, lines, purchaseOrder } : { item: item.sku, lines };
}
