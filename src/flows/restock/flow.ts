// What the placing step must place (the operation it records is payload.ts).
// Pure: tested without a browser.
import type { Item, PlacementNeed } from '../../domain';
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
