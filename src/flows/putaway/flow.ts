// Putaway decisions that need no browser: which locations stage goods, what
// must be placed, and the operations recorded. The engine decides outcomes.
import type { Item, Location, PlacementLine, PlacementNeed, Slot } from '../../domain';
import { movedLot } from '../move/flow';

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

