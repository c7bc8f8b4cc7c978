// R12: stock by location. One row per slot with its lot; a serialized slot
// lists its serials (R13: each with its own lot, so the lot filter also finds
// a slot holding a serial of that lot).
import { z } from 'zod';
import type { Queryable } from '../db/connection';
import type { StockReportRow } from '../domain';

export type { StockReportRow };
import { booleanParam, dirParam, filter, formatParam, pagingParams } from './query-params';
import { Where } from './sql-builder';

const SORTS = {
  location: ['l.code', 's.condition', 'i.sku'],
  item: ['i.sku', 'l.code', 's.condition'],
  lot: ['s.lot', 'l.code'],
  quantity: ['s.quantity', 'l.code'],
} as const;

export const stockQuery = z.object({
  item: filter,
  lot: filter,
  location: filter,
  zone: filter,
  nonZero: booleanParam,
  sort: z.enum(['location', 'item', 'lot', 'quantity']).default('location'),
  dir: dirParam,
  ...pagingParams,
  format: formatParam,
});
export type StockQuery = z.infer<typeof stockQuery>;
type StockFilters = Omit<StockQuery, 'page' | 'pageSize' | 'format'>;

const FROM = `
  FROM slots s
  JOIN items i ON i.id = s.item_id
  JOIN locations l ON l.id = s.location_id`;

const SELECT = `
SELECT s.id AS "slotId", s.item_id AS "itemId", i.sku, i.name AS "itemName", s.location_id AS "locationId",
       l.code AS "locationCode", l.zone, s.condition, s.quantity, s.capacity, s.lot, s.lot_unknown AS "lotUnknown",
       s.needs_count AS "needsCount",
       coalesce((SELECT array_agg(n.serial ORDER BY n.serial) FROM serials n WHERE n.slot_id = s.id AND n.status = 'in-stock'), '{}') AS serials,
       coalesce((SELECT array_agg(DISTINCT n.lot ORDER BY n.lot) FROM serials n
                  WHERE n.slot_id = s.id AND n.status = 'in-stock' AND n.lot IS NOT NULL), '{}') AS "serialLots"
${FROM}`;

function whereOf(f: StockFilters): Where {
  const where = new Where()
    .add(f.item, (p) => `(i.sku = ${p} OR i.id = ${p})`)
    .add(f.lot, (p) => `(s.lot = ${p} OR EXISTS (SELECT 1 FROM serials n WHERE n.slot_id = s.id AND n.status = 'in-stock' AND n.lot = ${p}))`)
    .add(f.location, (p) => `(l.code = ${p} OR l.id = ${p})`)
    .add(f.zone, (p) => `l.zone = ${p}`);
  if (f.nonZero === true) where.raw('s.quantity <> 0');
  if (f.nonZero === false) where.raw('s.quantity = 0');
  return where;
}

function orderOf(f: StockFilters): string {
  const dir = (f.dir ?? 'asc').toUpperCase();
  const nulls = f.sort === 'lot' ? ' NULLS LAST' : '';
  const [first, ...rest] = SORTS[f.sort];
  return `ORDER BY ${first} ${dir}${nulls}, ${[...rest, 's.id'].join(', ')}`;
}

export async function countStock(db: Queryable, f: StockFilters): Promise<number> {
  const where = whereOf(f);
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n ${FROM} ${where.toString()}`, where.params)).rows[0]?.n ?? 0;
}

export async function listStock(db: Queryable, f: StockFilters, limit: number, offset = 0): Promise<StockReportRow[]> {
  const where = whereOf(f);
  const sql = `${SELECT} ${where.toString()} ${orderOf(f)} LIMIT ${where.param(limit)} OFFSET ${where.param(offset)}`;
  return (await db.query<StockReportRow>(sql, where.params)).rows;
}
