// What screens read. Everything reads the OPTIMISTIC view: server rows with
// this device's pending operations re-applied (C4). Each function is a plain
// Dexie read in one read transaction, for useLiveQuery.
import {
  findItemByCode, skuKey, type Item, type Location, type LotException, type Serial, type Settings, type Slot,
} from '../domain';
import { scanServerItems, serverItemsBySkuPrefix, serverSlotsAt } from './blocks';
import type { ReplicaDb } from './db';
import { itemRecordsById, itemRecordsByRef, serialsByNumber, serialsInSlots, viewSettings } from './view';

export { outboxEntries, attentionItems, discardRejected, resendRejected } from './attention';
export type { OutboxEntry, AttentionItem } from './attention';

export interface SlotView extends Slot {
  location: Location;
  /** capacity - quantity, never below 0. */
  free: number;
}

/** The item a scanned or typed code names: the domain's findItemByCode over the view. */
export function findItem(db: ReplicaDb, scanned: string): Promise<Item | undefined> {
  const key = scanned.trim();
  if (key === '') return Promise.resolve(undefined);
  return db.transaction('r', db.itemBlocks, db.slotBlocks, db.overlayItems, async () => {
    const records = await itemRecordsByRef(db, [key]);
    return findItemByCode(records.map((r) => r.item).filter((i): i is Item => !!i), key);
  });
}

/**
 * SKU prefix matches first (index), then name substring matches (a scan of
 * item blocks, 100 items per record, stopping at `limit`: fine for a debounced
 * search box).
 */
export function searchItems(db: ReplicaDb, text: string, limit = 20): Promise<Item[]> {
  const needle = text.trim().toLowerCase();
  if (needle === '') return Promise.resolve([]);
  return db.transaction('r', db.itemBlocks, db.slotBlocks, db.overlayItems, async () => {
    const overlaid = new Map((await db.overlayItems.toArray()).map((r) => [r.id, r.item]));
    // The view of an item: its overlay version when it has one.
    const visible = (items: Item[]) => items.map((i) => (overlaid.has(i.id) ? overlaid.get(i.id) : i)).filter((i): i is Item => !!i);
    const ofOverlay = [...overlaid.values()].filter((i): i is Item => i !== null);
    const bySku = [
      ...visible(await serverItemsBySkuPrefix(db, needle, limit)),
      ...ofOverlay.filter((i) => skuKey(i.sku).startsWith(needle)),
    ].filter((i) => skuKey(i.sku).startsWith(needle)).sort((a, b) => a.sku.localeCompare(b.sku));
    const found = new Map(bySku.map((i) => [i.id, i]));
    const byName = (i: Item) => !found.has(i.id) && i.name.toLowerCase().includes(needle);
    for (const i of ofOverlay.filter(byName)) found.set(i.id, i);
    if (found.size < limit) {
      const more = await scanServerItems(db, (i) => !overlaid.has(i.id) && byName(i), limit - found.size);
      for (const i of more) found.set(i.id, i);
    }
    return [...found.values()].slice(0, limit);
  });
}

/** By the code printed on the label (exact; then ignoring case). */
export async function findLocation(db: ReplicaDb, code: string): Promise<Location | undefined> {
  const key = code.trim();
  if (key === '') return undefined;
  return (await db.locations.where('code').equals(key).first())
    ?? db.locations.where('code').equalsIgnoreCase(key).first();
}

/** The receiving docks in use (issue 16: where a restock puts what no shelf can take), by code. */
export async function receivingDocks(db: ReplicaDb): Promise<Location[]> {
  const docks = await db.locations.filter((l) => l.type === 'receiving' && l.active).toArray();
  return docks.sort((a, b) => a.code.localeCompare(b.code));
}

export function slotsOfItem(db: ReplicaDb, itemId: string): Promise<SlotView[]> {
  return db.transaction('r', db.itemBlocks, db.slotBlocks, db.overlayItems, db.locations, async () => {
    const [record] = await itemRecordsById(db, [itemId]);
    return record ? slotViews(db, record.slots) : [];
  });
}

/** The items with these ids, by id (the count's slot list). */
export function itemsById(db: ReplicaDb, ids: readonly string[]): Promise<Map<string, Item>> {
  return db.transaction('r', db.itemBlocks, db.slotBlocks, db.overlayItems, async () => {
    const records = await itemRecordsById(db, [...new Set(ids)]);
    return new Map(records.flatMap((r) => (r.item ? [[r.item.id, r.item] as const] : [])));
  });
}

export interface SlotWithItem {
  slot: SlotView;
  item: Item;
}

/** Stock in one location with each slot's item (the item steps of move and putaway). */
export function stockAt(db: ReplicaDb, locationId: string): Promise<SlotWithItem[]> {
  return db.transaction('r', db.itemBlocks, db.slotBlocks, db.overlayItems, db.locations, async () => {
    const slots = await slotsAtLocation(db, locationId);
    const items = await itemsById(db, slots.map((s) => s.itemId));
    return slots.flatMap((slot) => {
      const item = items.get(slot.itemId);
      return item ? [{ slot, item }] : [];
    });
  });
}

/** Slots of every item in one location (count and move screens). */
export function slotsAtLocation(db: ReplicaDb, locationId: string): Promise<SlotView[]> {
  return db.transaction('r', db.slotBlocks, db.overlayItems, db.locations, async () => {
    const [fromServer, overlaid, fromOverlay] = await Promise.all([
      serverSlotsAt(db, locationId),
      db.overlayItems.toCollection().primaryKeys(),
      db.overlayItems.where('locations').equals(locationId).toArray(),
    ]);
    // An item with an overlay record shows the overlay's slots only.
    const shadowed = new Set(overlaid);
    const slots = [...fromServer.filter((s) => !shadowed.has(s.itemId)), ...fromOverlay.flatMap((r) => r.slots)];
    return slotViews(db, slots.filter((s) => s.locationId === locationId));
  });
}

async function slotViews(db: ReplicaDb, slots: Slot[]): Promise<SlotView[]> {
  const locations = await db.locations.bulkGet([...new Set(slots.map((s) => s.locationId))]);
  const byId = new Map(locations.filter((l): l is Location => l !== undefined).map((l) => [l.id, l]));
  return slots
    .flatMap((slot) => {
      const location = byId.get(slot.locationId);
      return location ? [{ ...slot, location, free: Math.max(0, slot.capacity - slot.quantity) }] : [];
    })
    .sort((a, b) => a.location.code.localeCompare(b.location.code) || a.condition.localeCompare(b.condition));
}

/** A serial by its printed number; an in-stock unit first when two items share a number. */
export function findSerial(db: ReplicaDb, serial: string): Promise<Serial | undefined> {
  const key = serial.trim();
  if (key === '') return Promise.resolve(undefined);
  return db.transaction('r', db.serials, db.overlaySerials, async () => {
    const found = await serialsByNumber(db, [key]);
    return found.find((s) => s.status === 'in-stock') ?? found[0];
  });
}

/** R13: the serials in stock in one slot (an overlay row that moved a unit elsewhere wins). */
export function serialsInStockAt(db: ReplicaDb, slotId: string): Promise<Serial[]> {
  return db.transaction('r', db.serials, db.overlaySerials, async () =>
    (await serialsInSlots(db, [slotId])).filter((s) => s.status === 'in-stock' && s.slotId === slotId));
}

export interface WarehouseException {
  exception: LotException;
  locationCode: string | null;
}

/**
 * Open exceptions anywhere in the warehouse (not only this device's), so every
 * operator sees that a slot is in doubt before working on it; by location code.
 */
export function openWarehouseExceptions(db: ReplicaDb): Promise<WarehouseException[]> {
  return db.transaction('r', db.exceptions, db.overlayExceptions, db.locations, async () => {
    const [server, overlay] = await Promise.all([db.exceptions.toArray(), db.overlayExceptions.toArray()]);
    // The view of an exception: its overlay version when it has one (C4).
    const merged = new Map(server.map((e) => [e.id, e]));
    for (const e of overlay) merged.set(e.id, e);
    const open = [...merged.values()].filter((e) => e.status === 'open');
    const locations = await db.locations.bulkGet(open.map((e) => e.locationId ?? ''));
    return open
      .map((exception, i) => ({ exception, locationCode: locations[i]?.code ?? null }))
      .sort((a, b) => (a.locationCode ?? '').localeCompare(b.locationCode ?? '') || a.exception.id.localeCompare(b.exception.id));
  });
}

export function getSettings(db: ReplicaDb): Promise<Settings> {
  return viewSettings(db);
}
