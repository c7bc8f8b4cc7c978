// Several server instances on one PostgreSQL: the row locks, the id claim and
// the pull cursor must hold when transactions really run at the same time.
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../src/app';
import type { Db } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { seedDemo } from '../src/db/seed';
import { OPERATOR, PICKER, SUPERVISOR, TestDevice, createTestDatabase, loginAs, type TestDatabase } from './harness';
import { upsert } from './masterdata-support';
import type { OperationOutcome } from '../src/domain';

const HAVE_POSTGRES = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!HAVE_POSTGRES)('two server instances on one PostgreSQL (needs TEST_DATABASE_URL)', () => {
  let database: TestDatabase;
  let secondDb: Db;
  let one: FastifyInstance;
  let two: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    secondDb = database.openAnother();
    // Both instances start (and migrate) at once, as a rolling deploy would.
    await Promise.all([migrate(database.db), migrate(secondDb)]);
    await seedDemo(database.db);
    [one, two] = await Promise.all([buildApp({ db: database.db }), buildApp({ db: secondDb })]);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await secondDb.close();
    await database.drop();
  });

  test('C2/R3: conflicting lots pushed at the same moment through two instances end as one applied and one exception', async () => {
    const a = new TestDevice(one, await loginAs(one, ...OPERATOR));
    const b = new TestDevice(two, await loginAs(two, ...OPERATOR));
    const [outA, outB] = await Promise.all([
      a.push([a.op('restock', { item: 'ICE-2L', lines: [{ location: 'F-01-03', quantity: 10, lot: 'IC-A' }] })]),
      b.push([b.op('restock', { item: 'ICE-2L', lines: [{ location: 'F-01-03', quantity: 10, lot: 'IC-B' }] })]),
    ]);
    const kinds = [outA[0]?.outcome, outB[0]?.outcome].sort();
    expect(kinds).toEqual(['applied', 'exception']);
    const slot = await database.db.query<{ quantity: number; lot_unknown: boolean }>(
      "SELECT quantity, lot_unknown FROM slots WHERE id IN (SELECT id FROM slots WHERE item_id = 'itm-ice' AND location_id = 'loc-f-01-03')",
    );
    expect(slot.rows).toEqual([{ quantity: 20, lot_unknown: true }]);
  });

  test('C1: the same operation pushed through both instances at once is applied exactly once', async () => {
    const tokenOne = await loginAs(one, ...PICKER);
    const tokenTwo = await loginAs(two, ...PICKER);
    const a = new TestDevice(one, tokenOne, 'dev-twice');
    const b = new TestDevice(two, tokenTwo, 'dev-twice');
    const ops = Array.from({ length: 20 }, () => a.op('pick', { item: 'BOX-S', location: 'A-01-01', quantity: 1 }));
    const [outA, outB] = await Promise.all([a.push(ops), b.push(ops)]);
    for (let i = 0; i < ops.length; i++) {
      expect([outA[i]?.duplicate, outB[i]?.duplicate].sort()).toEqual([false, true]);
      expect(outA[i]?.outcome).toBe(outB[i]?.outcome);
    }
    const picked = await database.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM transactions WHERE op_id = ANY($1::uuid[])', [ops.map((o) => o.id)],
    );
    expect(picked.rows[0]?.n).toBe(20);
  });

  test('many pickers on one slot through two instances: stock equals the sum of transactions', async () => {
    const devices = await Promise.all(Array.from({ length: 8 }, async (_, i) => {
      const app = i % 2 === 0 ? one : two;
      return new TestDevice(app, await loginAs(app, ...PICKER));
    }));
    await Promise.all(devices.map((d) => d.push(Array.from({ length: 10 }, () => d.op('pick', { item: 'TAPE-48', location: 'A-01-02', quantity: 1 })))));
    const rows = await database.db.query<{ quantity: number; total: number }>(
      `SELECT s.quantity, (SELECT sum(t.quantity)::int FROM transactions t WHERE t.slot_id = s.id) AS total
         FROM slots s WHERE s.item_id = 'itm-tape' AND s.location_id = 'loc-a-01-02'`,
    );
    expect(rows.rows).toEqual([{ quantity: 40, total: 40 }]);
  });

  test('pull never misses a row whose transaction commits after a later one was already pulled, and sends an outcome together with its effects', async () => {
    const device = new TestDevice(one, await loginAs(one, ...OPERATOR));
    while ((await device.pull(5000)).hasMore) { /* first sync */ }
    // A slow transaction takes its id first and commits last.
    const slow = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, options: `-c search_path=${await schemaOf(database.db)}` });
    await slow.connect();
    await slow.query('BEGIN');
    await slow.query("UPDATE locations SET zone = 'Slow zone', change_xid = pg_current_xact_id() WHERE code = 'A-01-04'");
    // A fast one commits in between, and the device pulls it.
    const pick = device.op('pick', { item: 'BOX-S', location: 'A-01-01', quantity: 1 });
    await device.push([pick]);
    const between = await device.pull();
    expect(between.changes.slots.some((s) => s.locationId === 'loc-a-01-01')).toBe(true);
    expect(between.changes.locations.some((l) => l.code === 'A-01-04')).toBe(false);
    // The pick's outcome comes with its effects, whatever the slow one does.
    expect(between.changes.outcomes.map((o) => o.id)).toContain(pick.id);
    await slow.query('COMMIT');
    await slow.end();
    const after = await device.pull();
    expect(after.changes.locations).toContainEqual(expect.objectContaining({ code: 'A-01-04', zone: 'Slow zone' }));

  });
  test('L-rules: two first receipts of one new lot with different expiries, through two instances at once: one expiry stands and the other receipt is flagged expiry-conflict (never overwritten unseen)', async () => {
    const supervisor = await loginAs(one, ...SUPERVISOR);
    await upsert(one, supervisor, '/api/v1/items', { items: [{ sku: 'RACE-1', name: 'Race yoghurt', lotTracked: true }] });
    await upsert(one, supervisor, '/api/v1/locations', { locations: [{ code: 'R-01-01', type: 'storage' }, { code: 'R-01-02', type: 'storage' }] });
    await upsert(one, supervisor, '/api/v1/assignments', { assignments: [{ sku: 'RACE-1', location: 'R-01-01', capacity: 50 }, { sku: 'RACE-1', location: 'R-01-02', capacity: 50 }] });
    const a = new TestDevice(one, await loginAs(one, ...OPERATOR), 'dev-lot-race-a');
    const b = new TestDevice(two, await loginAs(two, ...OPERATOR), 'dev-lot-race-b');
    // Make the race certain: both pushes are held at their write (at their
    // device rows), so both have loaded the item and found no record of the lot
    // before either writes one. Then both go at once.
    await database.db.query("INSERT INTO devices (id, last_user_id) VALUES ('dev-lot-race-a', 'usr-olivia'), ('dev-lot-race-b', 'usr-olivia')");
    const blocker = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, options: `-c search_path=${await schemaOf(database.db)}` });
    await blocker.connect();
    const receipt = (device: TestDevice, location: string, expiry: string) =>
      device.op('restock', { item: 'RACE-1', lines: [{ location, quantity: 5, lot: 'LR-1', expiry }] });
    let outcomes: OperationOutcome[];
    try {
      await blocker.query('BEGIN');
      await blocker.query("SELECT 1 FROM devices WHERE id LIKE 'dev-lot-race-%' FOR UPDATE");
      const pushA = a.push([receipt(a, 'R-01-01', '2027-01-31')]);
      const pushB = b.push([receipt(b, 'R-01-02', '2027-06-30')]);
      await waitForLockWaiters(2);
      await blocker.query('COMMIT');
      outcomes = (await Promise.all([pushA, pushB])).flat();
    } finally {
      await blocker.end();
    }
    const applied = outcomes.findIndex((o) => o.outcome === 'applied');
    expect(outcomes.map((o) => o.code ?? o.outcome).sort()).toEqual(['applied', 'expiry-conflict']);
    const stored = await database.db.query<{ expiry: string }>("SELECT expiry FROM lots WHERE lot = 'LR-1'");
    expect(stored.rows).toEqual([{ expiry: applied === 0 ? '2027-01-31' : '2027-06-30' }]);
    // Both receipts happened (C2): 10 units of LR-1 on the shelves.
    const placed = await database.db.query<{ n: number }>("SELECT sum(quantity)::int AS n FROM transactions WHERE lot = 'LR-1'");
    expect(placed.rows[0]?.n).toBe(10);
  });

  /** Waits until `n` push writes (the one statement that records an operation) wait on a lock. */
  async function waitForLockWaiters(n: number): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const waiting = await database.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%WITH items_w AS%'",
      );
      if ((waiting.rows[0]?.n ?? 0) >= n) return;
      if (Date.now() > deadline) {
        const all = await database.db.query("SELECT state, wait_event_type, wait_event, left(query, 120) AS q FROM pg_stat_activity WHERE datname = current_database()");
        throw new Error(`expected ${n} pushes waiting on a lock: ${JSON.stringify(all.rows)}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }
});

async function schemaOf(db: Db): Promise<string> {
  return (await db.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]?.s ?? 'public';
}
