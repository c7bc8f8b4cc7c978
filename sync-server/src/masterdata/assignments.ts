// Assignments: an item in a location (per condition for durable items) with a
// capacity, i.e. the slots the lot rules work on. Creating one makes an empty
// slot; updating one changes only its capacity, never its stock or lot (stock
// moves only by operations, which keep every unit's transactions).
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/connection';
import { NO_CONDITION } from '../domain';
import { ASSIGNMENT_ROWS, assignmentKey, checkRows, type AssignmentView, type RowError, type RowResult, type UpsertResponse } from '../../../src/domain/masterdata';
import { respond, rowError } from './result';

interface Target {
  itemId: string;
  durable: boolean;
  conditions: string[];
  itemActive: boolean;
}

interface ExistingSlot {
  id: string;
  itemId: string;
  locationId: string;
  condition: string;
  capacity: number;
}

export async function upsertAssignments(db: Db, raws: readonly unknown[]): Promise<UpsertResponse> {
  return db.transaction((tx) => upsertAssignmentsIn(tx, raws));
}

export async function upsertAssignmentsIn(tx: Queryable, raws: readonly unknown[]): Promise<UpsertResponse> {
  const checked = checkRows(ASSIGNMENT_ROWS, raws, assignmentKey);
  const valid = checked.flatMap((c) => (c.ok ? [{ index: c.index, key: c.key, row: c.row }] : []));
  const decided = new Map<number, RowResult>();
  if (valid.length === 0) return respond(checked, decided);

  const items = new Map((await tx.query<Target & { sku: string }>(
    `SELECT id AS "itemId", sku, durable, conditions, active AS "itemActive" FROM items WHERE sku = ANY($1::text[])`,
    [[...new Set(valid.map((v) => v.row.sku))]],
  )).rows.map((i) => [i.sku, i]));
  const locations = new Map((await tx.query<{ id: string; code: string; active: boolean }>(
    'SELECT id, code, active FROM locations WHERE code = ANY($1::text[])',
    [[...new Set(valid.map((v) => v.row.location))]],
  )).rows.map((l) => [l.code, l]));
  const slotKey = (itemId: string, locationId: string, condition: string) => `${itemId}\u0000${locationId}\u0000${condition}`;
  const existing = new Map((await tx.query<ExistingSlot>(
    `SELECT id, item_id AS "itemId", location_id AS "locationId", condition, capacity FROM slots
      WHERE item_id = ANY($1::text[]) AND location_id = ANY($2::text[]) ORDER BY id FOR UPDATE`,
    [[...items.values()].map((i) => i.itemId), [...locations.values()].map((l) => l.id)],
  )).rows.map((s) => [slotKey(s.itemId, s.locationId, s.condition), s]));

  const writes: { id: string; itemId: string; locationId: string; condition: string; capacity: number }[] = [];
  for (const { index, key, row } of valid) {
    const item = items.get(row.sku);
    const location = locations.get(row.location);
    const condition = row.condition ?? NO_CONDITION;
    const errors: RowError[] = [];
    if (!item) errors.push({ field: 'sku', message: `no item has SKU ${row.sku}` });
    else if (!item.itemActive) errors.push({ field: 'sku', message: `item ${row.sku} is inactive` });
    if (!location) errors.push({ field: 'location', message: `no location has code ${row.location}` });
    else if (!location.active) errors.push({ field: 'location', message: `location ${row.location} is inactive` });
    if (item?.durable && !item.conditions.includes(condition)) {
      errors.push({ field: 'condition', message: `${row.sku} is kept per condition: one of ${item.conditions.join(', ')}` });
    } else if (item && !item.durable && condition !== NO_CONDITION) {
      errors.push({ field: 'condition', message: `${row.sku} is not durable: it has no conditions` });
    }
    if (errors.length > 0 || !item || !location) {
      decided.set(index, rowError(index, key, errors));
      continue;
    }
    const before = existing.get(slotKey(item.itemId, location.id, condition));
    if (before && before.capacity === row.capacity) {
      decided.set(index, { index, key, status: 'unchanged', id: before.id });
      continue;
    }
    const id = before?.id ?? `slot-${randomUUID()}`;
    writes.push({ id, itemId: item.itemId, locationId: location.id, condition, capacity: row.capacity });
    decided.set(index, { index, key, status: before ? 'updated' : 'created', id });
  }
  if (writes.length > 0) {
    await tx.query(
      `INSERT INTO slots (id, item_id, location_id, condition, capacity)
       SELECT x."id", x."itemId", x."locationId", x."condition", x."capacity"
         FROM jsonb_to_recordset($1::jsonb) AS x("id" text, "itemId" text, "locationId" text, "condition" text, "capacity" integer)
       ON CONFLICT (item_id, location_id, condition) DO UPDATE
         SET capacity = EXCLUDED.capacity, change_xid = pg_current_xact_id()`,
      [JSON.stringify(writes)],
    );
  }
  return respond(checked, decided);
}

export async function listAssignments(
  db: Db, q: { sku?: string | undefined; location?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: AssignmentView[]; total: number }> {
  const from = `FROM slots s JOIN items i ON i.id = s.item_id JOIN locations l ON l.id = s.location_id
    WHERE ($1 = '' OR i.sku = $1) AND ($2 = '' OR l.code = $2)`;
  const params = [q.sku?.trim() ?? '', q.location?.trim() ?? ''];
  const [rows, total] = await Promise.all([
    db.query<AssignmentView>(
      `SELECT s.id, i.sku, l.code AS location, s.condition, s.capacity, s.quantity, s.lot,
              s.lot_unknown AS "lotUnknown", s.needs_count AS "needsCount"
       ${from} ORDER BY i.sku, l.code, s.condition LIMIT $3 OFFSET $4`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    ),
    db.query<{ n: number }>(`SELECT count(*)::int AS n ${from}`, params),
  ]);
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}
