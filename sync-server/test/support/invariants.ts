// The promise every fault, load and skew test checks afterwards: every
// operation a device recorded is on the server exactly once, with the outcome
// the device was told; every slot's stock is the sum of its transactions; and
// every device's replica equals the server's rows.
import { expect } from 'vitest';
import { openPglite, openPostgres, type Db } from '../../src/db/connection';
import { REPLICATED, SimulatedDevice } from './device-sim';
import type { ServerStorage } from './server-process';

/**
 * Opens the server's database from the test. PGlite has one owner: the server
 * process must be stopped first (the caller restarts it if needed).
 */
export async function withDatabase<T>(storage: ServerStorage, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = storage.databaseUrl ? openPostgres({ connectionString: storage.databaseUrl, poolSize: 2 }) : await openPglite(storage.dataDir);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export interface LedgerReport {
  operations: number;
  slots: number;
  transactions: number;
}

/** Exactly once, the first outcome kept, and stock == sum of transactions (C1, C2). */
export async function checkLedger(db: Db, devices: SimulatedDevice[]): Promise<LedgerReport> {
  const recorded = devices.flatMap((d) => d.recorded.map((op) => ({ op, device: d })));
  const ids = recorded.map((r) => r.op.id);
  const rows = (await db.query<{ id: string; deviceId: string; seq: number; outcome: string; code: string | null }>(
    `SELECT id::text AS id, device_id AS "deviceId", seq::int AS seq, outcome, code FROM operations WHERE id = ANY($1::uuid[])`,
    [ids],
  )).rows;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = recorded.filter((r) => !byId.has(r.op.id)).map((r) => `${r.device.deviceId}#${r.op.seq}`);
  expect(missing, 'recorded operations missing on the server').toEqual([]);
  expect(rows.length, 'an operation row per recorded operation, no more').toBe(ids.length);
  for (const { op, device } of recorded) {
    const row = byId.get(op.id);
    expect(row?.deviceId).toBe(device.deviceId);
    expect(row?.seq).toBe(op.seq);
    const told = device.answered.get(op.id) ?? device.pulledOutcomes.get(op.id);
    expect(told, `the device learnt the outcome of ${op.id}`).toBeDefined();
    expect({ outcome: told?.outcome, code: told?.code ?? null }).toEqual({ outcome: row?.outcome, code: row?.code ?? null });
  }
  // A transaction belongs to exactly one operation, and no operation wrote its effects twice.
  const orphans = (await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM transactions t LEFT JOIN operations o ON o.id = t.op_id WHERE o.id IS NULL',
  )).rows[0]?.n;
  expect(orphans).toBe(0);
  const drift = (await db.query<{ id: string; quantity: number; sum: number }>(
    `SELECT s.id, s.quantity, coalesce(sum(t.quantity), 0)::int AS sum
       FROM slots s LEFT JOIN transactions t ON t.slot_id = s.id
      GROUP BY s.id, s.quantity HAVING s.quantity <> coalesce(sum(t.quantity), 0)`,
  )).rows;
  expect(drift, 'slots whose stock is not the sum of their transactions').toEqual([]);
  const counts = (await db.query<{ operations: number; slots: number; transactions: number }>(
    `SELECT (SELECT count(*)::int FROM operations) AS operations, (SELECT count(*)::int FROM slots) AS slots,
            (SELECT count(*)::int FROM transactions) AS transactions`,
  )).rows[0];
  return counts ?? { operations: 0, slots: 0, transactions: 0 };
}

/** Every device's replica equals what a fresh observer pulls from the server now (C4). */
export async function checkReplicas(observer: SimulatedDevice, devices: SimulatedDevice[]): Promise<void> {
  await observer.pullAll(5000);
  for (const device of devices) {
    await device.pullAll();
    for (const table of REPLICATED) {
      expect(device.table(table), `${device.deviceId}: ${table}`).toEqual(observer.table(table));
    }
    // Drained: nothing waits in the outbox but operations the server rejected.
    expect([...device.outbox.values()].filter((e) => e.state !== 'rejected')).toEqual([]);
  }
}
