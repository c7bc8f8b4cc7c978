// Stock in one location with each slot's item, for the item steps of move and putaway.
import { db } from '../../app/device';
import type { Item } from '../../domain';
import { slotsAtLocation, type SlotView } from '../../replica/queries';
import { itemRecordsById } from '../../replica/view';

export interface SlotWithItem {
  slot: SlotView;
  item: Item;
}

export async function stockAt(locationId: string): Promise<SlotWithItem[]> {
  const slots = await slotsAtLocation(db, locationId);
  const ids = [...new Set(slots.map((s) => s.itemId))];
  const records = await db.transaction('r', db.itemBlocks, db.slotBlocks, db.overlayItems, () => itemRecordsById(db, ids));
  const items = new Map(records.flatMap((r) => (r.item ? [[r.id, r.item] as const] : [])));
  return slots.flatMap((slot) => {
    const item = items.get(slot.itemId);
    return item ? [{ slot, item }] : [];
  });
}
