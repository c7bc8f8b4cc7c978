// The items of a location's slots, by id, for the count's slot list: a local
// read of the replica (the optimistic view, C4).
import type { Item } from '../../domain';
import type { ReplicaDb } from '../../replica/db';
import { itemRecordsById } from '../../replica/view';

export function itemsById(db: ReplicaDb, ids: string[]): Promise<Map<string, Item>> {
  return db.transaction('r', db.itemBlocks, db.slotBlocks, db.overlayItems, async () => {
    const records = await itemRecordsById(db, [...new Set(ids)]);
    return new Map(records.flatMap((r) => (r.item ? [[r.item.id, r.item] as const] : [])));
  });
}
