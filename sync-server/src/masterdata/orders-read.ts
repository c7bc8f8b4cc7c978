// Orders as read by the API and pulled by devices, with what happened to them
// (the counting rule is src/domain/orders.ts; this file sums the operations):
// - received per purchase order line: the restock transactions of operations
//   whose payload names the order (payload.purchaseOrder), per item;
// - picked per pick list line: the quantities of pick operations naming the
//   list and line (payload.pickList = { number, line }), rejected ones not;
// - a pick list whose shipment was packed (shipment_lines) is 'packed'.
// Nothing of this is stored twice: a receipt cannot disagree with its order.
//
// Pull: an order must come again when its row changed OR an operation naming
// it was written since the cursor. Its change key is therefore the latest of
// both xids, which keeps the watermark argument of sync/pull.ts: every
// transaction that affected the row has an id at or below that key.
import type { Db, Queryable } from '../db/connection';
import { withReceivedUnits, type PickList, type PickListStatus, type PurchaseOrder } from '../domain';

type Pulled<T> = T & { changeXid: string };

const PO_COLUMNS = `o.id, o.number, o.supplier, o.expected_date::text AS "expectedDate", o.status,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('line', l.line, 'itemId', l.item_id, 'sku', i.sku, 'quantity', l.quantity)
           ORDER BY l.line), '[]')
     FROM purchase_order_lines l JOIN items i ON i.id = l.item_id WHERE l.order_id = o.id) AS lines`;

const PICK_STATUS = `CASE WHEN p.status = 'open' AND p.shipment IS NOT NULL
  AND EXISTS (SELECT 1 FROM shipment_lines s WHERE s.shipment = p.shipment) THEN 'packed' ELSE p.status END`;

const PL_COLUMNS = `p.id, p.number, p.shipment, ${PICK_STATUS} AS status,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('line', l.line, 'itemId', l.item_id, 'sku', i.sku, 'quantity', l.quantity,
           'locationId', l.location_id, 'locationCode', lo.code, 'location', lo.code) ORDER BY l.line), '[]')
     FROM pick_list_lines l JOIN items i ON i.id = l.item_id LEFT JOIN locations lo ON lo.id = l.location_id
    WHERE l.list_id = p.id) AS lines`;

type RawOrder<T extends { lines: unknown[] }> = Omit<T, 'lines'> & { lines: Omit<T['lines'][number], 'received' | 'picked'>[] };

async function withReceived<T extends RawOrder<PurchaseOrder>>(tx: Queryable, orders: T[]): Promise<(Omit<T, 'lines'> & PurchaseOrder)[]> {
  if (orders.length === 0) return [];
  const received = (await tx.query<{ number: string; itemId: string; quantity: number }>(
    `SELECT o.payload ->> 'purchaseOrder' AS number, t.item_id AS "itemId", sum(t.quantity)::int AS quantity
       FROM operations o JOIN transactions t ON t.op_id = o.id
      WHERE o.type = 'restock' AND (o.payload ->> 'purchaseOrder') = ANY($1::text[])
      GROUP BY 1, 2`,
    [orders.map((o) => o.number)],
  )).rows;
  const byKey = new Map(received.map((r) => [`${r.number}\u0000${r.itemId}`, r.quantity]));
  return orders.map((order) => withReceivedUnits(order, (itemId) => byKey.get(`${order.number}\u0000${itemId}`) ?? 0));
}

async function withPicked<T extends RawOrder<PickList>>(tx: Queryable, lists: T[]): Promise<(Omit<T, 'lines'> & PickList)[]> {
  if (lists.length === 0) return [];
  const picked = (await tx.query<{ number: string; line: number | null; quantity: number }>(
    `SELECT payload -> 'pickList' ->> 'number' AS number,
            CASE WHEN jsonb_typeof(payload -> 'pickList' -> 'line') = 'number' THEN (payload -> 'pickList' ->> 'line')::int END AS line,
            sum(CASE WHEN jsonb_typeof(payload -> 'quantity') = 'number' THEN (payload ->> 'quantity')::int ELSE 0 END)::int AS quantity
       FROM operations
      WHERE type = 'pick' AND outcome <> 'rejected' AND (payload -> 'pickList' ->> 'number') = ANY($1::text[])
      GROUP BY 1, 2`,
    [lists.map((l) => l.number)],
  )).rows;
  const byKey = new Map(picked.map((p) => [`${p.number}\u0000${p.line ?? ''}`, p.quantity]));
  return lists.map((list) => ({
    ...list,
    lines: list.lines.map((l) => ({ ...l, picked: byKey.get(`${list.number}\u0000${l.line}`) ?? 0 })),
  }));
}

export interface OrderQuery {
  status?: string | undefined;
  number?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listPurchaseOrders(db: Db, q: OrderQuery): Promise<{ rows: PurchaseOrder[]; total: number }> {
  const where = `($1 = '' OR o.status = $1) AND ($2 = '' OR o.number = $2)`;
  const params = [q.status ?? '', q.number?.trim() ?? ''];
  return db.transaction(async (tx) => {
    const rows = (await tx.query<RawOrder<PurchaseOrder>>(
      `SELECT ${PO_COLUMNS} FROM purchase_orders o WHERE ${where} ORDER BY o.number LIMIT $3 OFFSET $4`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    )).rows;
    const total = (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM purchase_orders o WHERE ${where}`, params)).rows[0]?.n ?? 0;
    return { rows: await withReceived(tx, rows), total };
  }, { isolation: 'repeatable read', readOnly: true });
}

export async function listPickLists(db: Db, q: OrderQuery): Promise<{ rows: PickList[]; total: number }> {
  const where = `($1 = '' OR ${PICK_STATUS} = $1) AND ($2 = '' OR p.number = $2)`;
  const params = [q.status ?? '', q.number?.trim() ?? ''];
  return db.transaction(async (tx) => {
    const rows = (await tx.query<RawOrder<PickList>>(
      `SELECT ${PL_COLUMNS} FROM pick_lists p WHERE ${where} ORDER BY p.number LIMIT $3 OFFSET $4`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    )).rows;
    const total = (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM pick_lists p WHERE ${where}`, params)).rows[0]?.n ?? 0;
    return { rows: await withPicked(tx, rows), total };
  }, { isolation: 'repeatable read', readOnly: true });
}

/** Where a page of one kind of pulled rows starts: after (xid, id). */
export interface PullWindow {
  from: string;
  after: { xid: string; id: string };
  limit: number;
}

/**
 * Purchase orders changed since `from`, by their change key. A first sync
 * (from 0) sends open orders only; later pulls send closed ones once, so a
 * device can drop them.
 */
export async function pullPurchaseOrders(tx: Queryable, w: PullWindow): Promise<Pulled<PurchaseOrder>[]> {
  const rows = (await tx.query<Pulled<RawOrder<PurchaseOrder>>>(
    `WITH touched AS (
       SELECT payload ->> 'purchaseOrder' AS number, max(change_xid) AS xid FROM operations
        WHERE type = 'restock' AND payload ? 'purchaseOrder' AND change_xid >= $1::xid8 GROUP BY 1),
     changed AS (
       SELECT o.*, GREATEST(o.change_xid, t.xid) AS key FROM purchase_orders o LEFT JOIN touched t ON t.number = o.number
        WHERE o.change_xid >= $1::xid8 OR t.xid IS NOT NULL)
     SELECT ${PO_COLUMNS}, o.key::text AS "changeXid" FROM changed o
      WHERE (o.key, o.id) > ($2::xid8, $3) AND ($1::xid8 > '0'::xid8 OR o.status = 'open')
      ORDER BY o.key, o.id LIMIT $4`,
    [w.from, w.after.xid, w.after.id, w.limit],
  )).rows;
  return withReceived(tx, rows);
}

/** Pick lists changed since `from`: their row, a pick naming them, or a pack of their shipment. */
export async function pullPickLists(tx: Queryable, w: PullWindow): Promise<Pulled<PickList>[]> {
  const rows = (await tx.query<Pulled<RawOrder<PickList>>>(
    `WITH picked AS (
       SELECT payload -> 'pickList' ->> 'number' AS number, max(change_xid) AS xid FROM operations
        WHERE type = 'pick' AND payload ? 'pickList' AND change_xid >= $1::xid8 GROUP BY 1),
     packed AS (
       SELECT payload ->> 'shipment' AS shipment, max(change_xid) AS xid FROM operations
        WHERE type = 'pack' AND change_xid >= $1::xid8 GROUP BY 1),
     changed AS (
       SELECT p.*, GREATEST(p.change_xid, k.xid, s.xid) AS key FROM pick_lists p
         LEFT JOIN picked k ON k.number = p.number LEFT JOIN packed s ON s.shipment = p.shipment
        WHERE p.change_xid >= $1::xid8 OR k.xid IS NOT NULL OR s.xid IS NOT NULL)
     SELECT ${PL_COLUMNS}, p.key::text AS "changeXid" FROM changed p
      WHERE (p.key, p.id) > ($2::xid8, $3) AND ($1::xid8 > '0'::xid8 OR ${PICK_STATUS} = 'open')
      ORDER BY p.key, p.id LIMIT $4`,
    [w.from, w.after.xid, w.after.id, w.limit],
  )).rows;
  return withPicked(tx, rows);
}

export interface ShipmentView {
  shipment: string;
  /** The pick list of this shipment, if one names it. */
  pickList: string | null;
  pickListStatus: PickListStatus | null;
  lines: {
    itemId: string; sku: string; quantity: number; lot: string | null; serial: string | null;
    pickedLot: string | null; lotMismatch: boolean; recordedAt: string;
  }[];
}

export async function listShipments(
  db: Db, q: { shipment?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: ShipmentView[]; total: number }> {
  const params = [q.shipment?.trim() ?? ''];
  const rows = (await db.query<ShipmentView>(
    `SELECT s.shipment,
            (SELECT p.number FROM pick_lists p WHERE p.shipment = s.shipment ORDER BY p.number LIMIT 1) AS "pickList",
            (SELECT ${PICK_STATUS} FROM pick_lists p WHERE p.shipment = s.shipment ORDER BY p.number LIMIT 1) AS "pickListStatus",
            jsonb_agg(jsonb_build_object('itemId', s.item_id, 'sku', i.sku, 'quantity', s.quantity, 'lot', s.lot, 'serial', s.serial,
              'pickedLot', s.picked_lot, 'lotMismatch', s.lot_mismatch, 'recordedAt', s.recorded_at) ORDER BY s.recorded_at, s.id) AS lines
       FROM shipment_lines s JOIN items i ON i.id = s.item_id
      WHERE ($1 = '' OR s.shipment = $1)
      GROUP BY s.shipment ORDER BY max(s.recorded_at) DESC, s.shipment LIMIT $2 OFFSET $3`,
    [...params, q.pageSize, (q.page - 1) * q.pageSize],
  )).rows;
  const total = (await db.query<{ n: number }>(
    `SELECT count(DISTINCT shipment)::int AS n FROM shipment_lines WHERE ($1 = '' OR shipment = $1)`, params,
  )).rows[0]?.n ?? 0;
  return { rows, total };
}
