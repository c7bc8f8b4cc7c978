// R12, R15: the recall view of one lot. Where it is now (slots holding it, and
// serials of it), every transaction it went through, the picks that took it
// with their pick lists and shipments (who got it), and every shipment line
// that recorded it at packing.
import { z } from 'zod';
import type { Queryable } from '../db/connection';
import { parseScan, toGtin14, type Recall } from '../domain';
import { HttpError } from '../http/errors';
import { filter, formatParam } from './query-params';
import { listTransactions } from './transactions-report';

export type { Recall };

/** A lot that went through more movements than this is answered in part (`transactionsTotal` says how many). */
export const RECALL_TRANSACTIONS_CAP = 20_000;

export const recallQuery = z.object({
  lot: filter,
  item: filter,
  scan: z.string().max(500).optional(),
  format: formatParam,
});
export type RecallQuery = z.infer<typeof recallQuery>;

/** The lot and item the request names: typed, or read from a scanned GS1 code ((01) item, (10) lot). */
export async function recallTarget(db: Queryable, q: RecallQuery): Promise<{ lot: string; itemId: string | null }> {
  let lot = q.lot;
  let itemRef = q.item;
  let gtin: string | null = null;
  if (q.scan !== undefined && q.scan.trim() !== '') {
    const scan = parseScan(q.scan);
    if (!scan.ok) throw new HttpError(400, 'bad-scan', `the scan could not be read: ${scan.message}`);
    if (scan.kind !== 'gs1' || scan.lot === undefined) {
      throw new HttpError(400, 'scan-without-lot', 'this scan carries no lot (GS1 AI 10): scan the label with the batch/lot, or type the lot');
    }
    lot = scan.lot;
    gtin = scan.gtin ?? null;
  }
  if (lot === undefined) throw new HttpError(400, 'lot-required', 'give a lot (?lot=) or a scanned GS1 code with a lot (?scan=)');
  if (gtin !== null) {
    const found = (await db.query<{ id: string }>('SELECT item_id AS id FROM item_gtins WHERE gtin14 = $1', [gtin])).rows[0];
    if (!found) throw new HttpError(400, 'unknown-item', `no item has the GTIN ${gtin} of this scan`, { item: gtin });
    return { lot, itemId: found.id };
  }
  if (itemRef === undefined) return { lot, itemId: null };
  const gtin14 = toGtin14(itemRef);
  const found = (await db.query<{ id: string }>(
    `SELECT id FROM items WHERE sku = $1 OR id = $1 OR id IN (SELECT item_id FROM item_gtins WHERE gtin14 = $2) LIMIT 1`,
    [itemRef, gtin14],
  )).rows[0];
  if (!found) throw new HttpError(400, 'unknown-item', `unknown item ${itemRef}`, { item: itemRef });
  itemRef = found.id;
  return { lot, itemId: itemRef };
}

export async function recall(db: Queryable, lot: string, itemId: string | null): Promise<Recall> {
  const params: [string, string | null] = [lot, itemId];
  const itemIs = (column: string) => `($2::text IS NULL OR ${column} = $2::text)`;
  const items = (await db.query<Recall['items'][number]>(
    `SELECT i.id AS "itemId", i.sku, i.name FROM items i
      WHERE i.id IN (SELECT item_id FROM slots WHERE lot = $1 UNION SELECT item_id FROM serials WHERE lot = $1
                     UNION SELECT item_id FROM transactions WHERE lot = $1 UNION SELECT item_id FROM shipment_lines WHERE lot = $1)
        AND ${itemIs('i.id')}
      ORDER BY i.sku`, params,
  )).rows;
  // Non-serialized stock holds its lot on the slot (R3); serialized stock on each serial (R13).
  const now = (await db.query<Recall['now'][number]>(
    `SELECT s.id AS "slotId", s.item_id AS "itemId", i.sku, s.location_id AS "locationId", l.code AS "locationCode",
            s.condition, s.quantity
       FROM slots s JOIN items i ON i.id = s.item_id JOIN locations l ON l.id = s.location_id
      WHERE s.lot = $1 AND NOT s.lot_unknown AND s.quantity <> 0 AND NOT i.serialized AND ${itemIs('s.item_id')}
     UNION ALL
     SELECT s.id, s.item_id, i.sku, s.location_id, l.code, s.condition, count(*)::int
       FROM serials n JOIN slots s ON s.id = n.slot_id JOIN items i ON i.id = s.item_id JOIN locations l ON l.id = s.location_id
      WHERE n.lot = $1 AND n.status = 'in-stock' AND ${itemIs('n.item_id')}
      GROUP BY s.id, s.item_id, i.sku, s.location_id, l.code, s.condition
      ORDER BY 5, 3, 6`, params,
  )).rows;
  const serials = (await db.query<Recall['serials'][number]>(
    `SELECT n.serial, n.item_id AS "itemId", i.sku, n.status, n.lot,
            CASE WHEN n.status = 'in-stock' THEN l.code END AS "locationCode"
       FROM serials n JOIN items i ON i.id = n.item_id
       LEFT JOIN slots s ON s.id = n.slot_id LEFT JOIN locations l ON l.id = s.location_id
      WHERE n.lot = $1 AND ${itemIs('n.item_id')}
      ORDER BY i.sku, n.serial`, params,
  )).rows;
  const filters = { lot, item: itemId ?? undefined, sort: 'recordedAt' as const, dir: 'asc' as const };
  const transactions = await listTransactions(db, filters, RECALL_TRANSACTIONS_CAP);
  const transactionsTotal = transactions.length < RECALL_TRANSACTIONS_CAP
    ? transactions.length
    : (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM transactions WHERE lot = $1 AND ${itemIs('item_id')}`, params)).rows[0]?.n ?? 0;
  // R15: the lot recorded at packing belongs to the shipment, whatever was picked.
  const shipments = (await db.query<Recall['shipments'][number]>(
    `SELECT sl.shipment, sl.item_id AS "itemId", i.sku, sl.quantity, sl.serial, sl.picked_lot AS "pickedLot",
            sl.lot_mismatch AS "lotMismatch", to_json(sl.recorded_at) #>> '{}' AS "recordedAt", sl.op_id::text AS "opId",
            u.name AS "userName"
       FROM shipment_lines sl JOIN items i ON i.id = sl.item_id
       JOIN operations o ON o.id = sl.op_id LEFT JOIN users u ON u.id = o.user_id
      WHERE sl.lot = $1 AND ${itemIs('sl.item_id')}
      ORDER BY sl.recorded_at, sl.id`, params,
  )).rows;
  const picks = await picksOfLot(db, params);
  return { lot, items, now, serials, transactions, transactionsTotal, shipments, picks };
}

/**
 * R12: who got the lot, from the picks that took it (the lot on the pick's
 * transaction: the slot's, or the one scanned on the goods). A pick names its
 * list as { number, line } (or, from older apps and free picks, a bare
 * reference); the list names the shipment, packed once a pack recorded it.
 */
async function picksOfLot(db: Queryable, params: [string, string | null]): Promise<Recall['picks']> {
  return (await db.query<Recall['picks'][number]>(
    `WITH picked AS (
       SELECT t.seq, t.item_id, t.location_id, t.serial, -t.quantity AS quantity, t.recorded_at, t.op_id, t.user_id,
              CASE jsonb_typeof(o.payload -> 'pickList')
                WHEN 'object' THEN o.payload -> 'pickList' ->> 'number'
                WHEN 'string' THEN NULLIF(btrim(o.payload ->> 'pickList'), '')
              END AS list,
              CASE WHEN jsonb_typeof(o.payload -> 'pickList' -> 'line') = 'number' THEN (o.payload -> 'pickList' ->> 'line')::int END AS line
         FROM transactions t JOIN operations o ON o.id = t.op_id
        WHERE t.type = 'pick' AND t.lot = $1 AND ($2::text IS NULL OR t.item_id = $2::text))
     SELECT k.item_id AS "itemId", i.sku, l.code AS "locationCode", k.quantity, k.serial,
            k.list AS "pickList", k.line, p.shipment,
            (p.shipment IS NOT NULL AND EXISTS (SELECT 1 FROM shipment_lines sl WHERE sl.shipment = p.shipment)) AS packed,
            to_json(k.recorded_at) #>> '{}' AS "recordedAt", k.op_id::text AS "opId", u.name AS "userName"
       FROM picked k JOIN items i ON i.id = k.item_id JOIN locations l ON l.id = k.location_id
       LEFT JOIN pick_lists p ON p.number = k.list LEFT JOIN users u ON u.id = k.user_id
      ORDER BY k.recorded_at, k.seq`, params,
  )).rows;
}
