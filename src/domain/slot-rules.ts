// The lot rules of a non-serialized slot: what may enter (R3), what leaves (R4),
// and the offline facts that break them (C2).
import {
  createSlot, getSlot, raise, slotOf, transact, type Draft,
} from './effects-builder';
import { knownLot, lotLeaving } from './lot-check';
import type { Item, Location, TransactionType } from './types';

/** The lot of stock that moves: `lot` null with `lotUnknown` when nobody knows it (R2). */
export interface MovedLot {
  lot: string | null;
  lotUnknown: boolean;
}

export const NO_LOT: MovedLot = { lot: null, lotUnknown: false };

/**
 * The slot of (item, location, condition). R6: stock placed where the item has
 * no assignment is still a fact (C2): the slot is created with capacity 0 and
 * an exception asks a supervisor to make the assignment.
 */
export function ensureSlot(d: Draft, item: Item, location: Location, condition: string, raiseIfMissing = true): string {
  const existing = slotOf(d, item.id, location.id, condition);
  if (existing) return existing.id;
  const slot = createSlot(d, item.id, location.id, condition, 0);
  if (raiseIfMissing) {
    raise(d, 'no-assignment', { slotId: slot.id }, { item: item.sku, location: location.code, condition });
  }
  return slot.id;
}

/**
 * Put non-serialized stock into a slot. `lot` null for a tracked item means the
 * lot is missing (C2: the item started tracking while the device was offline,
 * or the stock came from a slot of unknown lot).
 */
export function placeStock(d: Draft, item: Item, slotId: string, quantity: number, type: TransactionType, lot: string | null): void {
  if (quantity === 0) return;
  // R1: lots apply only to tracked items; a lot sent for an untracked item is ignored.
  if (!item.lotTracked) {
    transact(d, slotId, { type, quantity, ...NO_LOT });
    return;
  }
  const slot = getSlot(d, slotId);
  if (lot === null) {
    // C2: recorded as it happened, with lot unknown; the slot's lot is unknown too until counted (R2, R9).
    transact(d, slotId, { type, quantity, lot: null, lotUnknown: true }, { lot: null, lotUnknown: true });
    raise(d, 'lot-missing', { slotId }, { expected: 'lot', found: null, slotLot: knownLot(slot), quantity });
    return;
  }
  // R3: a lot enters only an empty slot or one already holding that same lot.
  if (slot.quantity <= 0 || (slot.lot === lot && !slot.lotUnknown)) {
    transact(d, slotId, { type, quantity, lot, lotUnknown: false }, { lot, lotUnknown: false });
    return;
  }
  // R3 + C2: a second lot arrived offline: recorded, the slot is now mixed (lot unknown) and must be counted.
  transact(d, slotId, { type, quantity, lot, lotUnknown: false }, { lot: null, lotUnknown: true });
  raise(d, 'second-lot-in-slot', { slotId }, {
    expected: slot.lotUnknown ? { lotUnknown: true } : { lot: slot.lot },
    found: { lot }, slotQuantity: slot.quantity, quantity,
  });
}

/**
 * Take non-serialized stock out of a slot. R4: the lot is the slot's, written on
 * the transaction without asking; `scanned` overrides it only where a scan is the
 * physical fact (R8a). C2: stock may go below zero; that opens an exception.
 */
export function takeStock(
  d: Draft, item: Item, slotId: string, quantity: number, type: TransactionType, scanned?: string,
): MovedLot {
  const slot = getSlot(d, slotId);
  const lot = item.lotTracked ? lotLeaving(slot, scanned) : null;
  const moved = item.lotTracked ? { lot, lotUnknown: lot === null } : NO_LOT;
  if (quantity === 0) return moved;
  const after = transact(d, slotId, { type, quantity: -quantity, ...moved });
  if (after.quantity < 0) {
    raise(d, 'negative-stock', { slotId }, { expected: { available: slot.quantity }, found: { taken: quantity }, quantity: after.quantity });
  }
  return moved;
}

/** R6: more stock than the assignment's capacity is recorded and flagged. */
export function checkCapacity(d: Draft, slotId: string): void {
  const slot = getSlot(d, slotId);
  if (slot.capacity > 0 && slot.quantity > slot.capacity) {
    raise(d, 'over-capacity', { slotId }, { expected: { capacity: slot.capacity }, found: { quantity: slot.quantity } });
  }
}
