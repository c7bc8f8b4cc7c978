// The demo warehouse: a chilled and frozen food range with lots, packing
// supplies without, serialized medical devices with a lot per serial, and a
// durable handheld kept per condition. Master data and orders go in through
// the integration API's own upserts (masterdata/), as an ERP would load them;
// stock goes in as assign operations through the same rule engine and push
// path the devices use, so every unit on a shelf has its transaction.
import { randomUUID } from 'node:crypto';
import { gs1CheckDigit, type Item, type Location, type Role } from '../domain';
import { hashPin } from '../auth/pin-hash';
import { pushOperations } from '../sync/push';
import type { Db } from './connection';
import { ITEMS_CORE, LOCATIONS, upsertSql } from './tables';
import { upsertItemsIn } from '../masterdata/items';
import { upsertLocationsIn } from '../masterdata/locations';
import { upsertPickListsIn, upsertPurchaseOrdersIn } from '../masterdata/orders';
import type { UpsertResponse } from '../../../src/domain/masterdata';

export const DEMO_USERS: { id: string; name: string; badge: string; pin: string; role: Role }[] = [
  { id: 'usr-olivia', name: 'Olivia Operator', badge: 'OP-1001', pin: '1234', role: 'operator' },
  { id: 'usr-pete', name: 'Pete Picker', badge: 'PK-2001', pin: '2345', role: 'picker' },
  { id: 'usr-sam', name: 'Sam Supervisor', badge: 'SV-3001', pin: '3456', role: 'supervisor' },
];
const SYSTEM_USER = { id: 'usr-system', name: 'Lotline setup', badge: 'SYSTEM', role: 'supervisor' as Role };

/** A GTIN-13 with a valid check digit from a 12-digit body. */
function gtin13(body: string): string {
  return body + String(gs1CheckDigit(body));
}

function item(fields: Partial<Item> & Pick<Item, 'id' | 'sku' | 'name'>): Item {
  return {
    gtins: [], unit: 'each', lotTracked: false, lotAtPack: false, serialized: false, durable: false,
    conditions: [], specialHandling: false, ...fields,
  };
}

export const DEMO_ITEMS: Item[] = [
  item({ id: 'itm-milk', sku: 'MILK-1L', name: 'Whole milk 1 L', unit: 'carton', gtins: [gtin13('501234500001')], lotTracked: true }),
  item({ id: 'itm-yog', sku: 'YOG-500', name: 'Greek yoghurt 500 g', unit: 'pot', gtins: [gtin13('501234500002')], lotTracked: true, lotAtPack: true }),
  item({ id: 'itm-ice', sku: 'ICE-2L', name: 'Vanilla ice cream 2 L', unit: 'tub', gtins: [gtin13('501234500003')], lotTracked: true, specialHandling: true }),
  item({ id: 'itm-box', sku: 'BOX-S', name: 'Shipping box, small', gtins: [gtin13('501234500004')] }),
  item({ id: 'itm-tape', sku: 'TAPE-48', name: 'Packing tape 48 mm', unit: 'roll', gtins: [gtin13('501234500005')] }),
  item({ id: 'itm-pump', sku: 'PUMP-X2', name: 'Insulin pump X2', gtins: [gtin13('501234500006')], lotTracked: true, serialized: true, lotAtPack: true }),
  item({ id: 'itm-meter', sku: 'METER-G5', name: 'Glucose meter G5', gtins: [gtin13('501234500007')], lotTracked: true, serialized: true }),
  item({ id: 'itm-tc52', sku: 'TC52', name: 'Handheld scanner TC52', gtins: [gtin13('501234500008')], lotTracked: true, durable: true, conditions: ['new', 'used', 'damaged'] }),
];

function location(code: string, zone: string, type: Location['type']): Location {
  return { id: `loc-${code.toLowerCase()}`, code, zone, type, active: true };
}

export const DEMO_LOCATIONS: Location[] = [
  location('DOCK-01', 'Dock', 'receiving'),
  location('DOCK-02', 'Dock', 'receiving'),
  ...['A-01-01', 'A-01-02', 'A-01-03', 'A-01-04', 'A-02-01', 'A-02-02', 'A-02-03', 'A-02-04'].map((c) => location(c, 'Ambient', 'storage')),
  ...['C-01-01', 'C-01-02', 'C-01-03', 'C-01-04'].map((c) => location(c, 'Chilled', 'storage')),
  ...['F-01-01', 'F-01-02', 'F-01-03', 'F-01-04'].map((c) => location(c, 'Freezer', 'storage')),
  location('PACK-01', 'Packing', 'packing'),
];

type Condition = { condition?: string; quantity: number; lot?: string; serials?: { serial: string; lot: string }[] };
const assign = (sku: string, code: string, capacity: number, ...conditions: Condition[]) => ({
  item: sku, location: code, capacity, conditions: conditions.map((c) => ({ condition: '', ...c })),
});
const serials = (prefix: string, from: number, count: number, lot: string) =>
  Array.from({ length: count }, (_, i) => ({ serial: `${prefix}${String(from + i).padStart(4, '0')}`, lot }));

const DEMO_ASSIGNMENTS = [
  assign('MILK-1L', 'C-01-01', 120, { quantity: 80, lot: 'L2611A' }),
  assign('MILK-1L', 'C-01-02', 120, { quantity: 0 }),
  assign('MILK-1L', 'DOCK-01', 500, { quantity: 48, lot: 'L2612B' }),
  assign('YOG-500', 'C-01-03', 200, { quantity: 150, lot: 'Y25-0917' }),
  assign('YOG-500', 'C-01-04', 200, { quantity: 0 }),
  assign('ICE-2L', 'F-01-01', 60, { quantity: 40, lot: 'IC240811' }),
  assign('ICE-2L', 'F-01-02', 60, { quantity: 25, lot: 'IC240902' }),
  assign('ICE-2L', 'F-01-03', 60, { quantity: 0 }),
  assign('BOX-S', 'A-01-01', 500, { quantity: 300 }),
  assign('TAPE-48', 'A-01-02', 200, { quantity: 120 }),
  assign('PUMP-X2', 'A-02-01', 20, { quantity: 4, serials: [...serials('PX2-', 1, 2, 'PX-L01'), ...serials('PX2-', 3, 2, 'PX-L02')] }),
  assign('METER-G5', 'A-02-02', 50, { quantity: 3, serials: serials('MG5-', 1001, 3, 'MG-2407') }),
  assign('TC52', 'A-02-03', 10,
    { condition: 'new', quantity: 4, lot: 'TC-2501' },
    { condition: 'used', quantity: 2, lot: 'TC-2409' },
    { condition: 'damaged', quantity: 0 }),
];

/** An open purchase order to receive against, and an open pick list to pick (stock is untouched by both). */
export const DEMO_PURCHASE_ORDERS = [
  { number: 'PO-1001', supplier: 'Dairy Fresh Ltd', expectedDate: '2026-11-24', lines: [
    { line: 1, sku: 'MILK-1L', quantity: 96 }, { line: 2, sku: 'YOG-500', quantity: 48 },
  ] },
];
export const DEMO_PICK_LISTS = [
  { number: 'PL-5001', shipment: 'SH-5001', lines: [
    { line: 1, sku: 'BOX-S', quantity: 10, location: 'A-01-01' }, { line: 2, sku: 'ICE-2L', quantity: 4, location: 'F-01-01' },
  ] },
];

function expectClean(what: string, response: UpsertResponse): void {
  const bad = response.results.filter((r) => r.status === 'error');
  if (bad.length > 0) throw new Error(`demo ${what} did not load cleanly: ${JSON.stringify(bad)}`);
}

/** Seeds the demo warehouse into an empty database. Returns false when data was already there. */
export async function seedDemo(db: Db): Promise<boolean> {
  const existing = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows[0]?.n ?? 0;
  if (existing > 0) return false;
  const pinHashes = await Promise.all(DEMO_USERS.map((u) => hashPin(u.pin)));
  await db.transaction(async (tx) => {
    for (const [i, u] of DEMO_USERS.entries()) {
      await tx.query('INSERT INTO users (id, name, badge, pin_hash, role) VALUES ($1, $2, $3, $4, $5)', [u.id, u.name, u.badge, pinHashes[i], u.role]);
    }
    // The setup user cannot log in: it only signs the seeding operations.
    await tx.query(
      'INSERT INTO users (id, name, badge, pin_hash, role, active) VALUES ($1, $2, $3, $4, $5, false)',
      [SYSTEM_USER.id, SYSTEM_USER.name, SYSTEM_USER.badge, 'disabled', SYSTEM_USER.role],
    );
    // The demo keeps its well-known ids (tests and docs name them); anything else gets a random one.
    const itemIds = new Map(DEMO_ITEMS.map((i) => [i.sku, i.id]));
    const locationIds = new Map(DEMO_LOCATIONS.map((l) => [l.code, l.id]));
    const rows = DEMO_ITEMS.map(({ id: _, ...row }) => row);
    expectClean('items', await upsertItemsIn(tx, rows, { userId: SYSTEM_USER.id, newId: (sku) => itemIds.get(sku) }));
    expectClean('locations', await upsertLocationsIn(tx, DEMO_LOCATIONS.map(({ id: _, ...row }) => row), { newId: (code) => locationIds.get(code) }));
    expectClean('purchase orders', await upsertPurchaseOrdersIn(tx, DEMO_PURCHASE_ORDERS));
    expectClean('pick lists', await upsertPickListsIn(tx, DEMO_PICK_LISTS));
  });
  const now = new Date().toISOString();
  const outcomes = await pushOperations(
    db,
    { userId: SYSTEM_USER.id, role: SYSTEM_USER.role, deviceId: 'seed' },
    DEMO_ASSIGNMENTS.map((payload, i) => ({ id: randomUUID(), seq: i + 1, type: 'assign', deviceTime: now, payload })),
  );
  const failed = outcomes.filter((o) => o.outcome !== 'applied');
  if (failed.length > 0) throw new Error(`demo stock did not apply cleanly: ${JSON.stringify(failed)}`);
  return true;
}

/** Items (with their GTINs indexed for scanning) and locations. */
export async function insertMasterData(
  tx: { query: Db['query'] },
  items: Item[],
  locations: Location[],
): Promise<void> {
  if (items.length > 0) {
    await tx.query(upsertSql(ITEMS_CORE, 'upsert'), [JSON.stringify(items)]);
    const gtins = items.flatMap((i) => i.gtins.map((g) => ({ gtin14: g.padStart(14, '0'), itemId: i.id })));
    if (gtins.length > 0) {
      await tx.query(
        `INSERT INTO item_gtins (gtin14, item_id) SELECT x."gtin14", x."itemId" FROM jsonb_to_recordset($1::jsonb) AS x("gtin14" text, "itemId" text)
         ON CONFLICT (gtin14) DO UPDATE SET item_id = EXCLUDED.item_id`,
        [JSON.stringify(gtins)],
      );
    }
  }
  if (locations.length > 0) await tx.query(upsertSql(LOCATIONS, 'upsert'), [JSON.stringify(locations)]);
}
