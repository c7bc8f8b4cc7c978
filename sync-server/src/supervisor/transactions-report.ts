// R12: the transactions report. Every transaction with its lot, filtered,
// sorted and paged in SQL; the same query feeds the exports and the recall.
import { z } from 'zod';
import type { Queryable } from '../db/connection';
import type { TransactionReportRow, TransactionType } from '../domain';

export type { TransactionReportRow };
import { boundSql, boundValue, boundary, dirParam, filter, formatParam, pagingParams } from './query-params';
import { Where } from './sql-builder';

const TRANSACTION_TYPES = [
  'restock', 'putaway-out', 'putaway-in', 'pick', 'return', 'move-out', 'move-in', 'assign', 'count-adjust',
  'count-remove', 'count-place', 'adjust', 'adjust-remove', 'adjust-place', 'serial-lot-remove', 'serial-lot-place',
] as const satisfies readonly TransactionType[];

const SORTS = {
  recordedAt: 't.recorded_at',
  item: 'i.sku',
  lot: 't.lot',
  location: 'l.code',
  type: 't.type',
  quantity: 't.quantity',
  user: 'u.name',
} as const;

export const transactionsQuery = z.object({
  item: filter,
  lot: filter,
  location: filter,
  user: filter,
  type: z.preprocess((v) => (v === '' ? undefined : v), z.enum(TRANSACTION_TYPES).optional()),
  from: boundary(false),
  to: boundary(true),
  sort: z.enum(Object.keys(SORTS) as [keyof typeof SORTS, ...(keyof typeof SORTS)[]]).default('recordedAt'),
  dir: dirParam,
  ...pagingParams,
  format: formatParam,
});
export type TransactionsQuery = z.infer<typeof transactionsQuery>;
export type TransactionFilters = Partial<Omit<TransactionsQuery, 'page' | 'pageSize' | 'format'>>;

const SELECT = `
SELECT t.id, to_json(t.recorded_at) #>> '{}' AS "recordedAt", t.type, t.item_id AS "itemId", i.sku, i.name AS "itemName",
       t.location_id AS "locationId", l.code AS "locationCode", t.condition, t.lot, t.lot_unknown AS "lotUnknown",
       t.serial, t.quantity, t.user_id AS "userId", u.name AS "userName", t.device_id AS "deviceId", t.op_id::text AS "opId"
  FROM transactions t
  JOIN items i ON i.id = t.item_id
  JOIN locations l ON l.id = t.location_id
  LEFT JOIN users u ON u.id = t.user_id`;

const COUNT = `
SELECT count(*)::int AS n
  FROM transactions t
  JOIN items i ON i.id = t.item_id
  JOIN locations l ON l.id = t.location_id
  LEFT JOIN users u ON u.id = t.user_id`;

function whereOf(f: TransactionFilters): Where {
  return new Where()
    .add(f.item, (p) => `(i.sku = ${p} OR i.id = ${p})`)
    .add(f.lot, (p) => `t.lot = ${p}`)
    .add(f.location, (p) => `(l.code = ${p} OR l.id = ${p})`)
    .add(f.user, (p) => `(t.user_id = ${p} OR u.badge = ${p})`)
    .add(f.type, (p) => `t.type = ${p}`)
    .add(boundValue(f.from), (p) => boundSql('t.recorded_at', f.from!, p))
    .add(boundValue(f.to), (p) => boundSql('t.recorded_at', f.to!, p));
}

function orderOf(f: TransactionFilters): string {
  const sort = f.sort ?? 'recordedAt';
  const dir = (f.dir ?? (sort === 'recordedAt' ? 'desc' : 'asc')).toUpperCase();
  const nulls = sort === 'lot' ? ' NULLS LAST' : '';
  // The insertion sequence breaks ties, so pages never overlap or skip a row.
  return `ORDER BY ${SORTS[sort]} ${dir}${nulls}, t.seq ${dir}`;
}

export async function countTransactions(db: Queryable, f: TransactionFilters): Promise<number> {
  const where = whereOf(f);
  return (await db.query<{ n: number }>(`${COUNT} ${where.toString()}`, where.params)).rows[0]?.n ?? 0;
}

export async function listTransactions(db: Queryable, f: TransactionFilters, limit: number, offset = 0): Promise<TransactionReportRow[]> {
  const where = whereOf(f);
  const sql = `${SELECT} ${where.toString()} ${orderOf(f)} LIMIT ${where.param(limit)} OFFSET ${where.param(offset)}`;
  return (await db.query<TransactionReportRow>(sql, where.params)).rows;
}
