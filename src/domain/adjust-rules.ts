// A supervisor setting a slot's true quantity and lot (R10, R11): used by adjust
// and by resolving an exception with an adjustment.
import type { ApplyResult } from './engine';
import { getSlot, patchSlot, rejected, transact, type Draft } from './effects-builder';
import { knownLot } from './lot-check';
import { NO_LOT } from './slot-rules';
import type { Item } from './types';

/** Returns a rejection, or null when the slot was set. */
export function adjustSlot(d: Draft, item: Item, slotId: string, quantity: number, lot: string | null): ApplyResult | null {
  // R13, R14: serialized stock is corrected by counting its serials, not by a number.
  if (item.serialized) return rejected('serials-required', { item: item.sku, quantity });
  // R11: a command setting a tracked item's quantity must give its lot.
  if (item.lotTracked && quantity > 0 && lot === null) return rejected('lot-required', { item: item.sku, quantity });
  const slot = getSlot(d, slotId);
  const delta = quantity - slot.quantity;
  const slotLot = knownLot(slot);
  if (!item.lotTracked) {
    if (delta !== 0) transact(d, slotId, { type: 'adjust', quantity: delta, ...NO_LOT });
  } else if (quantity === 0 || lot === slotLot) {
    // Same lot (or emptied, R3): one transaction with the difference.
    if (delta !== 0) transact(d, slotId, { type: 'adjust', quantity: delta, lot: slotLot, lotUnknown: slotLot === null });
  } else {
    // R10: a lot changes only as the remove-and-place pair.
    if (slot.quantity !== 0) {
      transact(d, slotId, { type: 'adjust-remove', quantity: -slot.quantity, lot: slotLot, lotUnknown: slotLot === null });
    }
    transact(d, slotId, { type: 'adjust-place', quantity, lot, lotUnknown: false }, { lot, lotUnknown: false });
  }
  // The supervisor stated the truth: the count task is done.
  if (getSlot(d, slotId).needsCount) patchSlot(d, slotId, { needsCount: false });
  return null;
}
