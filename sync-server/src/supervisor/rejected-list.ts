// GET /api/supervisor/rejected (issue 16): the operations the server rejected
// (C3) from every device, newest first, a page at a time, so a supervisor
// sees what did not get recorded on any scanner, not only on their own. Each
// with its device (and name), who recorded it, when, and the item, location,
// quantity and lot it named. The partial index operations_rejected keeps it
// cheap however many operations were applied.
import { z } from 'zod';
import type { Queryable } from '../db/connection';
import { itemRefOf, locationOf, lotOf, quantityOf, type RejectedRow } from '../domain';
import { filter } from './query-params';

/** A page is bounded: a supervisor reads these, nobody exports them. */
export const REJECTED_MAX_PAGE_SIZE = 100;

export const rejectedQuery = z.object({
  page: z.coerce.number().int().positive().max(100_000).default(1),
  pageSize: z.coerce.number().int().positive().max(REJECTED_MAX_PAGE_SIZE).default(20),
  deviceId: filter,
});
export type RejectedQuery = z.infer<typeof rejectedQuery>;

interface Flat {
  opId: string; type: string; code: string | null; rule: string | null; details: Record<string, unknown> | null;
  deviceId: string; deviceName: string | null; userId: string; userName: string | null; pushedByName: string | null;
  deviceTime: string | null; receivedAt: string; payload: unknown; itemSku: string | null; itemName: string | null;
}

const SELECT = `
SELECT o.id::text AS "opId", o.type, o.code, o.rule, o.details,
       o.device_id AS "deviceId", d.name AS "deviceName", o.user_id AS "userId", u.name AS "userName",
       coalesce(pu.name, o.pushed_by) AS "pushedByName",
       to_json(o.device_time) #>> '{}' AS "deviceTime", to_json(o.received_at) #>> '{}' AS "receivedAt",
       o.payload, i.sku AS "itemSku", i.name AS "itemName"
  FROM operations o
  LEFT JOIN devices d ON d.id = o.device_id
  LEFT JOIN users u ON u.id = o.user_id
  LEFT JOIN users pu ON pu.id = o.pushed_by
  LEFT JOIN LATERAL (
    SELECT it.sku, it.name FROM items it
     WHERE jsonb_typeof(o.payload) = 'object'
       AND (it.sku = o.payload->>'item' OR (o.payload->>'item') = ANY (it.gtins))
     ORDER BY it.sku = o.payload->>'item' DESC LIMIT 1) i ON true`;

export async function listRejected(db: Queryable, q: RejectedQuery): Promise<{ rows: RejectedRow[]; total: number }> {
  const params: unknown[] = q.deviceId === undefined ? [] : [q.deviceId];
  const where = `WHERE o.outcome = 'rejected'${q.deviceId === undefined ? '' : ' AND o.device_id = $1'}`;
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM operations o ${where}`, params)).rows[0]?.n ?? 0;
  const n = params.length;
  const flat = (await db.query<Flat>(
    `${SELECT} ${where} ORDER BY o.received_at DESC, o.id LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...params, q.pageSize, (q.page - 1) * q.pageSize],
  )).rows;
  return { rows: flat.map(toRow), total };
}

function toRow(f: Flat): RejectedRow {
  const ref = itemRefOf(f.payload);
  return {
    opId: f.opId, type: f.type, code: f.code, rule: f.rule, details: f.details,
    deviceId: f.deviceId, deviceName: f.deviceName, userId: f.userId, userName: f.userName, pushedByName: f.pushedByName,
    deviceTime: f.deviceTime, receivedAt: f.receivedAt,
    item: ref === null ? null : { ref, sku: f.itemSku, name: f.itemName },
    // The place refused (details.location) first: a restock names one per line.
    location: locationOf(f.details, f.payload),
    quantity: quantityOf(f.payload),
    lot: lotOf(f.details, f.payload),
    payload: f.payload,
  };
}
