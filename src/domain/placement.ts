// R6 placement guidance: where restocked (or put-away) stock may go. Pure, so
// the wizard shows the same answer offline that the rules will enforce.
import type { Item, Slot } from './types';

/** How a slot can take stock of one lot. */
export type SlotFit =
  /** R6: already holds this lot, with room to add. */
  | { kind: 'same-lot'; free: number }
  /** R3: empty, so any lot may enter. */
  | { kind: 'empty'; free: number }
  /** R3: holds another (or an unknown) lot: only once it is emptied. */
  | { kind: 'other-lot'; lot: string | null }
  /** Right lot or empty, but no room left. */
  | { kind: 'full' };

/** Room left in a slot; an assignment without a capacity (0) offers none. */
export function freeCapacity(slot: Slot): number {
  return Math.max(0, slot.capacity - Math.max(0, slot.quantity));
}

/** R3/R6: whether `lot` may be placed into `slot`, and how much fits. */
export function slotFit(item: Item, slot: Slot, lot: string | null): SlotFit {
  const free = freeCapacity(slot);
  // R13: serialized items carry lots per serial, so lots share a slot; untracked items have no lot.
  const lotFree = !item.lotTracked || item.serialized;
  const empty = slot.quantity <= 0;
  if (!lotFree && !empty && (slot.lotUnknown || slot.lot !== lot)) {
    return { kind: 'other-lot', lot: slot.lotUnknown ? null : slot.lot };
  }
  if (free === 0) return { kind: 'full' };
  return lotFree || !empty ? { kind: 'same-lot', free } : { kind: 'empty', free };
}

export interface PlacementNeed {
  lot: string | null;
  quantity: number;
}

export interface PlacementLine {
  slotId: string;
  lot: string | null;
  quantity: number;
}

export interface PlacementPlan {
  lines: PlacementLine[];
  /** R6: what does not fit anywhere: "not enough space". */
  unplaced: PlacementNeed[];
}

/**
 * A suggested placement: each lot first tops up slots already holding it,
 * then takes empty slots (an empty slot taken by one lot is no longer free for
 * another, R3). Whatever is left is unplaced.
 */
export function suggestPlacement(item: Item, slots: readonly Slot[], needs: readonly PlacementNeed[]): PlacementPlan {
  const state = new Map(slots.map((s) => [s.id, { ...s }]));
  const lines: PlacementLine[] = [];
  const unplaced: PlacementNeed[] = [];
  for (const need of needs) {
    let left = need.quantity;
    const fits = [...state.values()]
      .map((slot) => ({ slot, fit: slotFit(item, slot, need.lot) }))
      .filter((f) => f.fit.kind === 'same-lot' || f.fit.kind === 'empty')
      // Same lot before empty slots, so lots stay together and empty slots stay free.
      .sort((a, b) => rank(a.fit) - rank(b.fit));
    for (const { slot, fit } of fits) {
      if (left === 0) break;
      const take = Math.min(left, 'free' in fit ? fit.free : 0);
      if (take === 0) continue;
      lines.push({ slotId: slot.id, lot: need.lot, quantity: take });
      slot.quantity = Math.max(0, slot.quantity) + take;
      if (need.lot !== null) slot.lot = need.lot;
      left -= take;
    }
    if (left > 0) unplaced.push({ lot: need.lot, quantity: left });
  }
  return { lines, unplaced };
}

function rank(fit: SlotFit): number {
  return fit.kind === 'same-lot' ? 0 : 1;
}
