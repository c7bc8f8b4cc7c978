// Push throughput of the sync server: 20 devices replay 10,000 mixed floor
// operations over HTTP against PGlite and against PostgreSQL, and print
// operations per second and p50/p99 push latency as JSON. Where pgbench is
// installed, its simple-update rate on the same PostgreSQL is printed beside.
//
//   npm run bench:server                 both databases
//   BENCH_OPS=2000 npm run bench:server  a shorter run
//   BENCH_DATABASE_URL=postgres://...    the PostgreSQL server to use (a database lotline_bench is made there)
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../sync-server/src/app';
import { openPglite, openPostgres, type Db } from '../sync-server/src/db/connection';
import { migrate } from '../sync-server/src/db/migrate';
import { insertMasterData, seedDemo } from '../sync-server/src/db/seed';
import { pushOperations } from '../sync-server/src/sync/push';
import type { Item, Location } from '../src/domain';

const DEVICES = Number(process.env.BENCH_DEVICES ?? 20);
const OPERATIONS = Number(process.env.BENCH_OPS ?? 10_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 20);
const ITEMS = 200;
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Figures {
  database: string;
  devices: number;
  operations: number;
  batch: number;
  seconds: number;
  /** CPU of this process (HTTP server, rule engine, client load); the database's own is not included for PostgreSQL. */
  serverProcessCpuSeconds: number;
  operationsPerSecond: number;
  pushLatencyMs: { p50: number; p99: number; max: number };
  outcomes: Record<string, number>;
  pgbenchSimpleUpdateTps?: number;
  ratioToPgbench?: number;
}

/** A warehouse big enough that 20 devices do not all queue on one slot. */
function benchMasterData(): { items: Item[]; locations: Location[] } {
  const items: Item[] = Array.from({ length: ITEMS }, (_, i) => ({
    id: `bench-item-${i}`, sku: `B-${String(i).padStart(4, '0')}`, name: `Bench item ${i}`, gtins: [], unit: 'each',
    lotTracked: i % 2 === 0, lotAtPack: false, serialized: false, durable: false, conditions: [], specialHandling: false,
  }));
  const locations: Location[] = Array.from({ length: ITEMS * 2 }, (_, i) => ({
    id: `bench-loc-${i}`, code: `BL-${String(i).padStart(4, '0')}`, zone: 'Bench', type: 'storage', active: true,
  }));
  return { items, locations };
}

async function seedBench(db: Db): Promise<void> {
  await seedDemo(db);
  const { items, locations } = benchMasterData();
  await db.transaction((tx) => insertMasterData(tx, items, locations));
  const assigns = items.flatMap((item, i) => [0, 1].map((k) => ({
    item: item.sku, location: `BL-${String(i * 2 + k).padStart(4, '0')}`, capacity: 100_000,
    conditions: [{ condition: '', quantity: k === 0 ? 5_000 : 0, ...(item.lotTracked && k === 0 ? { lot: `LOT-${i}-A` } : {}) }],
  })));
  await pushOperations(db, { userId: 'usr-sam', role: 'supervisor', deviceId: 'bench-seed' },
    assigns.map((payload, i) => ({ id: randomUUID(), seq: i + 1, type: 'assign', deviceTime: new Date().toISOString(), payload })));
}

/** Mixed floor work: picks, restocks, moves between an item's two slots, counts, returns. */
function makeOperation(n: number, seq: number): unknown {
  const i = (n * 7919) % ITEMS;
  const sku = `B-${String(i).padStart(4, '0')}`;
  const tracked = i % 2 === 0;
  const home = `BL-${String(i * 2).padStart(4, '0')}`;
  const other = `BL-${String(i * 2 + 1).padStart(4, '0')}`;
  const lot = tracked ? { lot: `LOT-${i}-A` } : {};
  const kind = n % 10;
  const payload =
    kind < 4 ? { item: sku, location: home, quantity: 1 + (n % 3) }
    : kind < 6 ? { item: sku, lines: [{ location: home, quantity: 2, ...lot }] }
    : kind < 8 ? { item: sku, from: home, to: other, quantity: 1, ...lot }
    : kind < 9 ? { item: sku, location: home, quantity: 1, ...(tracked ? { lot: `LOT-${i}-A` } : {}) }
    : { item: sku, location: other, expected: { lot: null, quantity: 0 }, counted: { quantity: 3, ...lot } };
  const type = kind < 4 ? 'pick' : kind < 6 ? 'restock' : kind < 8 ? 'move' : kind < 9 ? 'return' : 'count';
  return { id: randomUUID(), seq, type, deviceTime: new Date().toISOString(), payload };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function run(database: string, db: Db): Promise<Figures> {
  await migrate(db);
  await seedBench(db);
  const app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ badge: 'OP-1001', pin: '1234' }),
  });
  const { token } = (await login.json()) as { token: string };

  const perDevice = Math.ceil(OPERATIONS / DEVICES);
  const queues = Array.from({ length: DEVICES }, (_, d) =>
    Array.from({ length: Math.min(perDevice, OPERATIONS - d * perDevice) }, (_, k) => makeOperation(d * perDevice + k, k + 1)));
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(queues.map(async (queue, d) => {
    for (let at = 0; at < queue.length; at += BATCH) {
      const t0 = performance.now();
      const response = await fetch(`${base}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ deviceId: `bench-${d}`, operations: queue.slice(at, at + BATCH) }),
      });
      const body = (await response.json()) as { outcomes: { outcome: string; code: string | null }[] };
      latencies.push(performance.now() - t0);
      for (const o of body.outcomes) outcomes[o.code ?? o.outcome] = (outcomes[o.code ?? o.outcome] ?? 0) + 1;
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await app.close();
  latencies.sort((a, b) => a - b);
  const total = queues.reduce((n, q) => n + q.length, 0);
  return {
    database, devices: DEVICES, operations: total, batch: BATCH,
    seconds: round(seconds), serverProcessCpuSeconds: round((cpu.user + cpu.system) / 1e6), operationsPerSecond: round(total / seconds),
    pushLatencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? 0) },
    outcomes,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function pgbenchTps(url: string): number | undefined {
  try {
    execFileSync('pgbench', ['-i', '-s', '1', '-q', url], { stdio: 'ignore' });
    const out = execFileSync('pgbench', ['-N', '-c', String(DEVICES), '-j', '2', '-T', '15', url], { encoding: 'utf8' });
    const match = /tps = ([\d.]+)/.exec(out);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function withFreshPostgresDatabase<T>(fn: (url: string) => Promise<T>): Promise<T | null> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  try {
    await admin.connect();
  } catch (error) {
    console.error(`PostgreSQL not reachable at ${SERVER_URL}: ${(error as Error).message} (skipping that run)`);
    return null;
  }
  await admin.query('DROP DATABASE IF EXISTS lotline_bench');
  await admin.query('CREATE DATABASE lotline_bench');
  const url = new URL(SERVER_URL);
  url.pathname = '/lotline_bench';
  try {
    return await fn(url.toString());
  } finally {
    await admin.query('DROP DATABASE IF EXISTS lotline_bench WITH (FORCE)');
    await admin.end();
  }
}

async function main(): Promise<void> {
  const results: Figures[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'lotline-bench-'));
  const lite = await openPglite(dir);
  try {
    results.push(await run('pglite', lite));
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(results[0]));
  const postgres = await withFreshPostgresDatabase(async (url) => {
    const db = openPostgres({ connectionString: url, poolSize: DEVICES });
    try {
      const figures = await run('postgres', db);
      const tps = pgbenchTps(url);
      if (tps !== undefined) {
        figures.pgbenchSimpleUpdateTps = round(tps);
        figures.ratioToPgbench = Math.round((figures.operationsPerSecond / tps) * 100) / 100;
      }
      return figures;
    } finally {
      await db.close();
    }
  });
  if (postgres) console.log(JSON.stringify(postgres));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
