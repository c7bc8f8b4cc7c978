// Locations by label code, created or updated in bulk; deactivated, never
// deleted (transactions name them). Same shape as items.ts: read the request's
// codes (locked), write only the rows that changed.
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/connection';
import { LOCATIONS, selectList, upsertSql } from '../db/tables';
import type { Location } from '../domain';
import { LOCATION_ROWS, checkRows, type RowResult, type UpsertResponse } from '../../../src/domain/masterdata';
import type { UpsertOptions } from './items';
import { respond, sameFields } from './result';

const FIELDS: readonly (keyof Location)[] = ['zone', 'type', 'active'];

export async function upsertLocations(db: Db, raws: readonly unknown[], options: Pick<UpsertOptions, 'newId'> = {}): Promise<UpsertResponse> {
  return db.transaction((tx) => upsertLocationsIn(tx, raws, options));
}

export async function upsertLocationsIn(tx: Queryable, raws: readonly unknown[], options: Pick<UpsertOptions, 'newId'> = {}): Promise<UpsertResponse> {
  const checked = checkRows(LOCATION_ROWS, raws);
  const valid = checked.flatMap((c) => (c.ok ? [{ index: c.index, key: c.key, row: c.row }] : []));
  const decided = new Map<number, RowResult>();
  if (valid.length === 0) return respond(checked, decided);
  const existing = new Map((await tx.query<Location>(
    `SELECT ${selectList(LOCATIONS)} FROM locations WHERE code = ANY($1::text[]) ORDER BY id FOR UPDATE`,
    [valid.map((v) => v.key)],
  )).rows.map((l) => [l.code, l]));
  const writes: Location[] = [];
  for (const { index, key, row } of valid) {
    const before = existing.get(key);
    const location: Location = {
      id: before?.id ?? options.newId?.(key) ?? `loc-${randomUUID()}`,
      code: row.code,
      zone: row.zone ?? before?.zone ?? '',
      type: row.type,
      active: row.active ?? before?.active ?? true,
    };
    if (before && sameFields(before, location, FIELDS)) {
      decided.set(index, { index, key, status: 'unchanged', id: before.id });
      continue;
    }
    writes.push(location);
    decided.set(index, { index, key, status: before ? 'updated' : 'created', id: location.id });
  }
  if (writes.length > 0) await tx.query(upsertSql(LOCATIONS, 'upsert'), [JSON.stringify(writes)]);
  return respond(checked, decided);
}

export interface LocationQuery {
  search?: string | undefined;
  active?: boolean | undefined;
  type?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listLocations(db: Db, q: LocationQuery): Promise<{ rows: Location[]; total: number }> {
  const where = `($1 = '' OR code ILIKE '%' || $1 || '%' OR zone ILIKE '%' || $1 || '%')
    AND ($2::boolean IS NULL OR active = $2) AND ($3 = '' OR type = $3)`;
  const params = [(q.search?.trim() ?? '').replace(/[\\%_]/g, '\\$&'), q.active ?? null, q.type ?? ''];
  const [rows, total] = await Promise.all([
    db.query<Location>(`SELECT ${selectList(LOCATIONS)} FROM locations WHERE ${where} ORDER BY code LIMIT $4 OFFSET $5`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize]),
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM locations WHERE ${where}`, params),
  ]);
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}
