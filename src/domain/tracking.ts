// How an item's lot is kept. A lot-tracked item that is not serialized keeps
// its lot on the slot (one lot per slot, R3); a serialized one keeps it on
// each unit, so its slots show no lot. Screens and rules ask this one question.
import type { Item } from './types';

/** True when the item's lot lives on the slot (lot-tracked, not serialized). */
export function tracksLotPerSlot(item: Pick<Item, 'lotTracked' | 'serialized'>): boolean {
  return item.lotTracked && !item.serialized;
}
