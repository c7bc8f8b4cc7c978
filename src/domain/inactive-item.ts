// An item taken out of use (deactivated in master data, never deleted) may
// still have stock, and picking, moving, counting and returning it go on as
// before: that is how it runs out. Receiving more of it (restock) or giving it
// a new place (assign) is a mistake a supervisor must see. A device that did
// so offline, before it knew, did handle the goods (C2), so the operation is
// recorded and an `inactive-item` exception opened. A device that knows
// refuses in the wizard first (src/flows/kit/inactive-item.ts).
import { raise, type Draft } from './effects-builder';
import { findItem } from './lookup';
import type { Item } from './types';

/** Absent means active: items stored before the flag existed were all in use. */
export function isItemActive(item: Pick<Item, 'active'>): boolean {
  return item.active !== false;
}

/** Floor work that brings an item into the warehouse or gives it a place. */
export type TakesInItem = 'restock' | 'assign';

export function flagInactiveItem(d: Draft, operation: TakesInItem, itemRef: string): void {
  const item = findItem(d.world, itemRef);
  if (!item || isItemActive(item)) return;
  const placed = d.transactions.filter((t) => t.itemId === item.id && t.quantity > 0);
  const quantity = placed.reduce((sum, t) => sum + t.quantity, 0);
  const locationId = placed[0]?.locationId ?? [...d.slots.values()].find((s) => s.itemId === item.id)?.locationId ?? null;
  raise(d, 'inactive-item', { itemId: item.id, locationId }, { operation, item: item.sku, quantity });
}
