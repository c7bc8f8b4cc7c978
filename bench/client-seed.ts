// The warehouse of the client benchmark: the demo data plus `items` items
// (half of them lot-tracked, each with a GTIN-13 whose check digit is valid),
// items / 5 storage locations, and two slots per item (the first one stocked,
// with a lot when the item is tracked; the second one empty). Master data goes
// in through insertMasterData in batches; slots in ONE INSERT ... SELECT over
// generate_series, so seeding 300,000 rows takes seconds, not the hours the
// assign path would. Every row gets its change_xid from the column default.
import { gs1CheckDigit, type Item, type Location } from '../src/domain';
import type { Db } from '../sync-server/src/db/connection';
import { insertMasterData, seedDemo } from '../sync-server/src/db/seed';

/** What the restock part of the benchmark scans and expects. */
export const RESTOCK_TARGET = {
  itemId: 'bi-restock',
  sku: 'BENCH-R',
  locationId: 'bl-restock',
  location: 'R-BENCH-01',
  slotId: 'bs-restock',
  capacity: 1_000_000,
} as const;

const BATCH = 5_000;

const PRODUCTS: { name: string; unit: string; sizes: string[]; prefix: string }[] = [
  { name: 'Whole milk', unit: 'carton', sizes: ['500 ml', '1 L', '2 L'], prefix: 'DAI' },
  { name: 'Greek yoghurt', unit: 'pot', sizes: ['150 g', '500 g', '1 kg'], prefix: 'DAI' },
  { name: 'Cheddar, mature', unit: 'pack', sizes: ['200 g', '400 g'], prefix: 'DAI' },
  { name: 'Garden peas, frozen', unit: 'bag', sizes: ['500 g', '1 kg', '2.5 kg'], prefix: 'FRZ' },
  { name: 'Vanilla ice cream', unit: 'tub', sizes: ['1 L', '2 L'], prefix: 'FRZ' },
  { name: 'Extra virgin olive oil', unit: 'bottle', sizes: ['500 ml', '1 L', '5 L'], prefix: 'GRO' },
  { name: 'Basmati rice', unit: 'bag', sizes: ['1 kg', '5 kg', '10 kg'], prefix: 'GRO' },
  { name: 'Chopped tomatoes', unit: 'tin', sizes: ['400 g', '2.5 kg'], prefix: 'GRO' },
  { name: 'Penne pasta', unit: 'pack', sizes: ['500 g', '1 kg', '3 kg'], prefix: 'GRO' },
  { name: 'Sparkling water', unit: 'bottle', sizes: ['500 ml', '1.5 L'], prefix: 'BEV' },
  { name: 'Orange juice', unit: 'carton', sizes: ['1 L', '1.75 L'], prefix: 'BEV' },
  { name: 'Shipping box', unit: 'each', sizes: ['S', 'M', 'L', 'XL'], prefix: 'PKG' },
  { name: 'Packing tape', unit: 'roll', sizes: ['48 mm', '72 mm'], prefix: 'PKG' },
  { name: 'Nitrile gloves', unit: 'box', sizes: ['S', 'M', 'L'], prefix: 'MED' },
  { name: 'Saline solution', unit: 'bottle', sizes: ['250 ml', '1 L'], prefix: 'MED' },
  { name: 'Wound dressing', unit: 'pack', sizes: ['5 x 5 cm', '10 x 10 cm'], prefix: 'MED' },
];
const BRANDS = ['Northfield', 'Harbour', 'Alpine', 'Greenway', 'Meridian', 'Oakridge', 'Bluewater', 'Sunvale'];
const ZONES = ['Ambient', 'Chilled', 'Freezer', 'Bulk'];

function benchItem(i: number): Item {
  const product = PRODUCTS[i % PRODUCTS.length]!;
  const size = product.sizes[Math.floor(i / PRODUCTS.length) % product.sizes.length]!;
  const brand = BRANDS[Math.floor(i / (PRODUCTS.length * 3)) % BRANDS.length]!;
  // A made-up GS1 company prefix (871234) and a 6-digit item reference: a 12-digit body plus its check digit.
  const body = `871234${String(i).padStart(6, '0')}`;
  return {
    id: `bi-${i}`, sku: `${product.prefix}-${String(i).padStart(6, '0')}`, name: `${brand} ${product.name} ${size}`,
    gtins: [body + String(gs1CheckDigit(body))], unit: product.unit,
    lotTracked: i % 2 === 0, lotAtPack: false, serialized: false, durable: false, conditions: [], specialHandling: false,
  };
}

/** Aisle, bay and level: S07-23-4; 400 locations per aisle, aisles grouped in zones. */
function benchLocation(j: number): Location {
  const aisle = Math.floor(j / 400) + 1;
  const bay = (Math.floor(j / 10) % 40) + 1;
  const level = (j % 10) + 1;
  return {
    id: `bl-${j}`, code: `S${String(aisle).padStart(2, '0')}-${String(bay).padStart(2, '0')}-${String(level).padStart(2, '0')}`,
    zone: ZONES[Math.floor((aisle - 1) / 13) % ZONES.length]!, type: 'storage', active: true,
  };
}

export interface SeedResult {
  items: number;
  locations: number;
  slots: number;
  /** Rows a first pull sends: items + locations + slots + serials + exceptions, counted with SQL. */
  replicaRows: number;
}

export async function seedClientBench(db: Db, itemCount: number, log: (message: string) => void): Promise<SeedResult> {
  await seedDemo(db);
  const locationCount = Math.max(2, Math.round(itemCount / 5));

  for (let at = 0; at < itemCount; at += BATCH) {
    const items = Array.from({ length: Math.min(BATCH, itemCount - at) }, (_, k) => benchItem(at + k));
    await db.transaction((tx) => insertMasterData(tx, items, []));
  }
  for (let at = 0; at < locationCount; at += BATCH) {
    const locations = Array.from({ length: Math.min(BATCH, locationCount - at) }, (_, k) => benchLocation(at + k));
    await db.transaction((tx) => insertMasterData(tx, [], locations));
  }
  log(`seeded ${itemCount} items, ${locationCount} locations`);

  // Slot 2i+k of item i sits in location (2i+k) mod L: ten items' slots per location.
  // The first slot holds stock (with a lot for tracked items); the second is empty.
  await db.query(
    `INSERT INTO slots (id, item_id, location_id, condition, capacity, quantity, lot)
     SELECT 'bs-' || (2 * i + k), 'bi-' || i, 'bl-' || ((2 * i + k) % $2::int), '', 500,
            CASE WHEN k = 0 THEN 1 + (i * 37) % 400 ELSE 0 END,
            CASE WHEN k = 0 AND i % 2 = 0 THEN 'L' || to_char(2400 + i % 700, 'FM0000') || chr(65 + i % 26) ELSE NULL END
       FROM generate_series(0, $1::int - 1) AS i, generate_series(0, 1) AS k`,
    [itemCount, locationCount],
  );
  log(`seeded ${itemCount * 2} slots`);

  // The restock target: a tracked item with one empty storage slot of large capacity.
  const body = '871239000001';
  await db.transaction(async (tx) => {
    await insertMasterData(tx, [{
      id: RESTOCK_TARGET.itemId, sku: RESTOCK_TARGET.sku, name: 'Bench restock item', gtins: [body + String(gs1CheckDigit(body))],
      unit: 'case', lotTracked: true, lotAtPack: false, serialized: false, durable: false, conditions: [], specialHandling: false,
    }], [{ id: RESTOCK_TARGET.locationId, code: RESTOCK_TARGET.location, zone: 'Bench', type: 'storage', active: true }]);
    await tx.query(
      `INSERT INTO slots (id, item_id, location_id, condition, capacity, quantity) VALUES ($1, $2, $3, '', $4, 0)`,
      [RESTOCK_TARGET.slotId, RESTOCK_TARGET.itemId, RESTOCK_TARGET.locationId, RESTOCK_TARGET.capacity],
    );
  });

  await db.query('ANALYZE');
  const counts = (await db.query<{ items: number; locations: number; slots: number; serials: number; exceptions: number }>(
    `SELECT (SELECT count(*) FROM items)::int AS items, (SELECT count(*) FROM locations)::int AS locations,
            (SELECT count(*) FROM slots)::int AS slots, (SELECT count(*) FROM serials)::int AS serials,
            (SELECT count(*) FROM exceptions)::int AS exceptions`,
  )).rows[0]!;
  return {
    items: counts.items, locations: counts.locations, slots: counts.slots,
    replicaRows: counts.items + counts.locations + counts.slots + counts.serials + counts.exceptions,
  };
}
