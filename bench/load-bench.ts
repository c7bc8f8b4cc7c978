// Load: 50 simulated devices (the HTTP device simulator, syncing as the app
// does) record floor operations and push and pull for 60 seconds against TWO
// server instances (child processes) on one PostgreSQL database made fresh
// for the run. Prints one JSON line: operations per second, p50/p99 push
// latency, pulls, and the final checks: every slot's stock equals the sum of
// its transactions, every operation has exactly one outcome, every device's
// outcome agrees with the server, no outbox left undrained.
//
//   npm run bench:load
//   LOAD_DEVICES=50 LOAD_SECONDS=60 LOAD_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:load
import pg from 'pg';
import { SimulatedDevice } from '../sync-server/test/support/device-sim';
import { floorOperation, sampleOperations } from '../sync-server/test/support/floor-ops';
import { postgresStorage, serverProcess, type ServerProcess } from '../sync-server/test/support/server-process';

const DEVICES = Number(process.env.LOAD_DEVICES ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const ADMIN_URL = process.env.LOAD_DATABASE_URL ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BADGES = [
  { badge: 'OP-1001', pin: '1234' },
  { badge: 'PK-2001', pin: '2345' },
  { badge: 'OP-1001', pin: '1234' },
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10;
}

/** A device's next few operations: floor work, or a picker's own kinds. */
function nextOperations(picker: boolean, seed: number): { type: string; payload: unknown }[] {
  const count = 1 + (seed % 8);
  const ops = sampleOperations(floorOperation, count * 2, seed);
  return (picker ? ops.filter((o) => o.type === 'pick' || o.type === 'return' || o.type === 'pack') : ops).slice(0, count);
}

async function main(): Promise<void> {
  const storage = await postgresStorage(ADMIN_URL, 'lotline_load');
  const servers: ServerProcess[] = [];
  try {
    const env = { LOTLINE_LOGIN_PER_MINUTE: '100000' };
    // The first instance migrates and seeds; the second finds the data there.
    servers.push(await serverProcess({ storage, env }));
    await servers[0]?.start();
    servers.push(await serverProcess({ storage, env }));
    await servers[1]?.start();

    const devices = Array.from({ length: DEVICES }, (_, i) => {
      const server = servers[i % servers.length] as ServerProcess;
      return new SimulatedDevice({ baseUrl: () => server.url, ...(BADGES[i % BADGES.length] as { badge: string; pin: string }) });
    });
    for (const d of devices) await d.login();
    for (const d of devices) await d.pullAll(5000);

    const latencies: number[] = [];
    let pulls = 0;
    let failures = 0;
    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    await Promise.all(devices.map(async (d, i) => {
      let seed = i * 100_003;
      const picker = BADGES[i % BADGES.length]?.badge.startsWith('PK') ?? false;
      while (performance.now() < deadline) {
        for (const op of nextOperations(picker, seed++)) d.record(op.type, op.payload);
        try {
          const run = await d.sync();
          latencies.push(...run.latenciesMs);
          pulls += 1;
        } catch {
          failures += 1;
        }
        // A person scans for a moment before the next sync.
        await new Promise((r) => setTimeout(r, 50 + ((seed * 7919) % 200)));
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    for (const d of devices) await d.syncUntilDrained();

    const recorded = devices.flatMap((d) => d.recorded.map((op) => ({ op, d })));
    const db = new pg.Client({ connectionString: storage.databaseUrl });
    await db.connect();
    try {
      const rows = (await db.query<{ id: string; outcome: string | null; code: string | null }>(
        'SELECT id::text AS id, outcome, code FROM operations WHERE id = ANY($1::uuid[])', [recorded.map((r) => r.op.id)],
      )).rows;
      const byId = new Map(rows.map((r) => [r.id, r]));
      const missing = recorded.filter((r) => !byId.has(r.op.id)).length;
      const withoutOutcome = rows.filter((r) => r.outcome === null).length;
      const disagreeing = recorded.filter(({ op, d }) => {
        const told = d.answered.get(op.id) ?? d.pulledOutcomes.get(op.id);
        const row = byId.get(op.id);
        return !told || !row || told.outcome !== row.outcome || (told.code ?? null) !== row.code;
      }).length;
      const drift = (await db.query(
        `SELECT s.id FROM slots s LEFT JOIN transactions t ON t.slot_id = s.id
          GROUP BY s.id, s.quantity HAVING s.quantity <> coalesce(sum(t.quantity), 0)`,
      )).rows.length;
      const outcomes: Record<string, number> = {};
      for (const r of rows) outcomes[r.outcome ?? 'none'] = (outcomes[r.outcome ?? 'none'] ?? 0) + 1;
      const sorted = [...latencies].sort((a, b) => a - b);
      const figures = {
        bench: 'load',
        database: 'postgresql',
        serverInstances: servers.length,
        devices: DEVICES,
        seconds: Math.round(seconds * 10) / 10,
        operations: recorded.length,
        operationsPerSecond: Math.round((recorded.length / seconds) * 10) / 10,
        pushes: latencies.length,
        pushLatencyMs: { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: percentile(sorted, 100) },
        syncRuns: pulls,
        failedSyncRuns: failures,
        outcomes,
        checks: {
          stockEqualsTransactions: drift === 0,
          everyOperationHasExactlyOneOutcome: missing === 0 && withoutOutcome === 0 && rows.length === recorded.length,
          devicesAgreeWithServer: disagreeing === 0,
          slotsDrifting: drift,
          missing,
          disagreeing,
        },
      };
      console.log(JSON.stringify(figures));
      if (drift > 0 || missing > 0 || disagreeing > 0) process.exitCode = 1;
    } finally {
      await db.end();
    }
  } finally {
    for (const s of servers) await s.stop();
    await storage.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
