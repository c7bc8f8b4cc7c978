// Orders on the device: open purchase orders to receive against and open pick
// lists to work through, as last pulled, with this device's own unconfirmed
// operations added on top (C4): a restock naming an order counts as received
// and a pick naming a list line counts as picked the moment it is saved,
// offline too. Once the server's outcome is pulled the operation leaves the
// outbox and the pulled order carries it instead.
//
// Plain Dexie reads in one read transaction, for useLiveQuery.
import {
  addPicked, pickListRefOf, purchaseOrderOf, remainingToPick, spreadReceived, findItemByCode, type Item, type PickList, type PickListLine, type PurchaseOrder, type PurchaseOrderLine,
} from '../domain';
import type { OutboxRow, ReplicaDb } from './db';
import { itemRecordsByRef } from './view';

export interface PurchaseOrderView extends PurchaseOrder {
  lines: (PurchaseOrderLine & { /** received minus expected; negative while units are still due */ remaining: number })[];
}

export interface PickListView extends PickList {
  lines: (PickListLine & { remaining: number })[];
}

interface RestockLike { item?: unknown; lines?: { quantity?: unknown }[] }

/** Outbox entries not yet decided by the server (rejected ones changed nothing). */
function unconfirmed(rows: OutboxRow[], type: string): OutboxRow[] {
  return rows.filter((r) => r.type === type && r.state !== 'rejected');
}

async function receivedPending(db: ReplicaDb, orders: PurchaseOrder[]): Promise<Map<string, number>> {
  const numbers = new Set(orders.map((o) => o.number));
  const restocks = unconfirmed(await db.outbox.toArray(), 'restock')
    .map((r) => ({ order: purchaseOrderOf(r.payload), payload: r.payload as RestockLike }))
    .filter((r): r is { order: string; payload: RestockLike } => r.order !== null && numbers.has(r.order) && typeof r.payload.item === 'string');
  if (restocks.length === 0) return new Map();
  // The payload names the item as scanned (SKU or GTIN): resolved as the view does.
  const records = await itemRecordsByRef(db, [...new Set(restocks.map((r) => r.payload.item as string))]);
  const items = records.map((r) => r.item).filter((i): i is Item => !!i);
  const pending = new Map<string, number>();
  for (const { order, payload } of restocks) {
    const itemId = findItemByCode(items, payload.item as string)?.id;
    if (!itemId) continue;
    const quantity = (payload.lines ?? []).reduce((sum, l) => sum + (typeof l.quantity === 'number' ? l.quantity : 0), 0);
    const key = `${order}\u0000${itemId}`;
    pending.set(key, (pending.get(key) ?? 0) + quantity);
  }
  return pending;
}

/** Pulled received counts plus this device's unconfirmed restocks, spread over an item's lines as the server does. */
async function viewOrders(db: ReplicaDb, orders: PurchaseOrder[]): Promise<PurchaseOrderView[]> {
  const pending = await receivedPending(db, orders);
  return orders.map((order) => {
    // The server's figure per line stands; the device's own extra units fill lines in order.
    const lines = spreadReceived(order.lines, (itemId) => pending.get(`${order.number}\u0000${itemId}`) ?? 0);
    return { ...order, lines: lines.map((l) => ({ ...l, remaining: l.received - l.quantity })) };
  });
}

function sortByNumber<T extends { number: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }));
}

/** Open purchase orders, by number; `itemId` keeps those with a line for that item. */
export function openPurchaseOrders(db: ReplicaDb, itemId?: string): Promise<PurchaseOrderView[]> {
  return db.transaction('r', [db.purchaseOrders, db.outbox, db.itemBlocks, db.slotBlocks, db.overlayItems], async () => {
    const orders = (await db.purchaseOrders.where('status').equals('open').toArray())
      .filter((o) => itemId === undefined || o.lines.some((l) => l.itemId === itemId));
    return viewOrders(db, sortByNumber(orders));
  });
}

/** One open purchase order by its number as printed or typed (exact), or undefined. */
export function purchaseOrderByNumber(db: ReplicaDb, number: string): Promise<PurchaseOrderView | undefined> {
  return db.transaction('r', [db.purchaseOrders, db.outbox, db.itemBlocks, db.slotBlocks, db.overlayItems], async () => {
    const order = await db.purchaseOrders.where('number').equals(number.trim()).first();
    return order ? (await viewOrders(db, [order]))[0] : undefined;
  });
}

async function viewLists(db: ReplicaDb, lists: PickList[]): Promise<PickListView[]> {
  const picked = new Map<string, number>();
  for (const row of unconfirmed(await db.outbox.toArray(), 'pick')) {
    const ref = pickListRefOf(row.payload);
    if (ref === null) continue;
    const key = `${ref.number}\u0000${ref.line}`;
    const quantity = (row.payload as { quantity?: unknown }).quantity;
    picked.set(key, (picked.get(key) ?? 0) + (typeof quantity === 'number' ? quantity : 0));
  }
  return lists.map((list) => {
    const withMine = addPicked(list, (line) => picked.get(`${list.number}\u0000${line}`) ?? 0);
    return { ...withMine, lines: withMine.lines.map((l) => ({ ...l, remaining: remainingToPick(l) })) };
  });
}

/** Open pick lists, by number. */
export function openPickLists(db: ReplicaDb): Promise<PickListView[]> {
  return db.transaction('r', [db.pickLists, db.outbox], async () =>
    viewLists(db, sortByNumber(await db.pickLists.where('status').equals('open').toArray())));
}

/** One open pick list by its number, or undefined. */
export function pickListByNumber(db: ReplicaDb, number: string): Promise<PickListView | undefined> {
  return db.transaction('r', [db.pickLists, db.outbox], async () => {
    const list = await db.pickLists.where('number').equals(number.trim()).first();
    return list ? (await viewLists(db, [list]))[0] : undefined;
  });
}
