// The cost of the per-row checks of a pulled page (src/replica/row-checks.ts)
// over a first sync's worth of rows: 100,000 items, 200,000 slots and 20,000
// locations (the client bench's warehouse), in Node, one JSON line per run.
//
//   npx tsx bench/row-checks-bench.ts
//   BENCH_ITEMS=10000 npx tsx bench/row-checks-bench.ts      a smaller warehouse
//
// For comparison it also times zod schemas of the same fields over the same
// rows, jitless as in the app (its CSP forbids generated code: src/zod-jitless.ts).
import { loadavg } from 'node:os';
import { config, z } from 'zod';
import type { Item, Location, Slot } from '../src/domain';
import { checkChanges } from '../src/replica/row-checks';

config({ jitless: true });

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const RUNS = 7;

const items: Item[] = Array.from({ length: ITEMS }, (_, i) => ({
  id: `itm-${i}`, sku: `SKU-${i}`, name: `Item number ${i}`, gtins: [String(4000000000000 + i)], unit: 'pcs',
  lotTracked: i % 2 === 0, lotAtPack: false, serialized: false, durable: false, conditions: [], specialHandling: false,
  shelfLifeDays: null, active: true,
}));
const locations: Location[] = Array.from({ length: ITEMS / 5 }, (_, i) => ({
  id: `loc-${i}`, code: `A-${i}`, zone: 'A', type: 'storage', active: true,
}));
const slots: Slot[] = Array.from({ length: ITEMS * 2 }, (_, i) => ({
  id: `slt-${i}`, itemId: `itm-${i >> 1}`, locationId: `loc-${i % (ITEMS / 5)}`, condition: '', capacity: 100, quantity: i % 50,
  lot: i % 2 === 0 ? `L${i}` : null, lotUnknown: false, needsCount: false,
}));
// Pages of 2,000 rows, as the app pulls them (PULL_LIMIT).
const PAGE = 2000;
const pages: Record<string, unknown>[] = [];
for (const [table, rows] of [['items', items], ['locations', locations], ['slots', slots]] as const) {
  for (let i = 0; i < rows.length; i += PAGE) {
    pages.push({ items: [], locations: [], slots: [], serials: [], exceptions: [], outcomes: [], settings: null, [table]: rows.slice(i, i + PAGE) });
  }
}
const total = items.length + locations.length + slots.length;

const key = z.string().max(500);
const schemas = {
  items: z.object({
    id: key, sku: key, name: z.string().max(5000), gtins: z.array(key), unit: z.string(), lotTracked: z.boolean(), lotAtPack: z.boolean(),
    serialized: z.boolean(), durable: z.boolean(), conditions: z.array(key), specialHandling: z.boolean(),
    shelfLifeDays: z.number().nullable().optional(), active: z.boolean().optional(),
  }).loose(),
  locations: z.object({ id: key, code: key, zone: z.string(), type: z.enum(['storage', 'receiving', 'packing']), active: z.boolean() }).loose(),
  slots: z.object({
    id: key, itemId: key, locationId: key, condition: key, capacity: z.number(), quantity: z.number(), lot: key.nullable(),
    lotUnknown: z.boolean(), needsCount: z.boolean(),
  }).loose(),
} as const;

function zodPass(page: Record<string, unknown>): number {
  let skipped = 0;
  for (const table of ['items', 'locations', 'slots'] as const) {
    for (const row of page[table] as unknown[]) if (!schemas[table].safeParse(row).success) skipped += 1;
  }
  return skipped;
}

function measure(name: string, pass: (page: Record<string, unknown>) => number): void {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    let skipped = 0;
    for (const page of pages) skipped += pass(page);
    times.push(performance.now() - start);
    if (skipped !== 0) throw new Error(`${name}: valid rows were skipped: ${skipped}`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(RUNS / 2)]!;
  console.log(JSON.stringify({
    benchmark: name, rows: total, pages: pages.length, runs: RUNS,
    medianMs: Math.round(median * 10) / 10, minMs: Math.round(sorted[0]! * 10) / 10, maxMs: Math.round(sorted[RUNS - 1]! * 10) / 10,
    nsPerRow: Math.round((median * 1e6) / total), machine: { loadAverage1m: Math.round(loadavg()[0]! * 100) / 100 },
  }));
}

measure('row-checks', (page) => checkChanges(page).skipped.length);
measure('zod-jitless (comparison only)', zodPass);
