// Whole-warehouse reads for the supervisor console (items grid, count tasks,
// serials overview). Like queries.ts they read the OPTIMISTIC view (C4): an
// item with an overlay record shows the overlay's item and slots. They read
// every block once (100 rows per record), which is what a grid of all items
// needs; screens filter and window the result in memory.
import type { Item, Location, Serial, Slot } from '../domain';
import type { ReplicaDb } from './db';
import { slotsOfItem, type SlotView } from './queries';
import { getMerged, itemRecordsById, serialsInSlots } from './view';

export interface ItemOverview {
  item: Item;
  /** Sum of the item's slot quantities. */
  stock: number;
  /** Slots holding stock whose lot is unknown (R2). */
  unknownLotSlots: number;
}

export interface CountTask {
  slot: Slot;
  item: Item | null;
  location: Location | null;
}

export interface SerialRow {
  serial: Serial;
  item: Item | null;
  /** Where the unit is, null when in no location. */
  locationCode: string | null;
  condition: string | null;
}

interface StockView {
  items: Map<string, Item>;
  slots: Slot[];
}

/** Every item and slot of the view: overlay records replace the server's rows of their item. */
async function stockView(db: ReplicaDb): Promise<StockView> {
  const [itemBlocks, slotBlocks, overlay] = await Promise.all([
    db.itemBlocks.toArray(), db.slotBlocks.toArray(), db.overlayItems.toArray(),
  ]);
  const overlaid = new Set(overlay.map((r) => r.id));
  const items = new Map<string, Item>();
  for (const block of itemBlocks) for (const item of block.items) if (!overlaid.has(item.id)) items.set(item.id, item);
  const slots = new Map<string, Slot>();
  for (const block of slotBlocks) for (const slot of block.slots) if (!overlaid.has(slot.itemId)) slots.set(slot.id, slot);
  for (const record of overlay) {
    if (record.item) items.set(record.id, record.item);
    for (const slot of record.slots) slots.set(slot.id, slot);
  }
  return { items, slots: [...slots.values()] };
}

/** Every item with its stock, by SKU. */
export function allItemOverviews(db: ReplicaDb): Promise<ItemOverview[]> {
  return db.transaction('r', db.itemBlocks, db.slotBlocks, db.overlayItems, async () => {
    const { items, slots } = await stockView(db);
    const totals = new Map<string, { stock: number; unknown: number }>();
    for (const s of slots) {
      const t = totals.get(s.itemId) ?? { stock: 0, unknown: 0 };
      t.stock += s.quantity;
      if (s.lotUnknown && s.quantity !== 0) t.unknown += 1;
      totals.set(s.itemId, t);
    }
    return [...items.values()]
      .map((item) => ({ item, stock: totals.get(item.id)?.stock ?? 0, unknownLotSlots: totals.get(item.id)?.unknown ?? 0 }))
      .sort((a, b) => a.item.sku.localeCompare(b.item.sku));
  });
}

/** Slots with an open count task (R2, C2), by location code. */
export function countTasks(db: ReplicaDb): Promise<CountTask[]> {
  return db.transaction('r', db.itemBlocks, db.slotBlocks, db.overlayItems, db.locations, async () => {
    const { items, slots } = await stockView(db);
    const open = slots.filter((s) => s.needsCount);
    const locations = await db.locations.bulkGet([...new Set(open.map((s) => s.locationId))]);
    const byId = new Map(locations.filter((l): l is Location => l !== undefined).map((l) => [l.id, l]));
    return open
      .map((slot) => ({ slot, item: items.get(slot.itemId) ?? null, location: byId.get(slot.locationId) ?? null }))
      .sort((a, b) => (a.location?.code ?? '').localeCompare(b.location?.code ?? '') || (a.item?.sku ?? '').localeCompare(b.item?.sku ?? ''));
  });
}

/** Every serial of the view with its item and where it is, by serial number. */
export function allSerialRows(db: ReplicaDb): Promise<SerialRow[]> {
  return db.transaction('r', [db.itemBlocks, db.slotBlocks, db.overlayItems, db.locations, db.serials, db.overlaySerials], async () => {
    const [{ items, slots }, server, overlay, locations] = await Promise.all([
      stockView(db), db.serials.toArray(), db.overlaySerials.toArray(), db.locations.toArray(),
    ]);
    const serials = new Map(server.map((s) => [s.id, s]));
    for (const s of overlay) serials.set(s.id, s);
    const slotById = new Map(slots.map((s) => [s.id, s]));
    const codeOf = new Map(locations.map((l) => [l.id, l.code]));
    return [...serials.values()]
      .map((serial) => {
        const slot = serial.slotId === null ? undefined : slotById.get(serial.slotId);
        return {
          serial,
          item: items.get(serial.itemId) ?? null,
          locationCode: slot ? codeOf.get(slot.locationId) ?? null : null,
          condition: slot ? slot.condition : null,
        };
      })
      .sort((a, b) => a.serial.serial.localeCompare(b.serial.serial));
  });
}

export interface ItemDetail {
  row: ItemOverview;
  slots: SlotView[];
  /** Units in the item's slots (serialized items). */
  serials: Serial[];
}

/** One item with its slots (and their locations) and the serials in them; null when unknown. */
export function itemDetail(db: ReplicaDb, itemId: string): Promise<ItemDetail | null> {
  return db.transaction('r', [db.itemBlocks, db.slotBlocks, db.overlayItems, db.locations, db.serials, db.overlaySerials], async () => {
    const [record] = await itemRecordsById(db, [itemId]);
    if (!record?.item) return null;
    const slots = await slotsOfItem(db, itemId);
    const serials = await serialsInSlots(db, slots.map((s) => s.id));
    const stock = record.slots.reduce((sum, s) => sum + s.quantity, 0);
    const unknownLotSlots = record.slots.filter((s) => s.lotUnknown && s.quantity !== 0).length;
    return { row: { item: record.item, stock, unknownLotSlots }, slots, serials: serials.sort((a, b) => a.serial.localeCompare(b.serial)) };
  });
}

/** One serial (by row id) with its item and where it is; null when unknown. */
export function serialDetail(db: ReplicaDb, serialId: string): Promise<SerialRow | null> {
  return db.transaction('r', [db.itemBlocks, db.slotBlocks, db.overlayItems, db.locations, db.serials, db.overlaySerials], async () => {
    const [serial] = await getMerged(db.serials, db.overlaySerials, [serialId]);
    if (!serial) return null;
    const [record] = await itemRecordsById(db, [serial.itemId]);
    const slot = serial.slotId === null ? undefined : record?.slots.find((s) => s.id === serial.slotId);
    const location = slot ? await db.locations.get(slot.locationId) : undefined;
    return { serial, item: record?.item ?? null, locationCode: location?.code ?? null, condition: slot ? slot.condition : null };
  });
}
