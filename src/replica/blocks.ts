// Server items and slots, stored in blocks (see db.ts for why). Reads find
// blocks by a multiEntry index and pick the rows inside; writes replace a row
// in the block that already holds it and put new rows into new blocks, so a
// row is never in two blocks.
import { skuKey, toGtin14, type Item, type Slot } from '../domain';
import type { Table } from 'dexie';
import { BLOCK_SIZE, type ItemBlock, type ReplicaDb, type SlotBlock } from './db';

export const gtinKeys = (gtins: readonly string[]): string[] =>
  [...new Set(gtins.map(toGtin14).filter((g): g is string => g !== null))];

function itemBlock(id: string, items: Item[]): ItemBlock {
  return {
    id, items, itemIds: items.map((i) => i.id), skus: [...new Set(items.map((i) => skuKey(i.sku)))], gtins: gtinKeys(items.flatMap((i) => i.gtins)),
  };
}

function slotBlock(id: string, slots: Slot[]): SlotBlock {
  return { id, slots, itemIds: [...new Set(slots.map((s) => s.itemId))], locations: [...new Set(slots.map((s) => s.locationId))] };
}

/**
 * The blocks whose multiEntry `index` holds any of `keys`. One getAllKeys per
 * key, all issued at once: IndexedDB pipelines them, where Dexie's anyOf walks
 * one cursor step per key, each a round trip (measured: 40,000 slots with
 * random item ids took 12 s with anyOf).
 */
async function blocksHolding<T extends { id: string }>(table: Table<T, string>, index: string, keys: string[]): Promise<T[]> {
  if (keys.length === 0) return [];
  if (keys.length > 8) {
    // One request tells whether any key of the page can be there at all.
    const sorted = [...keys].sort();
    const inRange = await table.where(index).between(sorted[0]!, sorted[sorted.length - 1]!, true, true).count();
    if (inRange === 0) return [];
  }
  const idLists = await Promise.all([...new Set(keys)].map((k) => table.where(index).equals(k).primaryKeys()));
  const ids = [...new Set(idLists.flat())];
  if (ids.length === 0) return [];
  return (await table.bulkGet(ids)).filter((b): b is T => b !== undefined);
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BLOCK_SIZE) out.push(rows.slice(i, i + BLOCK_SIZE));
  return out;
}

/** Later rows with the same id win (a pull may repeat a row). */
function lastById<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * `fresh`: the page belongs to a first sync that started from an empty replica
 * and pages without repeats (pull.ts on the server), so no row can be stored
 * yet and the look-up of holding blocks is skipped.
 */
export async function writeItems(db: ReplicaDb, rows: Item[], fresh: boolean): Promise<void> {
  if (rows.length === 0) return;
  const incoming = lastById(rows);
  const holders = fresh ? [] : await blocksHolding(db.itemBlocks, 'itemIds', [...incoming.keys()]);
  const changed: ItemBlock[] = [];
  for (const block of uniqueBlocks(holders)) {
    const items = block.items.map((i) => {
      const next = incoming.get(i.id);
      if (next) incoming.delete(i.id);
      return next ?? i;
    });
    changed.push(itemBlock(block.id, items));
  }
  for (const chunk of chunks([...incoming.values()])) changed.push(itemBlock(crypto.randomUUID(), chunk));
  await db.itemBlocks.bulkPut(changed);
}

export async function writeSlots(db: ReplicaDb, rows: Slot[], fresh: boolean): Promise<void> {
  if (rows.length === 0) return;
  const incoming = lastById(rows);
  // A slot's item never changes, so the block holding a slot is among its item's blocks.
  const holders = fresh ? [] : await blocksHolding(db.slotBlocks, 'itemIds', rows.map((s) => s.itemId));
  const changed: SlotBlock[] = [];
  for (const block of uniqueBlocks(holders)) {
    if (!block.slots.some((s) => incoming.has(s.id))) continue;
    const slots = block.slots.map((s) => {
      const next = incoming.get(s.id);
      if (next) incoming.delete(s.id);
      return next ?? s;
    });
    changed.push(slotBlock(block.id, slots));
  }
  for (const chunk of chunks([...incoming.values()])) changed.push(slotBlock(crypto.randomUUID(), chunk));
  await db.slotBlocks.bulkPut(changed);
}

function uniqueBlocks<T extends { id: string }>(blocks: T[]): T[] {
  return [...lastById(blocks).values()];
}

/** Server items by id. */
export async function serverItems(db: ReplicaDb, ids: string[]): Promise<Map<string, Item>> {
  if (ids.length === 0) return new Map();
  const wanted = new Set(ids);
  const blocks = await blocksHolding(db.itemBlocks, 'itemIds', ids);
  return new Map(blocks.flatMap((b) => b.items).filter((i) => wanted.has(i.id)).map((i) => [i.id, i]));
}

/** Server slots of the given items. */
export async function serverSlotsOf(db: ReplicaDb, itemIds: string[]): Promise<Slot[]> {
  if (itemIds.length === 0) return [];
  const wanted = new Set(itemIds);
  const blocks = await blocksHolding(db.slotBlocks, 'itemIds', itemIds);
  return [...lastById(blocks.flatMap((b) => b.slots).filter((s) => wanted.has(s.itemId))).values()];
}

export async function serverSlotsAt(db: ReplicaDb, locationId: string): Promise<Slot[]> {
  const blocks = await db.slotBlocks.where('locations').equals(locationId).toArray();
  return blocks.flatMap((b) => b.slots).filter((s) => s.locationId === locationId);
}

/** Server items whose lower-cased SKU is one of `skus` or that carry one of the GTIN-14s. */
export async function serverItemsByKeys(db: ReplicaDb, skus: string[], gtins: string[]): Promise<Item[]> {
  const [bySku, byGtin] = await Promise.all([
    blocksHolding(db.itemBlocks, 'skus', skus),
    blocksHolding(db.itemBlocks, 'gtins', gtins),
  ]);
  const skuSet = new Set(skus);
  const gtinSet = new Set(gtins);
  const items = uniqueBlocks([...bySku, ...byGtin]).flatMap((b) => b.items)
    .filter((i) => skuSet.has(skuKey(i.sku)) || gtinKeys(i.gtins).some((g) => gtinSet.has(g)));
  return [...lastById(items).values()];
}

/** Server items whose SKU starts with `prefix` (lower case). */
export async function serverItemsBySkuPrefix(db: ReplicaDb, prefix: string, limit: number): Promise<Item[]> {
  const blocks = await db.itemBlocks.where('skus').startsWith(prefix).limit(limit).toArray();
  return [...lastById(uniqueBlocks(blocks).flatMap((b) => b.items).filter((i) => skuKey(i.sku).startsWith(prefix))).values()];
}

/** A scan over every server item, stopping at `limit` matches (100 items per record read). */
export async function scanServerItems(db: ReplicaDb, match: (item: Item) => boolean, limit: number): Promise<Item[]> {
  const found: Item[] = [];
  await db.itemBlocks.toCollection().until(() => found.length >= limit).each((block) => {
    for (const item of block.items) if (found.length < limit && match(item)) found.push(item);
  });
  return found;
}

/**
 * Items with a server slot holding `lot`. Slots carry no lot index, so this
 * walks every slot block: for home's look-up of a code nothing else matched,
 * never for a step's scan.
 */
export async function serverItemIdsHoldingLot(db: ReplicaDb, lot: string): Promise<string[]> {
  const ids = new Set<string>();
  await db.slotBlocks.each((block) => {
    for (const s of block.slots) if (s.lot === lot) ids.add(s.itemId);
  });
  return [...ids];
}
