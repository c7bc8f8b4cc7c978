// GET /api/supervisor/devices (issue 9): every device that ever synced, with
// who used it last, when it was last seen (push or pull: devices/seen.ts), how often its storage was wiped,
// and its clock as measured on its latest push; the worst clocks first, so a
// supervisor sees which phones to fix. Supervisors only.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { clockVerdict, deviceId, deviceName, type DeviceRow, type DevicesResponse } from '../domain';
import { HttpError, parseOr400 } from '../http/errors';
import { IMPORT_DEVICE } from '../supervisor/importer/run-import';
import { requireSupervisor } from '../supervisor/require-supervisor';

const READ = { isolation: 'repeatable read', readOnly: true } as const;

/** Far more devices than a warehouse has; the list is not paged. */
export const DEVICES_CAP = 5000;

interface Row {
  deviceId: string;
  name: string | null;
  userId: string | null;
  userName: string | null;
  firstSeen: Date | string;
  lastSeen: Date | string;
  lastSeq: number;
  seqRestarts: number;
  clockAheadMs: number | null;
  clockCheckedAt: Date | string | null;
  serverTime: Date | string;
}

const iso = (t: Date | string): string => new Date(t).toISOString();

export async function listDevices(db: Db): Promise<DevicesResponse> {
  const rows = await db.transaction(async (tx) => (await tx.query<Row>(
    `SELECT d.id AS "deviceId", d.name, d.last_user_id AS "userId", u.name AS "userName",
            d.first_seen AS "firstSeen", d.last_seen AS "lastSeen", d.last_seq::float8 AS "lastSeq",
            d.seq_restarts AS "seqRestarts", d.clock_ahead_ms::float8 AS "clockAheadMs",
            d.clock_checked_at AS "clockCheckedAt", now() AS "serverTime"
       FROM devices d LEFT JOIN users u ON u.id = d.last_user_id
      WHERE d.id <> $1
      ORDER BY abs(d.clock_ahead_ms) DESC NULLS LAST, d.last_seen DESC, d.id
      LIMIT ${DEVICES_CAP}`, [IMPORT_DEVICE],
  )).rows, READ);
  const out: DeviceRow[] = rows.map((r) => ({
    deviceId: r.deviceId,
    name: r.name,
    lastUser: r.userId === null ? null : { id: r.userId, name: r.userName },
    firstSeen: iso(r.firstSeen),
    lastSeen: iso(r.lastSeen),
    lastSeq: r.lastSeq,
    seqRestarts: r.seqRestarts,
    clockAheadMs: r.clockAheadMs,
    clockCheckedAt: r.clockCheckedAt === null ? null : iso(r.clockCheckedAt),
    clock: clockVerdict(r.clockAheadMs),
  }));
  return { rows: out, serverTime: rows[0] ? iso(rows[0].serverTime) : new Date().toISOString() };
}

const renameParams = z.object({ id: deviceId });
/** An empty name clears it: the lists show the device's id again. */
export const renameBody = z.object({ name: z.union([deviceName, z.null()]) });

/** Names a device that has synced or logged in; 404 for one the server never saw. */
export async function renameDevice(db: Db, id: string, name: string | null): Promise<{ deviceId: string; name: string | null }> {
  const stored = name === null || name === '' ? null : name;
  const row = (await db.query<{ name: string | null }>(
    'UPDATE devices SET name = $2 WHERE id = $1 AND id <> $3 RETURNING name', [id, stored, IMPORT_DEVICE],
  )).rows[0];
  if (!row) throw new HttpError(404, 'unknown-device', 'no device with this id has synced or logged in');
  return { deviceId: id, name: row.name };
}

export function deviceRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/supervisor/devices', async (request): Promise<DevicesResponse> => {
    await requireSupervisor(db, request);
    return listDevices(db);
  });

  app.patch('/api/supervisor/devices/:id', async (request) => {
    await requireSupervisor(db, request);
    const { id } = parseOr400(renameParams, request.params, 'query');
    const body = parseOr400(renameBody, request.body, 'body');
    return renameDevice(db, id, body.name);
  });
}
