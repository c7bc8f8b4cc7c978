// The exceptions inbox: each exception with the operation behind it (its
// device, operator and payload as received) and, once resolved, the
// resolving operation. Newest first.
import { z } from 'zod';
import type { Queryable } from '../db/connection';
import type { ExceptionRow, LotException } from '../domain';

export type { ExceptionRow };
import { pagingParams } from './query-params';

export const exceptionsQuery = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  ...pagingParams,
});
export type ExceptionsQuery = z.infer<typeof exceptionsQuery>;

interface Flat {
  id: string; opId: string; code: LotException['code']; rule: LotException['rule']; itemId: string | null;
  locationId: string | null; slotId: string | null; details: Record<string, unknown>; status: LotException['status'];
  resolution: string | null; resolvedByOpId: string | null; createdAt: string;
  itemSku: string | null; itemName: string | null; locationCode: string | null;
  oType: string; oDevice: string; oDeviceName: string | null; oUser: string; oUserName: string | null; oPayload: unknown; oDeviceTime: string | null;
  oReceivedAt: string; oOutcome: string; oPushedByName: string | null;
  rId: string | null; rType: string | null; rDevice: string | null; rUserName: string | null; rReceivedAt: string | null;
}

const FROM = 'FROM exceptions e';

const SELECT = `
SELECT e.id, e.op_id::text AS "opId", e.code, e.rule, e.item_id AS "itemId", e.location_id AS "locationId",
       e.slot_id AS "slotId", e.details, e.status, e.resolution, e.resolved_by_op_id AS "resolvedByOpId",
       to_json(e.created_at) #>> '{}' AS "createdAt",
       i.sku AS "itemSku", i.name AS "itemName", l.code AS "locationCode",
       o.type AS "oType", o.device_id AS "oDevice", od.name AS "oDeviceName", o.user_id AS "oUser", ou.name AS "oUserName", o.payload AS "oPayload",
       to_json(o.device_time) #>> '{}' AS "oDeviceTime", to_json(o.received_at) #>> '{}' AS "oReceivedAt", o.outcome AS "oOutcome",
       coalesce(pu.name, o.pushed_by) AS "oPushedByName",
       r.id::text AS "rId", r.type AS "rType", r.device_id AS "rDevice", ru.name AS "rUserName",
       to_json(r.received_at) #>> '{}' AS "rReceivedAt"
  FROM exceptions e
  JOIN operations o ON o.id = e.op_id
  LEFT JOIN users ou ON ou.id = o.user_id
  LEFT JOIN devices od ON od.id = o.device_id
  LEFT JOIN users pu ON pu.id = o.pushed_by
  LEFT JOIN items i ON i.id = e.item_id
  LEFT JOIN locations l ON l.id = e.location_id
  LEFT JOIN operations r
    ON r.id = CASE WHEN e.resolved_by_op_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                   THEN e.resolved_by_op_id::uuid END
  LEFT JOIN users ru ON ru.id = r.user_id`;

export async function listExceptions(db: Queryable, q: ExceptionsQuery): Promise<{ rows: ExceptionRow[]; total: number }> {
  const where = q.status === 'all' ? '' : 'WHERE e.status = $1';
  const params: unknown[] = q.status === 'all' ? [] : [q.status];
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n ${FROM} ${where}`, params)).rows[0]?.n ?? 0;
  const n = params.length;
  const flat = (await db.query<Flat>(
    `${SELECT} ${where} ORDER BY e.created_at DESC, e.id LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...params, q.pageSize, (q.page - 1) * q.pageSize],
  )).rows;
  return { rows: flat.map(toRow), total };
}

function toRow(f: Flat): ExceptionRow {
  return {
    exception: {
      id: f.id, opId: f.opId, code: f.code, rule: f.rule, itemId: f.itemId, locationId: f.locationId, slotId: f.slotId,
      details: f.details, status: f.status, resolution: f.resolution, resolvedByOpId: f.resolvedByOpId, createdAt: f.createdAt,
    },
    itemSku: f.itemSku,
    itemName: f.itemName,
    locationCode: f.locationCode,
    operation: {
      id: f.opId, type: f.oType, deviceId: f.oDevice, deviceName: f.oDeviceName, userId: f.oUser, userName: f.oUserName, payload: f.oPayload,
      deviceTime: f.oDeviceTime, receivedAt: f.oReceivedAt, outcome: f.oOutcome, pushedByName: f.oPushedByName,
    },
    resolvedBy: f.rId === null
      ? null
      : { opId: f.rId, userName: f.rUserName, type: f.rType ?? '', deviceId: f.rDevice ?? '', receivedAt: f.rReceivedAt ?? '' },
  };
}
