// Strange server rows: pages of a pull mixing good rows with rows of the wrong
// shape (a field of the wrong type, missing, an unknown enum value, a bad date,
// a huge string, a row that is not an object) and harmless oddities (control
// characters, '__proto__' keys). The device must never crash: bad rows are left
// out and counted, good ones stored, the cursor moves on, the outbox is kept,
// operations can still be recorded and re-applied, and the screens' reads work.
//
// Fuzz runs: 20 by default (a few seconds); LOTLINE_FUZZ_RUNS=500 for more.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import {
  DEFAULT_SETTINGS,
  settingsWithDefaults,
  type LotException, type LotRecord, type PickList, type PulledOutcome, type PurchaseOrder, type Settings,
} from '../domain';
import { makeWorld } from '../domain/test-fixtures';
import { skippedRowCount } from '../replica/apply-pull';
import type { ReplicaDb } from '../replica/db';
import { checkSlotLot, fefoSlots, lotsOfItem, nearExpiry } from '../replica/lots';
import { getMeta, META } from '../replica/meta';
import { openPickLists, openPurchaseOrders, pickListByNumber, purchaseOrderByNumber } from '../replica/orders';
import {
  attentionItems, findItem, findLocation, findSerial, getSettings, outboxEntries, searchItems, slotsAtLocation, slotsOfItem,
} from '../replica/queries';
import { recordOperation } from '../replica/record';
import { deviceId } from '../replica/session';
import { freshDb, NOW, sessionOf } from '../replica/test-helpers';
import { ApiError, type Http } from '../net/api';
import { pullAll } from './pull';
import { createSyncClient } from './sync-client';
import { OPERATOR, startTestServer } from './test-server';

const RUNS = Number(process.env.LOTLINE_FUZZ_RUNS ?? 20);
const SEED = 20261123;
const TODAY = '2026-11-23';

let open: ReplicaDb[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});
function newDb(): ReplicaDb {
  const db = freshDb('strange-rows');
  open.push(db);
  return db;
}

// ---- good rows: the fixture warehouse plus one row of every other table ----

const OUTCOME_APPLIED: PulledOutcome = { id: '00000000-0000-4000-8000-000000000001', seq: 1, outcome: 'applied', code: null, rule: null, details: null };
const OUTCOME_RAISED: PulledOutcome = { id: '00000000-0000-4000-8000-000000000002', seq: 2, outcome: 'exception', code: 'negative-stock', rule: 'C2', details: { short: 2 } };
const EXCEPTION: LotException = {
  id: 'x-1', opId: OUTCOME_RAISED.id, code: 'negative-stock', rule: 'C2', itemId: 'i-milk', locationId: 'l-a1', slotId: 's-milk-a1',
  details: { short: 2 }, status: 'open', resolution: null, resolvedByOpId: null,
};
const PO: PurchaseOrder = {
  id: 'po-1', number: 'PO-7', supplier: 'Acme', expectedDate: '2026-12-01', status: 'open',
  lines: [{ line: 1, itemId: 'i-milk', sku: 'MILK-1L', quantity: 10, received: 4 }],
};
const PL: PickList = {
  id: 'pl-1', number: 'PL-3', shipment: 'SH-3', status: 'open',
  lines: [{ line: 1, itemId: 'i-bolt', sku: 'BOLT-M8', quantity: 6, locationId: 'l-a1', locationCode: 'A-01-01', picked: 1 }],
};
const LOT: LotRecord = {
  id: 'i-milk\u001fL100', itemId: 'i-milk', lot: 'L100', expiry: '2026-11-30', expirySource: 'expiry', firstReceived: '2026-11-01T08:00:00.000Z',
  onHold: false, holds: [{ action: 'hold', reason: 'check', opId: 'op-h', userId: 'u-1', deviceTime: '2026-11-02T08:00:00.000Z' }],
};

type Table = 'items' | 'locations' | 'slots' | 'serials' | 'exceptions' | 'outcomes' | 'purchaseOrders' | 'pickLists' | 'lots';
const TABLES: Table[] = ['items', 'locations', 'slots', 'serials', 'exceptions', 'outcomes', 'purchaseOrders', 'pickLists', 'lots'];

const world = makeWorld();
const GOOD: Record<Table, Record<string, unknown>[]> = {
  items: [...world.items], locations: [...world.locations], slots: [...world.slots], serials: [...world.serials],
  exceptions: [EXCEPTION], outcomes: [OUTCOME_APPLIED, OUTCOME_RAISED], purchaseOrders: [PO], pickLists: [PL], lots: [LOT],
} as unknown as Record<Table, Record<string, unknown>[]>;

// ---- what the device relies on, field by field (the test's own statement, not row-checks.ts) ----

type Kind = 'string' | 'null' | 'number' | 'boolean' | 'array' | 'object' | 'undefined';
/** oneOf: only these strings; code: any string but an Object.prototype name (looked up in a table of words). */
interface Field { kinds: Kind[]; oneOf?: string[]; day?: boolean; code?: boolean }
const S: Field = { kinds: ['string'] };
const SN: Field = { kinds: ['string', 'null'] };
const N: Field = { kinds: ['number'] };
const B: Field = { kinds: ['boolean'] };
const A: Field = { kinds: ['array'] };
const E = (...values: string[]): Field => ({ kinds: ['string'], oneOf: values });

const SPEC: Record<Table, Record<string, Field>> = {
  items: {
    id: S, sku: S, name: S, gtins: A, unit: S, lotTracked: B, lotAtPack: B, serialized: B, durable: B, conditions: A, specialHandling: B,
    shelfLifeDays: { kinds: ['number', 'null', 'undefined'] }, active: { kinds: ['boolean', 'undefined'] },
  },
  locations: { id: S, code: S, zone: S, type: E('storage', 'receiving', 'packing'), active: B },
  slots: { id: S, itemId: S, locationId: S, condition: S, capacity: N, quantity: N, lot: SN, lotUnknown: B, needsCount: B },
  serials: { id: S, itemId: S, serial: S, lot: SN, slotId: SN, status: E('in-stock', 'picked', 'packed', 'missing') },
  exceptions: {
    id: S, opId: S, code: { kinds: ['string'], code: true }, rule: S, itemId: SN, locationId: SN, slotId: SN, details: { kinds: ['object'] },
    status: E('open', 'resolved'), resolution: SN, resolvedByOpId: SN,
  },
  outcomes: { id: S, seq: N, outcome: E('applied', 'exception', 'rejected'), code: { kinds: ['string', 'null'], code: true }, rule: SN, details: { kinds: ['object', 'null'] } },
  purchaseOrders: { id: S, number: S, supplier: S, expectedDate: { kinds: ['string', 'null'], day: true }, status: E('open', 'closed'), lines: A },
  pickLists: { id: S, number: S, shipment: SN, status: E('open', 'closed', 'packed'), lines: A },
  lots: {
    id: S, itemId: S, lot: S, expiry: { kinds: ['string', 'null'], day: true }, expirySource: { kinds: ['string', 'null'], oneOf: ['expiry', 'best-before', 'typed', 'shelf-life'] },
    firstReceived: SN, onHold: B, holds: A,
  },
};

const kindOf = (v: unknown): Kind => (v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as Kind));
const HUGE = 'x'.repeat(10_001);
const VALUES: unknown[] = [null, 0, -1, 1e300, true, false, [], ['a'], {}, { a: 1 }, undefined, 'x', '', '12'];
const BAD_DAYS = ['2026-02-30', '2026-13-01', 'soon', '20261201', '2026-1-5'];

/** A value the field must not accept. */
function breakingValues(field: Field): unknown[] {
  const out = VALUES.filter((v) => !field.kinds.includes(kindOf(v)));
  if (field.oneOf) out.push('x', '', 'STORAGE', '__proto__', 'toString');
  if (field.day) out.push(...BAD_DAYS);
  if (field.code) out.push('__proto__', 'constructor', 'toString');
  if (field.kinds.includes('string')) out.push(HUGE);
  return out;
}

interface Mutation {
  table: Table;
  /** Expected to be left out (true) or stored (false). */
  breaks: boolean;
  label: string;
  /** Turns a copy of a good row into the strange row. */
  apply: (row: Record<string, unknown>) => unknown;
}

function setOwn(row: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  // defineProperty: `row['__proto__'] = v` would set the prototype, not a key that JSON sends.
  if (value === undefined) delete row[key];
  else Object.defineProperty(row, key, { value, enumerable: true, writable: true, configurable: true });
  return row;
}

const FIELD_BREAKS: Mutation[] = TABLES.flatMap((table) => Object.entries(SPEC[table]).flatMap(([field, spec]) =>
  breakingValues(spec).map((value): Mutation => ({
    table, breaks: true, label: `${table}.${field} = ${JSON.stringify(value)?.slice(0, 30) ?? 'missing'}`,
    apply: (row) => setOwn(row, field, value),
  }))));

const NESTED_BREAKS: Mutation[] = [
  { table: 'items', breaks: true, label: 'items.gtins = [5]', apply: (r) => ({ ...r, gtins: [5] }) },
  { table: 'items', breaks: true, label: 'items.conditions = [null]', apply: (r) => ({ ...r, conditions: [null] }) },
  { table: 'purchaseOrders', breaks: true, label: 'PO line quantity "3"', apply: (r) => ({ ...r, lines: [{ ...PO.lines[0], quantity: '3' }] }) },
  { table: 'purchaseOrders', breaks: true, label: 'PO lines [null]', apply: (r) => ({ ...r, lines: [null] }) },
  { table: 'pickLists', breaks: true, label: 'pick line locationId 5', apply: (r) => ({ ...r, lines: [{ ...PL.lines[0], locationId: 5 }] }) },
  { table: 'pickLists', breaks: true, label: 'pick line picked missing', apply: (r) => ({ ...r, lines: [{ ...PL.lines[0], picked: undefined }] }) },
  { table: 'lots', breaks: true, label: 'lot hold action "freeze"', apply: (r) => ({ ...r, holds: [{ ...LOT.holds[0], action: 'freeze' }] }) },
  { table: 'lots', breaks: true, label: 'lot holds [7]', apply: (r) => ({ ...r, holds: [7] }) },
];

const NOT_OBJECTS: Mutation[] = TABLES.flatMap((table) => [null, 7, 'row', [], true].map((value): Mutation => ({
  table, breaks: true, label: `${table} row = ${JSON.stringify(value)}`, apply: () => value,
})));

const FREE_TEXT: [Table, string][] = [
  ['items', 'name'], ['items', 'sku'], ['items', 'unit'], ['locations', 'code'], ['locations', 'zone'], ['slots', 'lot'],
  ['serials', 'serial'], ['purchaseOrders', 'supplier'], ['purchaseOrders', 'number'], ['pickLists', 'number'], ['lots', 'lot'],
  ['exceptions', 'resolution'], ['exceptions', 'code'], ['outcomes', 'code'],
];
const DANGEROUS_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'then'];

const harmless: fc.Arbitrary<Mutation> = fc.oneof(
  // An extra key, possibly a dangerous one, with any JSON value: kept as it comes.
  fc.record({
    table: fc.constantFrom(...TABLES),
    key: fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string({ maxLength: 12 })),
    value: fc.jsonValue({ maxDepth: 2 }),
  }).filter(({ table, key }) => !(key in SPEC[table])).map(({ table, key, value }): Mutation => ({
    table, breaks: false, label: `${table} extra key ${JSON.stringify(key)}`, apply: (row) => setOwn(row, key, value),
  })),
  // Control characters, lone surrogates, any code point in free text.
  fc.record({ target: fc.constantFrom(...FREE_TEXT), value: fc.string({ unit: 'binary', maxLength: 40 }) })
    .filter(({ value }) => !(value in Object.prototype))
    .map(({ target: [table, field], value }): Mutation => ({
      table, breaks: false, label: `${table}.${field} = ${JSON.stringify(value)}`, apply: (row) => ({ ...row, [field]: value }),
    })),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FIELD_BREAKS) },
  { weight: 1, arbitrary: fc.constantFrom(...NESTED_BREAKS, ...NOT_OBJECTS) },
  { weight: 2, arbitrary: harmless },
);

const READABLE_SETTINGS: Settings = {
  requireLotAtPack: true, scanner: { gsSubstitute: '|', prefix: '', suffix: '\n', maxGapMs: 40 },
  floor: { ...DEFAULT_SETTINGS.floor, blindCount: true, countReviewAbove: 5 },
  warehouse: { timeZone: 'Europe/Warsaw' },
};
/** Written before the floor settings existed: read with the floor's defaults. */
const OLDER_SETTINGS = { requireLotAtPack: false, scanner: DEFAULT_SETTINGS.scanner };
const settingsArb = fc.constantFrom<{ value: unknown; breaks: boolean }>(
  { value: null, breaks: false }, { value: DEFAULT_SETTINGS, breaks: false }, { value: READABLE_SETTINGS, breaks: false },
  { value: OLDER_SETTINGS, breaks: false }, { value: { ...READABLE_SETTINGS, floor: { ...READABLE_SETTINGS.floor, expiredAtReceipt: 'maybe' } }, breaks: true },
  { value: { ...READABLE_SETTINGS, warehouse: { timeZone: 'Mars/Olympus' } }, breaks: true },
  { value: 5, breaks: true }, { value: [], breaks: true }, { value: { requireLotAtPack: 'yes', scanner: DEFAULT_SETTINGS.scanner }, breaks: true },
  { value: { requireLotAtPack: false, scanner: null }, breaks: true }, { value: { requireLotAtPack: false, scanner: { ...DEFAULT_SETTINGS.scanner, maxGapMs: '30' } }, breaks: true },
);

/** A strange row made from a good one of its table, with a fresh id and keys that do not collide with good rows. */
function strangeRow(m: Mutation, template: Record<string, unknown>, n: number): unknown {
  const id = `bad-${n}`;
  const row: Record<string, unknown> = { ...template, id };
  if (m.table === 'items') row.sku = `BAD-${n}`;
  if (m.table === 'locations') row.code = `BAD-${n}`;
  if (m.table === 'purchaseOrders' || m.table === 'pickLists') row.number = `BAD-${n}`;
  return m.apply(row);
}

interface Scenario {
  mutations: { m: Mutation; template: number }[];
  pages: number;
  placement: number[];
  settings: { value: unknown; breaks: boolean }[];
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  mutations: fc.array(fc.record({ m: mutation, template: fc.nat(20) }), { minLength: 1, maxLength: 25 }),
  pages: fc.integer({ min: 1, max: 3 }),
  placement: fc.array(fc.nat(2), { minLength: 80, maxLength: 80 }),
  settings: fc.array(settingsArb, { minLength: 3, maxLength: 3 }),
});

type PageBody = { changes: Record<string, unknown>; cursor: string; hasMore: boolean };

function emptyPage(cursor: string, hasMore = false): PageBody {
  return { changes: { items: [], locations: [], slots: [], serials: [], exceptions: [], outcomes: [], settings: null }, cursor, hasMore };
}

/** The pages a server would send: good rows and strange ones spread over `pages` pages. */
function pagesOf(s: Scenario): { bodies: string[]; stored: Record<Table, Set<string>>; breaking: number; missing: number } {
  const pages: PageBody[] = Array.from({ length: s.pages }, (_, i) => ({
    changes: Object.fromEntries([...TABLES.map((t) => [t, [] as unknown[]]), ['settings', s.settings[i]!.value]]),
    cursor: `c-${i + 1}`, hasMore: i < s.pages - 1,
  }));
  const stored = Object.fromEntries(TABLES.map((t) => [t, new Set<string>()])) as Record<Table, Set<string>>;
  let k = 0;
  const place = (table: Table, row: unknown) => {
    const page = pages[s.placement[k++ % s.placement.length]! % s.pages]!;
    (page.changes[table] as unknown[]).push(row);
  };
  for (const table of TABLES) {
    for (const row of GOOD[table]) {
      place(table, row);
      stored[table].add(row.id as string);
    }
  }
  const settings = s.settings.slice(0, s.pages);
  let breaking = settings.filter((x) => x.breaks).length;
  // Unreadable settings are still missing unless a later page brings readable ones.
  let missing = settings.filter((x, i) => x.breaks && !settings.slice(i + 1).some((y) => !y.breaks && y.value !== null)).length;
  s.mutations.forEach(({ m, template }, n) => {
    const good = GOOD[m.table];
    place(m.table, strangeRow(m, good[template % good.length]!, n));
    if (m.breaks) {
      breaking += 1;
      missing += 1;
    } else {
      stored[m.table].add(`bad-${n}`);
    }
  });
  return { bodies: pages.map((p) => JSON.stringify(p)), stored, breaking, missing };
}

/** A server that answers each pull with the next of `bodies` (JSON text, as it travels). */
function fakeServer(bodies: string[]): Http & { asked: string[] } {
  const asked: string[] = [];
  let next = 0;
  return {
    baseUrl: 'http://server.test',
    asked,
    fetch: (input) => {
      asked.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      const body = bodies[Math.min(next++, bodies.length - 1)]!;
      return Promise.resolve(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
    },
  };
}

async function storedIds(db: ReplicaDb): Promise<Record<Table, Set<string>>> {
  const ids = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
  return {
    items: ids((await db.itemBlocks.toArray()).flatMap((b) => b.items)),
    locations: ids(await db.locations.toArray()),
    slots: ids((await db.slotBlocks.toArray()).flatMap((b) => b.slots)),
    serials: ids(await db.serials.toArray()),
    exceptions: ids(await db.exceptions.toArray()),
    outcomes: ids(await db.history.toArray()),
    purchaseOrders: ids(await db.purchaseOrders.toArray()),
    pickLists: ids(await db.pickLists.toArray()),
    lots: ids(await db.lots.toArray()),
  };
}

/** Every read the screens make, over every stored item and location and a few odd inputs. */
async function readEverything(db: ReplicaDb): Promise<void> {
  const items = (await db.itemBlocks.toArray()).flatMap((b) => b.items);
  const locations = await db.locations.toArray();
  const refs = ['MILK-1L', '4006381333931', '', ' ', '__proto__', 'constructor', '\u0000', 'x'.repeat(300)];
  for (const ref of [...refs, ...items.map((i) => i.sku)]) {
    await findItem(db, ref);
    await searchItems(db, ref);
    await findLocation(db, ref);
    await findSerial(db, ref);
    await purchaseOrderByNumber(db, ref);
    await pickListByNumber(db, ref);
  }
  for (const item of items) {
    const slots = await slotsOfItem(db, item.id);
    await lotsOfItem(db, item.id);
    await fefoSlots(db, item.id, TODAY);
    for (const slot of slots) await checkSlotLot(db, item, slot, TODAY);
    await openPurchaseOrders(db, item.id);
  }
  for (const location of locations) await slotsAtLocation(db, location.id);
  await nearExpiry(db, 30, TODAY);
  await openPurchaseOrders(db);
  await openPickLists(db);
  await getSettings(db);
  await attentionItems(db);
  await outboxEntries(db);
}

describe('strange server rows never crash the device', () => {
  test('fuzz: pages mixing good and strange rows store the good ones, skip and count the strange ones, advance the cursor, keep the outbox, and every read and new operation works', async () => {
    await fc.assert(fc.asyncProperty(scenario, async (s) => {
      const db = newDb();
      const device = await deviceId(db);
      const session = sessionOf('supervisor');
      // Work recorded before the first sync: it must survive the pull and be re-applied over the rows.
      const queued = await recordOperation(db, session, 'restock', { item: 'MILK-1L', lines: [{ location: 'A-01-02', quantity: 2, lot: 'L300' }] }, NOW);
      expect(queued.ok).toBe(true);
      const outboxBefore = await outboxEntries(db);

      const { bodies, stored, breaking, missing } = pagesOf(s);
      const server = fakeServer(bodies);
      const result = await pullAll(db, server, 'token', device);

      expect(server.asked).toHaveLength(s.pages);
      expect(result).toMatchObject({ pages: s.pages, skipped: breaking });
      expect(await getMeta(db, META.cursor)).toBe(`c-${s.pages}`);
      expect(await getMeta(db, META.firstSyncDone)).toBe(true);
      expect(await skippedRowCount(db)).toBe(missing);
      expect(await storedIds(db)).toEqual(stored);
      expect(await outboxEntries(db)).toEqual(outboxBefore);
      const lastReadable = s.settings.slice(0, s.pages).filter((x) => !x.breaks && x.value !== null).at(-1)?.value;
      expect(await getSettings(db)).toEqual(settingsWithDefaults(lastReadable as Partial<Settings> | undefined));

      // The queued restock was re-applied over the pulled rows (C4).
      expect(await db.overlayItems.get('i-milk')).toBeDefined();
      // New work can be recorded over whatever was stored, and re-applied after the next pull.
      const pick = await recordOperation(db, session, 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 1 }, NOW);
      const move = await recordOperation(db, session, 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 1, lot: 'L100' }, NOW);
      expect([pick.ok, move.ok]).toEqual([true, true]);
      // The next pull (nothing new) re-applies all three over the stored rows.
      await pullAll(db, fakeServer([JSON.stringify(emptyPage('c-next'))]), 'token', device);
      expect(await getMeta(db, META.cursor)).toBe('c-next');
      expect(await db.outbox.count()).toBe(3);
      await readEverything(db);
    }), { seed: SEED, numRuns: RUNS });
  }, 120_000);
});

/** One page: the fixture warehouse with `over` replacing or adding tables (JSON text, as it travels). */
function page(over: Record<string, unknown>, cursor = 'c-1', hasMore = false): string {
  const w = makeWorld();
  return JSON.stringify({
    changes: { items: w.items, locations: w.locations, slots: w.slots, serials: w.serials, exceptions: [], outcomes: [], settings: w.settings, ...over },
    cursor, hasMore,
  });
}

const milkSlotsAt = async (db: ReplicaDb, code: string) => (await slotsOfItem(db, 'i-milk')).filter((x) => x.location.code === code);

describe('strange server rows, by name', () => {
  test('a slot whose quantity is a string or null is skipped and counted; the item keeps its other slots and a restock of it is recorded and shown', async () => {
    const db = newDb();
    const w = makeWorld();
    const bad = [{ ...w.slots[0], id: 's-bad-1', locationId: 'l-c1', quantity: '12' }, { ...w.slots[0], id: 's-bad-2', locationId: 'l-b1', quantity: null }];
    const result = await pullAll(db, fakeServer([page({ slots: [...w.slots, ...bad] })]), 'token', await deviceId(db));
    expect(result.skipped).toBe(2);
    expect(await skippedRowCount(db)).toBe(2);
    expect((await slotsOfItem(db, 'i-milk')).map((x) => x.id).sort()).toEqual(['s-milk-a1', 's-milk-a2', 's-milk-dock']);
    const r = await recordOperation(db, sessionOf(), 'restock', { item: 'MILK-1L', lines: [{ location: 'A-01-02', quantity: 4, lot: 'L300' }] }, NOW);
    expect(r.ok).toBe(true);
    expect(await milkSlotsAt(db, 'A-01-02')).toMatchObject([{ quantity: 4, lot: 'L300' }]);
  });

  test('an item whose gtins is null, or whose sku is missing, is skipped; the other items are found by SKU and GTIN', async () => {
    const db = newDb();
    const w = makeWorld();
    const items = [...w.items, { ...w.items[1], id: 'i-bad-1', sku: 'ODD-1', gtins: null }, { ...w.items[1], id: 'i-bad-2', sku: undefined }];
    await pullAll(db, fakeServer([page({ items })]), 'token', await deviceId(db));
    expect(await skippedRowCount(db)).toBe(2);
    expect(await findItem(db, 'ODD-1')).toBeUndefined();
    expect((await findItem(db, '4006381333931'))?.id).toBe('i-milk');
    expect((await searchItems(db, 'b')).map((i) => i.sku)).toEqual(['BOLT-M8']);
  });

  test("a location of an unknown type, an exception without details or with code '__proto__', and an outcome with code 'constructor' are skipped; the inbox reads", async () => {
    const db = newDb();
    const w = makeWorld();
    const raised: PulledOutcome = { ...OUTCOME_RAISED };
    const out = await pullAll(db, fakeServer([page({
      locations: [...w.locations, { id: 'l-odd', code: 'ODD-1', zone: 'O', type: 'roof', active: true }],
      exceptions: [EXCEPTION, { ...EXCEPTION, id: 'x-2', details: undefined }, { ...EXCEPTION, id: 'x-3', code: '__proto__' }],
      outcomes: [raised, { ...OUTCOME_APPLIED, code: 'constructor' }],
    })]), 'token', await deviceId(db));
    expect(out.skipped).toBe(4);
    expect(await findLocation(db, 'ODD-1')).toBeUndefined();
    expect(await db.exceptions.count()).toBe(1);
    expect((await attentionItems(db)).map((a) => [a.kind, a.code])).toEqual([['exception', 'negative-stock']]);
  });

  test("an exception with a code this app does not know (a newer server's) is kept, not skipped, and reaches the inbox with its code", async () => {
    const db = newDb();
    await pullAll(db, fakeServer([page({ exceptions: [{ ...EXCEPTION, code: 'pallet-tilted' }], outcomes: [OUTCOME_RAISED] })]), 'token', await deviceId(db));
    expect(await skippedRowCount(db)).toBe(0);
    expect((await attentionItems(db)).map((a) => a.code)).toEqual(['pallet-tilted']);
  });

  test('a lot record with a date that is not a calendar day (2026-02-30) is skipped; near-expiry and FEFO read the others', async () => {
    const db = newDb();
    const lots = [LOT, { ...LOT, id: 'i-milk\u001fL200', lot: 'L200', expiry: '2026-02-30' }, { ...LOT, id: 'i-milk\u001fL9', lot: 'L9', expiry: 'soon' }];
    await pullAll(db, fakeServer([page({ lots })]), 'token', await deviceId(db));
    expect(await skippedRowCount(db)).toBe(2);
    expect((await nearExpiry(db, 30, TODAY)).map((r) => r.lot)).toEqual(['L100']);
    expect((await fefoSlots(db, 'i-milk', TODAY)).length).toBeGreaterThan(0);
  });

  test('purchase orders and pick lists with odd lines are skipped; the good ones stay open to receive and pick against', async () => {
    const db = newDb();
    await pullAll(db, fakeServer([page({
      purchaseOrders: [PO, { ...PO, id: 'po-2', number: 'PO-8', lines: [{ ...PO.lines[0], quantity: '3' }] }, { ...PO, id: 'po-3', number: 'PO-9', lines: null }],
      pickLists: [PL, { ...PL, id: 'pl-2', number: 'PL-4', status: 'maybe' }],
    })]), 'token', await deviceId(db));
    expect(await skippedRowCount(db)).toBe(3);
    expect((await openPurchaseOrders(db)).map((o) => o.number)).toEqual(['PO-7']);
    expect((await openPickLists(db)).map((l) => l.number)).toEqual(['PL-3']);
  });

  test("huge strings, control characters and '__proto__' keys: a huge id or SKU is skipped; control characters and extra keys are kept as sent and harm nothing", async () => {
    const db = newDb();
    const w = makeWorld();
    const proto = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}') as Record<string, unknown>;
    const items = [
      ...w.items,
      { ...w.items[1], id: 'i-ctl', sku: 'CTL-\u0000\u0007\u001b[2J', name: 'bell \u0007 nul \u0000 rtl \u202e end', ...proto },
      { ...w.items[1], id: 'i-huge', sku: 'H'.repeat(100_000) },
      { ...w.items[1], id: 'x'.repeat(10_000), sku: 'HUGE-ID' },
    ];
    await pullAll(db, fakeServer([page({ items })]), 'token', await deviceId(db));
    expect(await skippedRowCount(db)).toBe(2);
    const ctl = await findItem(db, 'CTL-\u0000\u0007\u001b[2J');
    expect(ctl?.name).toBe('bell \u0007 nul \u0000 rtl \u202e end');
    expect(Object.getPrototypeOf(ctl)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await findItem(db, 'HUGE-ID')).toBeUndefined();
    await readEverything(db);
  });

  test('a strange version of a stored row leaves the stored row as it was and counts once however often it comes; a readable version pulled later replaces it and clears the note', async () => {
    const db = newDb();
    const device = await deviceId(db);
    const w = makeWorld();
    await pullAll(db, fakeServer([page({})]), 'token', device);
    const strange = { ...w.slots[0], quantity: 'lots' };
    await pullAll(db, fakeServer([JSON.stringify({ ...emptyPage('c-2'), changes: { ...emptyPage('c-2').changes, slots: [strange] } })]), 'token', device);
    expect(await getMeta(db, META.cursor)).toBe('c-2');
    expect(await skippedRowCount(db)).toBe(1);
    expect(await milkSlotsAt(db, 'A-01-01')).toMatchObject([{ id: 's-milk-a1', quantity: 10 }]);
    // Sent strange once more: still one missing row.
    await pullAll(db, fakeServer([JSON.stringify({ ...emptyPage('c-2b'), changes: { ...emptyPage('c-2b').changes, slots: [strange] } })]), 'token', device);
    expect(await skippedRowCount(db)).toBe(1);
    const fixed = { ...w.slots[0], quantity: 12 };
    await pullAll(db, fakeServer([JSON.stringify({ ...emptyPage('c-3'), changes: { ...emptyPage('c-3').changes, slots: [fixed] } })]), 'token', device);
    expect(await skippedRowCount(db)).toBe(0);
    expect(await milkSlotsAt(db, 'A-01-01')).toMatchObject([{ id: 's-milk-a1', quantity: 12 }]);
  });

  test('a page where every row is strange still applies: the cursor moves on and the next pull asks with it (sync never wedges)', async () => {
    const db = newDb();
    const server = fakeServer([
      JSON.stringify({ changes: { items: [null, 1, 'x'], locations: [{}], slots: [[]], serials: [{ id: 5 }], exceptions: [true], outcomes: [{ id: 'o' }], settings: 'yes', lots: [{}] }, cursor: 'c-1', hasMore: true }),
      JSON.stringify(emptyPage('c-2')),
    ]);
    const result = await pullAll(db, server, 'token', await deviceId(db));
    expect(result).toMatchObject({ pages: 2, rows: 0, skipped: 10 });
    expect(server.asked[1]).toContain('cursor=c-1');
    expect(await getMeta(db, META.cursor)).toBe('c-2');
  });

  test("the puller's language comes with the page; one this build does not speak, or none, is left unsaid and the rows still apply", async () => {
    const told = async (you: unknown) => {
      const db = newDb();
      const body = you === undefined ? emptyPage('c-1') : { ...emptyPage('c-1'), you };
      const result = await pullAll(db, fakeServer([JSON.stringify(body)]), 'token', await deviceId(db));
      expect(await getMeta(db, META.cursor)).toBe('c-1');
      return result.language;
    };
    expect(await told({ language: 'pl' })).toBe('pl');
    expect(await told({ language: null })).toBeNull();
    expect(await told({ language: 'xx' })).toBeUndefined();
    expect(await told('ar')).toBeUndefined();
    expect(await told(undefined)).toBeUndefined();
  });

  test('a skipped outcome leaves its operation queued, never lost: the next readable outcome takes it out', async () => {
    const db = newDb();
    const device = await deviceId(db);
    await pullAll(db, fakeServer([page({})]), 'token', device);
    const r = await recordOperation(db, sessionOf(), 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 1 }, NOW);
    if (!r.ok) throw new Error('not recorded');
    const outcome = { id: r.id, seq: r.seq, outcome: 'applied', code: null, rule: null, details: null };
    await pullAll(db, fakeServer([JSON.stringify({ ...emptyPage('c-2'), changes: { ...emptyPage('c-2').changes, outcomes: [{ ...outcome, outcome: 'done' }] } })]), 'token', device);
    expect((await outboxEntries(db)).map((e) => e.id)).toEqual([r.id]);
    await pullAll(db, fakeServer([JSON.stringify({ ...emptyPage('c-3'), changes: { ...emptyPage('c-3').changes, outcomes: [outcome] } })]), 'token', device);
    expect(await outboxEntries(db)).toEqual([]);
    expect(await skippedRowCount(db)).toBe(0);
  });

  test.each([
    ['no cursor', { changes: emptyPage('x').changes, hasMore: false }],
    ['changes not an object', { changes: 'rows', cursor: 'c-9', hasMore: false }],
    ['changes an array', { changes: [], cursor: 'c-9', hasMore: false }],
    ['a table not an array', { changes: { ...emptyPage('x').changes, slots: { id: 's' } }, cursor: 'c-9', hasMore: false }],
    ['an optional table not an array', { changes: { ...emptyPage('x').changes, lots: 'none' }, cursor: 'c-9', hasMore: false }],
    ['a cursor longer than the server takes back', { changes: emptyPage('x').changes, cursor: 'c'.repeat(501), hasMore: false }],
    ['not an object', null],
  ])('a page whose envelope is broken (%s) is refused whole with a clear error and writes nothing', async (_name, body) => {
    const db = newDb();
    const device = await deviceId(db);
    await pullAll(db, fakeServer([page({})]), 'token', device);
    const error = await pullAll(db, fakeServer([JSON.stringify(body)]), 'token', device).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('pull: the answer is not a page of changes');
    expect(await getMeta(db, META.cursor)).toBe('c-1');
    expect(await skippedRowCount(db)).toBe(0);
  });

  test('the sync status tells how many server rows were skipped, and a fresh first sync starts the count again', async () => {
    const db = newDb();
    const w = makeWorld();
    let body = page({ slots: [...w.slots, { ...w.slots[0], id: 's-bad', quantity: '1' }], serials: [...w.serials, { ...w.serials[0], id: 'n-bad', status: 'lost' }] });
    const fetchPage: typeof fetch = () => Promise.resolve(new Response(body, { status: 200 }));
    const client = createSyncClient({ db, getSession: () => sessionOf('operator'), baseUrl: 'http://server.test', fetch: fetchPage, locks: null, eventSource: null });
    await client.syncNow();
    expect(client.getStatus()).toMatchObject({ lastError: null, skippedRows: 2, firstSync: { done: true } });
    await db.meta.delete(META.cursor);
    body = page({});
    await client.syncNow();
    expect(client.getStatus()).toMatchObject({ lastError: null, skippedRows: 0 });
  });
});

describe('rows of a real server', () => {
  test('a first sync from the real server (demo warehouse, orders and lots included) skips no row', async () => {
    const server = await startTestServer();
    try {
      const session = await server.login(...OPERATOR);
      const db = newDb();
      const client = createSyncClient({ db, getSession: () => session, baseUrl: server.baseUrl, locks: null, eventSource: null });
      await client.syncNow();
      expect(client.getStatus()).toMatchObject({ lastError: null, skippedRows: 0, firstSync: { done: true } });
      const snapshot = await server.snapshot();
      expect((await db.slotBlocks.toArray()).flatMap((b) => b.slots)).toHaveLength(snapshot.slots.length);
      expect(await db.purchaseOrders.count() + await db.pickLists.count() + await db.lots.count()).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  }, 180_000);
});
