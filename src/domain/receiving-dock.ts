// Issue 16, receiving never dead-ends: a lot that no storage slot can take
// (R6's "not enough space") is received to a receiving dock, to be put away
// later. The dock's slot for the item takes it under R3 like any slot (empty,
// or already holding that lot); a dock where the item has no slot yet gets a
// new one with the lot on it (R8: a tracked item's new assignment with a
// quantity carries its lot). Pure, so the device shows what the server does.
import type { Item, Location, Slot } from './types';
import { NO_CONDITION } from './types';
import type { PlacementNeed } from './placement';

export interface DockChoice {
  location: Location;
  /** The item's existing slot at the dock; null: restock creates it there. */
  slot: Slot | null;
}

/** Lots already going to a dock in this restock (one lot per dock slot, R3). */
export interface DockTaken {
  locationId: string;
  lot: string | null;
}

/**
 * The dock for one unplaced lot: a dock slot already holding it first, then an
 * empty dock slot, then a dock without a slot for the item; docks in code
 * order. A dock slot with a capacity must have room for the whole share.
 * Null when every dock holds another lot of the item.
 */
export function receivingDock(
  item: Item, need: PlacementNeed, docks: readonly Location[], itemSlots: readonly Slot[], taken: readonly DockTaken[] = [],
): DockChoice | null {
  const lotFree = !item.lotTracked || item.serialized;
  const candidates: (DockChoice & { rank: number })[] = docks
    .filter((l) => l.type === 'receiving' && l.active)
    .sort((a, b) => a.code.localeCompare(b.code))
    .flatMap((location): (DockChoice & { rank: number })[] => {
      if (!lotFree && taken.some((t) => t.locationId === location.id && t.lot !== need.lot)) return [];
      const slot = itemSlots.find((s) => s.locationId === location.id && s.condition === NO_CONDITION) ?? null;
      if (!slot) return [{ location, slot, rank: 2 }];
      const room = slot.capacity === 0 || slot.capacity - Math.max(0, slot.quantity) >= need.quantity;
      if (!room) return [];
      if (slot.quantity <= 0) return [{ location, slot, rank: 1 }];
      if (lotFree || (!slot.lotUnknown && slot.lot === need.lot)) return [{ location, slot, rank: 0 }];
      return [];
    })
    .sort((a, b) => a.rank - b.rank);
  const best = candidates[0];
  return best ? { location: best.location, slot: best.slot } : null;
}
