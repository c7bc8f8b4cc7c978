// Lot reads for supervisors and ERP scripts (issue 8): one lot's record with
// its stock by location, and the near-expiry report (JSON or CSV). Writes go
// through push (holdLot, restock) like every other change.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { selectList } from '../db/tables';
import { addDays, lotStatus, toGtin14, type LotRecord } from '../domain';
import { HttpError, parseOr400 } from '../http/errors';
import { requireSupervisor } from '../supervisor/require-supervisor';
import { LOTS } from './tables';

const READ = { isolation: 'repeatable read', readOnly: true } as const;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');

const lotQuery = z.object({ item: z.string().trim().min(1).max(64), lot: z.string().trim().min(1).max(40), today: day.optional() });
const nearExpiryQuery = z.object({
  days: z.coerce.number().int().min(0).max(3650).default(30),
  /** The day to count from; the server's date when absent. */
  today: day.optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

interface StockRow { locationCode: string; quantity: number }
interface NearRow { sku: string; lot: string; expiry: string; onHold: boolean; locationCode: string; quantity: number }

const todayOf = (given: string | undefined): string => given ?? new Date().toISOString().slice(0, 10);

function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function lotRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/lots', async (request) => {
    await requireSupervisor(db, request);
    const q = parseOr400(lotQuery, request.query, 'query');
    return db.transaction(async (tx) => {
      const item = (await tx.query<{ id: string; sku: string }>(
        `SELECT id, sku FROM items WHERE sku = $1 OR id IN (SELECT item_id FROM item_gtins WHERE gtin14 = $2) LIMIT 1`,
        [q.item, toGtin14(q.item)],
      )).rows[0];
      if (!item) throw new HttpError(404, 'unknown-item', `no item with SKU or GTIN ${q.item}`, { item: q.item });
      const record = (await tx.query<LotRecord>(`SELECT ${selectList(LOTS)} FROM lots WHERE item_id = $1 AND lot = $2`, [item.id, q.lot])).rows[0] ?? null;
      const stock = (await tx.query<StockRow>(
        `SELECT l.code AS "locationCode", s.quantity FROM slots s JOIN locations l ON l.id = s.location_id
          WHERE s.item_id = $1 AND s.lot = $2 AND s.quantity > 0 ORDER BY l.code`, [item.id, q.lot],
      )).rows;
      return { sku: item.sku, lot: q.lot, record, status: lotStatus(record ?? undefined, todayOf(q.today)), stock };
    }, READ);
  });

  app.get('/api/supervisor/near-expiry', async (request, reply) => {
    await requireSupervisor(db, request);
    const q = parseOr400(nearExpiryQuery, request.query, 'query');
    const today = todayOf(q.today);
    const rows = await db.transaction(async (tx) => (await tx.query<NearRow>(
      `SELECT i.sku, lt.lot, lt.expiry, lt.on_hold AS "onHold", l.code AS "locationCode", s.quantity
         FROM lots lt
         JOIN items i ON i.id = lt.item_id
         JOIN slots s ON s.item_id = lt.item_id AND s.lot = lt.lot AND s.quantity > 0
         JOIN locations l ON l.id = s.location_id
        WHERE lt.expiry IS NOT NULL AND lt.expiry <= $1
        ORDER BY lt.expiry, l.code, i.sku LIMIT 100000`, [addDays(today, q.days)],
    )).rows, READ);
    const out = rows.map((r) => ({ ...r, status: lotStatus({ expiry: r.expiry, onHold: r.onHold }, today) }));
    if (q.format === 'json') return { today, days: q.days, rows: out };
    const lines = [['SKU', 'Lot', 'Expiry', 'Status', 'Location', 'Quantity'], ...out.map((r) => [r.sku, r.lot, r.expiry, r.status, r.locationCode, r.quantity])];
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="near-expiry-${q.days}d-${today}.csv"`)
      .send(`${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`);
  });
}
