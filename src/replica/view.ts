// Reads of the optimistic view (C4): a row changed by a pending operation is
// in the overlay table and wins over the server's row with the same id.
// Plain Dexie reads, so live queries re-run when either table changes.
import type { IndexableType, Table } from 'dexie';
import { settingsWithDefaults, skuKey, type LotException, type Serial, type Settings } from '../domain';
import { gtinKeys, serverItems, serverItemsByKeys, serverSlotsOf } from './blocks';
import type { ItemRecord, ReplicaDb } from './db';
import { getMeta, META } from './meta';

type Row = { id: string };

function dedupe<T extends Row>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

/** Rows whose `index` matches any key, overlay first; a server row shadowed by its overlay row is left out. */
export async function lookupMerged<T extends Row>(
  server: Table<T, string>, overlay: Table<T, string>, index: string, keys: IndexableType[],
): Promise<T[]> {
  if (keys.length === 0) return [];
  const [fromOverlay, fromServer] = await Promise.all([
    overlay.where(index).anyOf(keys).toArray(),
    server.where(index).anyOf(keys).toArray(),
  ]);
  const over = new Set(fromOverlay.map((r) => r.id));
  const candidates = dedupe(fromServer.filter((r) => !over.has(r.id)));
  // The overlay version of a server row may no longer match the key (e.g. a slot moved on).
  const shadows = await overlay.bulkGet(candidates.map((r) => r.id));
  return [...dedupe(fromOverlay), ...candidates.filter((_, i) => shadows[i] === undefined)];
}

/** Rows by id, overlay over server, in the order asked (missing ids left out). */
export async function getMerged<T extends Row>(server: Table<T, string>, overlay: Table<T, string>, ids: string[]): Promise<T[]> {
  if (ids.length === 0) return [];
  const [over, base] = await Promise.all([overlay.bulkGet(ids), server.bulkGet(ids)]);
  return ids.map((_, i) => over[i] ?? base[i]).filter((r): r is T => r !== undefined);
}

/** Items with all their slots, by id: the overlay's record, else one built from the server's blocks. */
export async function itemRecordsById(db: ReplicaDb, ids: string[]): Promise<ItemRecord[]> {
  if (ids.length === 0) return [];
  const over = await db.overlayItems.bulkGet(ids);
  const rest = ids.filter((_, i) => over[i] === undefined);
  const [items, slots] = await Promise.all([serverItems(db, rest), serverSlotsOf(db, rest)]);
  const built = new Map<string, ItemRecord>();
  for (const id of rest) {
    const own = slots.filter((s) => s.itemId === id);
    const item = items.get(id) ?? null;
    if (item || own.length > 0) built.set(id, withKeys({ id, item, slots: own }));
  }
  return ids.map((id, i) => over[i] ?? built.get(id)).filter((r): r is ItemRecord => r !== undefined);
}

/** Items as scanned: SKU (any case) or a GTIN in any of its printed lengths. */
export async function itemRecordsByRef(db: ReplicaDb, refs: string[]): Promise<ItemRecord[]> {
  const skus = [...new Set(refs.map(skuKey).filter((s) => s !== ''))];
  const gtins = gtinKeys(refs);
  if (skus.length === 0 && gtins.length === 0) return [];
  const [bySku, byGtin, fromServer] = await Promise.all([
    skus.length ? db.overlayItems.where('sku').anyOf(skus).toArray() : Promise.resolve([]),
    gtins.length ? db.overlayItems.where('gtins').anyOf(gtins).toArray() : Promise.resolve([]),
    serverItemsByKeys(db, skus, gtins),
  ]);
  // A server item with an overlay record is represented by that record (found above if it still matches).
  const shadows = await db.overlayItems.bulkGet(fromServer.map((i) => i.id));
  const serverOnly = fromServer.filter((_, i) => shadows[i] === undefined).map((i) => i.id);
  return dedupe([...bySku, ...byGtin, ...(await itemRecordsById(db, serverOnly))]);
}

export function serialsByNumber(db: ReplicaDb, serials: string[]): Promise<Serial[]> {
  return lookupMerged(db.serials, db.overlaySerials, 'serial', serials);
}

export function serialsInSlots(db: ReplicaDb, slotIds: string[]): Promise<Serial[]> {
  return lookupMerged(db.serials, db.overlaySerials, 'slotId', slotIds);
}

export function exceptionsById(db: ReplicaDb, ids: string[]): Promise<LotException[]> {
  return getMerged(db.exceptions, db.overlayExceptions, ids);
}

export async function viewSettings(db: ReplicaDb): Promise<Settings> {
  const [over, base] = await Promise.all([
    getMeta<Settings>(db, META.overlaySettings), getMeta<Settings>(db, META.settings),
  ]);
  // Rows written before a settings group existed get its defaults.
  return settingsWithDefaults(over ?? base);
}

/** The keys an item record is found by, recomputed whenever its item or slots change. */
export function withKeys(record: Pick<ItemRecord, 'id' | 'item' | 'slots'>): ItemRecord {
  const item = record.item;
  return {
    id: record.id,
    item,
    slots: record.slots,
    sku: item ? skuKey(item.sku) : '',
    gtins: item ? gtinKeys(item.gtins) : [],
    locations: [...new Set(record.slots.map((s) => s.locationId))],
  };
}
