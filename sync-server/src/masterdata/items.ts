// Items by SKU, created or updated in bulk. A request is read in a few
// statements whatever its size: the existing items of its SKUs (locked), the
// owners of its GTINs, then one upsert of the rows that changed. A row equal
// to what is stored is 'unchanged' and not written at all, so sending the same
// request twice changes nothing (no change_xid bump, nothing for devices to pull).
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/connection';
import { selectList, upsertSql } from '../db/tables';
import { toGtin14, type Item } from '../domain';
import { ITEM_ROWS, checkRows, itemShapeErrors, itemStructureErrors, type ItemInput, type ItemStock, type RowError, type RowResult, type UpsertResponse } from '../../../src/domain/masterdata';
import { respond, rowError, sameFields } from './result';
import { ITEMS } from './tables';
import { switchLotTracking } from './tracking';

/** An item as stored, with the fields master data added. */
export type StoredItem = Item & { shelfLifeDays: number | null; active: boolean };

const FIELDS: readonly (keyof StoredItem)[] = [
  'name', 'gtins', 'unit', 'lotTracked', 'lotAtPack', 'serialized', 'durable', 'conditions', 'shelfLifeDays',
  'specialHandling', 'active',
];

export interface UpsertOptions {
  /** Who writes: signs the tracking switch operations. */
  userId: string;
  /** The id of a new row (the demo seed keeps its well-known ids); random otherwise. */
  newId?: (key: string) => string | undefined;
}

export async function upsertItems(db: Db, raws: readonly unknown[], options: UpsertOptions): Promise<UpsertResponse> {
  return db.transaction((tx) => upsertItemsIn(tx, raws, options));
}

/** Same, inside a transaction the caller holds. */
export async function upsertItemsIn(tx: Queryable, raws: readonly unknown[], options: UpsertOptions): Promise<UpsertResponse> {
  const checked = checkRows(ITEM_ROWS, raws);
  const valid = checked.flatMap((c) => (c.ok ? [{ index: c.index, key: c.key, row: c.row }] : []));
  const decided = new Map<number, RowResult>();
  if (valid.length === 0) return respond(checked, decided);

  const existing = new Map((await tx.query<StoredItem>(
    `SELECT ${selectList(ITEMS)} FROM items WHERE sku IN (SELECT unnest($1::text[])) ORDER BY id FOR UPDATE`,
    [valid.map((v) => v.key)],
  )).rows.map((i) => [i.sku, i]));
  const gtinOwners = await ownersOf(tx, valid.flatMap((v) => v.row.gtins ?? []));
  const stocked = await stockOf(tx, [...existing.values()].map((i) => i.id));

  const writes: StoredItem[] = [];
  const regtin: StoredItem[] = [];
  const tracking = { on: [] as string[], off: [] as string[] };
  const claimed = new Map<string, string>(); // GTIN-14 -> SKU of the row of this request that takes it
  for (const { index, key, row } of valid) {
    const before = existing.get(key);
    const item = merge(before, row, options.newId?.(key));
    const errors = [
      ...itemShapeErrors(item),
      ...gtinErrors(item, gtinOwners, claimed),
      ...(before ? itemStructureErrors(before, item, stocked.get(before.id)) : []),
    ];
    if (errors.length > 0) {
      decided.set(index, rowError(index, key, errors));
      continue;
    }
    for (const g of item.gtins) claimed.set(gtin14(g), item.sku);
    if (before && sameFields(before, item, FIELDS)) {
      decided.set(index, { index, key, status: 'unchanged', id: before.id });
      continue;
    }
    if (before && before.lotTracked !== item.lotTracked) {
      // R1/R2: the switch goes through the setLotTracking rule, after the other fields are saved.
      (item.lotTracked ? tracking.on : tracking.off).push(item.sku);
      writes.push({ ...item, lotTracked: before.lotTracked });
    } else {
      writes.push(item);
    }
    if (!before || !sameFields(before, item, ['gtins'])) regtin.push(item);
    decided.set(index, { index, key, status: before ? 'updated' : 'created', id: item.id });
  }

  if (writes.length > 0) await tx.query(upsertSql(ITEMS, 'upsert'), [JSON.stringify(writes)]);
  if (regtin.length > 0) await writeGtins(tx, regtin);
  if (tracking.on.length > 0) await switchLotTracking(tx, options.userId, tracking.on, true);
  if (tracking.off.length > 0) await switchLotTracking(tx, options.userId, tracking.off, false);
  return respond(checked, decided);
}

/** The stored item a row makes: fields the row leaves out keep their stored value (or the default). */
function merge(before: StoredItem | undefined, row: ItemInput, newId: string | undefined): StoredItem {
  const base: StoredItem = before ?? {
    id: newId ?? `itm-${randomUUID()}`, sku: row.sku, name: row.name, gtins: [], unit: 'each', lotTracked: false,
    lotAtPack: false, serialized: false, durable: false, conditions: [], specialHandling: false, shelfLifeDays: null,
    active: true,
  };
  const defined = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as Partial<StoredItem>;
  const item: StoredItem = { ...base, ...defined, id: base.id };
  // A row that makes an item non-durable without naming conditions drops them.
  if (row.durable === false && row.conditions === undefined) item.conditions = [];
  return item;
}

function gtin14(g: string): string {
  return toGtin14(g) ?? g;
}

async function ownersOf(tx: Queryable, gtins: string[]): Promise<Map<string, { itemId: string; sku: string }>> {
  if (gtins.length === 0) return new Map();
  const rows = (await tx.query<{ gtin14: string; itemId: string; sku: string }>(
    `SELECT g.gtin14, g.item_id AS "itemId", i.sku FROM item_gtins g JOIN items i ON i.id = g.item_id
      WHERE g.gtin14 = ANY($1::text[])`,
    [[...new Set(gtins.map(gtin14))]],
  )).rows;
  return new Map(rows.map((r) => [r.gtin14, r]));
}

/** A GTIN scans to one item: one used by another item (stored, or earlier in this request) is refused. */
function gtinErrors(item: StoredItem, owners: Map<string, { itemId: string; sku: string }>, claimed: Map<string, string>): RowError[] {
  const errors: RowError[] = [];
  for (const [i, g] of item.gtins.entries()) {
    const owner = owners.get(gtin14(g));
    const claimer = claimed.get(gtin14(g));
    // An owner with this very SKU is this item, created by a concurrent request
    // that committed between our two reads (READ COMMITTED): not a conflict. Our
    // insert then hits the SKU's unique key and the transaction runs again,
    // finding the item this time (regression: two writers at once).
    if (owner && owner.itemId !== item.id && owner.sku !== item.sku) {
      errors.push({ field: `gtins.${i}`, message: `GTIN ${g} is already used by item ${owner.sku}` });
    } else if (claimer !== undefined && claimer !== item.sku) {
      errors.push({ field: `gtins.${i}`, message: `GTIN ${g} is already used by item ${claimer} in this request` });
    }
  }
  return errors;
}

/** What each item has in stock, for the structure checks (itemStructureErrors). */
async function stockOf(tx: Queryable, itemIds: string[]): Promise<Map<string, ItemStock>> {
  const stock = new Map<string, { conditions: Set<string>; serials: boolean }>();
  if (itemIds.length === 0) return stock;
  const rows = (await tx.query<{ itemId: string; condition: string; serial: boolean }>(
    `SELECT item_id AS "itemId", condition, false AS serial FROM slots WHERE item_id = ANY($1::text[]) AND quantity <> 0
     UNION SELECT item_id, '', true FROM serials WHERE item_id = ANY($1::text[]) AND status <> 'packed'`,
    [itemIds],
  )).rows;
  for (const r of rows) {
    const s = stock.get(r.itemId) ?? { conditions: new Set<string>(), serials: false };
    if (r.serial) s.serials = true;
    else s.conditions.add(r.condition);
    stock.set(r.itemId, s);
  }
  return stock;
}

async function writeGtins(tx: Queryable, items: StoredItem[]): Promise<void> {
  await tx.query('DELETE FROM item_gtins WHERE item_id = ANY($1::text[])', [items.map((i) => i.id)]);
  const gtins = items.flatMap((i) => i.gtins.map((g) => ({ gtin14: gtin14(g), itemId: i.id })));
  if (gtins.length === 0) return;
  await tx.query(
    `INSERT INTO item_gtins (gtin14, item_id)
     SELECT x."gtin14", x."itemId" FROM jsonb_to_recordset($1::jsonb) AS x("gtin14" text, "itemId" text)`,
    [JSON.stringify(gtins)],
  );
}

export interface ItemQuery {
  search?: string | undefined;
  active?: boolean | undefined;
  page: number;
  pageSize: number;
}

/** A page of items by SKU; search matches SKU or name (any case) or a GTIN in any printed length. */
export async function listItems(db: Db, q: ItemQuery): Promise<{ rows: StoredItem[]; total: number }> {
  const search = q.search?.trim() ?? '';
  const where = `($1 = '' OR sku ILIKE '%' || $1 || '%' OR name ILIKE '%' || $1 || '%'
    OR id IN (SELECT item_id FROM item_gtins WHERE gtin14 = $2)) AND ($3::boolean IS NULL OR active = $3)`;
  const params = [search.replace(/[\\%_]/g, '\\$&'), toGtin14(search) ?? '', q.active ?? null];
  const [rows, total] = await Promise.all([
    db.query<StoredItem>(
      `SELECT ${selectList(ITEMS)} FROM items WHERE ${where} ORDER BY sku LIMIT $4 OFFSET $5`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    ),
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM items WHERE ${where}`, params),
  ]);
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}
