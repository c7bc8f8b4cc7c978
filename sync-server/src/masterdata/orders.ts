// Purchase orders and pick lists by their ERP number, created or updated in
// bulk. An order row carries all its lines: the lines sent replace the stored
// ones (the ERP is the source of the order), while what was received or picked
// stays with the operations that did it (orders-read.ts), so rewriting an
// order never loses a receipt. An order equal to the stored one is not written.
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/connection';
import { PICK_LIST_ROWS, PURCHASE_ORDER_ROWS, checkRows, type RowError, type RowResult, type UpsertResponse } from '../../../src/domain/masterdata';
import { respond, rowError } from './result';

interface StoredLine {
  line: number;
  itemId: string;
  quantity: number;
  locationId?: string | null;
}

interface StoredOrder {
  id: string;
  number: string;
  /** supplier (purchase orders) or shipment (pick lists) */
  header: Record<string, string | null>;
  status: string;
  lines: StoredLine[];
}

interface OrderKind {
  table: 'purchase_orders' | 'pick_lists';
  lineTable: 'purchase_order_lines' | 'pick_list_lines';
  parent: 'order_id' | 'list_id';
  idPrefix: string;
  /** Header columns beside number and status: column -> request field. */
  header: Record<string, string>;
  hasLocations: boolean;
}

const PURCHASE_ORDERS: OrderKind = {
  table: 'purchase_orders', lineTable: 'purchase_order_lines', parent: 'order_id', idPrefix: 'po',
  header: { supplier: 'supplier', expected_date: 'expectedDate' }, hasLocations: false,
};
const PICK_LISTS: OrderKind = {
  table: 'pick_lists', lineTable: 'pick_list_lines', parent: 'list_id', idPrefix: 'pl',
  header: { shipment: 'shipment' }, hasLocations: true,
};

interface OrderRow {
  number: string;
  status?: 'open' | 'closed' | undefined;
  lines: { line: number; sku: string; quantity: number; location?: string | undefined }[];
  [field: string]: unknown;
}

export async function upsertPurchaseOrders(db: Db, raws: readonly unknown[]): Promise<UpsertResponse> {
  return db.transaction((tx) => upsertPurchaseOrdersIn(tx, raws));
}

export async function upsertPurchaseOrdersIn(tx: Queryable, raws: readonly unknown[]): Promise<UpsertResponse> {
  const checked = checkRows(PURCHASE_ORDER_ROWS, raws);
  return respond(checked, await upsertOrders(tx, PURCHASE_ORDERS, validRows(checked)));
}

export async function upsertPickLists(db: Db, raws: readonly unknown[]): Promise<UpsertResponse> {
  return db.transaction((tx) => upsertPickListsIn(tx, raws));
}

export async function upsertPickListsIn(tx: Queryable, raws: readonly unknown[]): Promise<UpsertResponse> {
  const checked = checkRows(PICK_LIST_ROWS, raws);
  return respond(checked, await upsertOrders(tx, PICK_LISTS, validRows(checked)));
}

function validRows<T>(checked: readonly ({ ok: true; index: number; key: string; row: T } | { ok: false })[]) {
  return checked.flatMap((c) => (c.ok ? [{ index: c.index, key: c.key, row: c.row as unknown as OrderRow }] : []));
}

async function upsertOrders(
  tx: Queryable, kind: OrderKind, valid: { index: number; key: string; row: OrderRow }[],
): Promise<Map<number, RowResult>> {
  const decided = new Map<number, RowResult>();
  if (valid.length === 0) return decided;
  const skus = new Map((await tx.query<{ id: string; sku: string }>(
    'SELECT id, sku FROM items WHERE sku = ANY($1::text[])',
    [[...new Set(valid.flatMap((v) => v.row.lines.map((l) => l.sku)))]],
  )).rows.map((r) => [r.sku, r.id]));
  const codes = new Map((await tx.query<{ id: string; code: string }>(
    'SELECT id, code FROM locations WHERE code = ANY($1::text[])',
    [[...new Set(valid.flatMap((v) => v.row.lines.flatMap((l) => (l.location ? [l.location] : []))))]],
  )).rows.map((r) => [r.code, r.id]));
  const existing = await loadOrders(tx, kind, valid.map((v) => v.key));

  const headers: Record<string, unknown>[] = [];
  const relined: { id: string; lines: StoredLine[] }[] = [];
  for (const { index, key, row } of valid) {
    const errors: RowError[] = [];
    const lines = row.lines.map((l, i): StoredLine => {
      const itemId = skus.get(l.sku);
      if (!itemId) errors.push({ field: `lines.${i}.sku`, message: `no item has SKU ${l.sku}` });
      const locationId = l.location === undefined ? null : codes.get(l.location);
      if (locationId === undefined) errors.push({ field: `lines.${i}.location`, message: `no location has code ${l.location ?? ''}` });
      const stored: StoredLine = { line: l.line, itemId: itemId ?? '', quantity: l.quantity };
      if (kind.hasLocations) stored.locationId = locationId ?? null;
      return stored;
    }).sort((a, b) => a.line - b.line);
    if (errors.length > 0) {
      decided.set(index, rowError(index, key, errors));
      continue;
    }
    const before = existing.get(key);
    const header = Object.fromEntries(Object.entries(kind.header).map(([column, field]) => {
      const sent = row[field];
      return [column, typeof sent === 'string' ? sent : (before?.header[column] ?? (column === 'supplier' ? '' : null))];
    }));
    const order: StoredOrder = {
      id: before?.id ?? `${kind.idPrefix}-${randomUUID()}`, number: key, header, status: row.status ?? before?.status ?? 'open', lines,
    };
    const sameHeader = before !== undefined && before.status === order.status
      && Object.keys(header).every((c) => (before.header[c] ?? null) === (header[c] ?? null));
    const sameLines = before !== undefined && sameOrderLines(before.lines, lines);
    if (sameHeader && sameLines) {
      decided.set(index, { index, key, status: 'unchanged', id: order.id });
      continue;
    }
    // The order row is what devices pull: it is rewritten (change_xid) whenever its lines change too.
    headers.push({ id: order.id, number: order.number, status: order.status, ...header });
    if (!sameLines) relined.push({ id: order.id, lines });
    decided.set(index, { index, key, status: before ? 'updated' : 'created', id: order.id });
  }
  await writeOrders(tx, kind, headers, relined);
  return decided;
}

async function loadOrders(tx: Queryable, kind: OrderKind, numbers: string[]): Promise<Map<string, StoredOrder>> {
  const headerColumns = Object.keys(kind.header).map((c) => `o.${c}::text AS "${c}"`).join(', ');
  const location = kind.hasLocations ? `, 'locationId', l.location_id` : '';
  const rows = (await tx.query<{ id: string; number: string; status: string; lines: StoredLine[] } & Record<string, string | null>>(
    `SELECT o.id, o.number, o.status, ${headerColumns},
            (SELECT coalesce(jsonb_agg(jsonb_build_object('line', l.line, 'itemId', l.item_id, 'quantity', l.quantity${location})
                     ORDER BY l.line), '[]') FROM ${kind.lineTable} l WHERE l.${kind.parent} = o.id) AS lines
       FROM ${kind.table} o WHERE o.number = ANY($1::text[]) ORDER BY o.id FOR UPDATE`,
    [numbers],
  )).rows;
  return new Map(rows.map((r) => [r.number, {
    id: r.id, number: r.number, status: r.status, lines: r.lines,
    header: Object.fromEntries(Object.keys(kind.header).map((c) => [c, r[c] ?? null])),
  }]));
}

async function writeOrders(
  tx: Queryable, kind: OrderKind, headers: Record<string, unknown>[], relined: { id: string; lines: StoredLine[] }[],
): Promise<void> {
  if (headers.length === 0) return;
  const columns = ['id', 'number', 'status', ...Object.keys(kind.header)];
  const types: Record<string, string> = { expected_date: 'date' };
  await tx.query(
    `INSERT INTO ${kind.table} (${columns.join(', ')})
     SELECT ${columns.map((c) => `x."${c}"`).join(', ')}
       FROM jsonb_to_recordset($1::jsonb) AS x(${columns.map((c) => `"${c}" ${types[c] ?? 'text'}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${columns.filter((c) => c !== 'id').map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
       change_xid = pg_current_xact_id()`,
    [JSON.stringify(headers)],
  );
  if (relined.length === 0) return;
  await tx.query(`DELETE FROM ${kind.lineTable} WHERE ${kind.parent} = ANY($1::text[])`, [relined.map((r) => r.id)]);
  const lines = relined.flatMap((r) => r.lines.map((l) => ({ ...l, parent: r.id })));
  const location = kind.hasLocations ? ', location_id' : '';
  const locationValue = kind.hasLocations ? ', x."locationId"' : '';
  const locationType = kind.hasLocations ? ', "locationId" text' : '';
  await tx.query(
    `INSERT INTO ${kind.lineTable} (${kind.parent}, line, item_id, quantity${location})
     SELECT x."parent", x."line", x."itemId", x."quantity"${locationValue}
       FROM jsonb_to_recordset($1::jsonb) AS x("parent" text, "line" integer, "itemId" text, "quantity" integer${locationType})`,
    [JSON.stringify(lines)],
  );
}

function sameOrderLines(a: readonly StoredLine[], b: readonly StoredLine[]): boolean {
  return a.length === b.length && a.every((l, i) => {
    const o = b[i];
    return o !== undefined && l.line === o.line && l.itemId === o.itemId && l.quantity === o.quantity
      && (l.locationId ?? null) === (o.locationId ?? null);
  });
}
