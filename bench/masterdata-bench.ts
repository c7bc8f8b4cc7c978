// Bulk item upsert rate of the integration API: 10,000 items (each with a
// GTIN) PUT in one request over HTTP, as an ERP would send them, against
// PGlite and against PostgreSQL. Three passes: create, the same request again
// (all unchanged: nothing is written), and an update of every row. Prints one
// JSON line per database with items per second for each pass.
//
//   npm run bench:masterdata                          PGlite, and PostgreSQL when DATABASE_URL is set
//   BENCH_ITEMS=2000 npm run bench:masterdata         a smaller request
//   DATABASE_URL=postgres://... npm run bench:masterdata   (runs in a schema of its own, dropped afterwards)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../sync-server/src/app';
import { openPglite, openPostgres, type Db } from '../sync-server/src/db/connection';
import { migrate } from '../sync-server/src/db/migrate';
import { seedDemo } from '../sync-server/src/db/seed';
import type { UpsertResponse } from '../src/domain/masterdata';
import { gs1CheckDigit } from '../src/domain';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);
const DATABASE_URL = process.env.DATABASE_URL;

interface Pass {
  seconds: number;
  itemsPerSecond: number;
  summary: UpsertResponse['summary'];
}

interface Figures {
  database: string;
  items: number;
  requestBytes: number;
  create: Pass;
  unchanged: Pass;
  update: Pass;
}

function rows(name: string): unknown[] {
  return Array.from({ length: ITEMS }, (_, i) => {
    const body = `88${String(i).padStart(10, '0')}`;
    return {
      sku: `ERP-${String(i).padStart(6, '0')}`, name: `${name} ${i}`, gtins: [body + String(gs1CheckDigit(body))],
      unit: i % 4 === 0 ? 'case' : 'each', lotTracked: i % 3 === 0, lotAtPack: i % 5 === 0,
      shelfLifeDays: i % 2 === 0 ? 365 : null,
    };
  });
}

async function run(database: string, db: Db): Promise<Figures> {
  await migrate(db);
  await seedDemo(db);
  const app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ badge: 'SV-3001', pin: '3456' }),
    });
    const { token } = (await login.json()) as { token: string };
    const put = async (body: string): Promise<Pass> => {
      const started = performance.now();
      const response = await fetch(`${base}/api/v1/items`, {
        method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body,
      });
      const answer = (await response.json()) as UpsertResponse;
      const seconds = (performance.now() - started) / 1000;
      if (response.status !== 200) throw new Error(`PUT failed: ${response.status} ${JSON.stringify(answer)}`);
      return { seconds: Math.round(seconds * 1000) / 1000, itemsPerSecond: Math.round(ITEMS / seconds), summary: answer.summary };
    };
    const first = JSON.stringify({ items: rows('ERP item') });
    const create = await put(first);
    const unchanged = await put(first);
    const update = await put(JSON.stringify({ items: rows('Renamed ERP item') }));
    return { database, items: ITEMS, requestBytes: first.length, create, unchanged, update };
  } finally {
    await app.close();
  }
}

async function onPostgres(url: string): Promise<Figures | null> {
  const schema = `masterdata_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch (error) {
    console.error(`PostgreSQL not reachable at DATABASE_URL: ${(error as Error).message} (skipping that run)`);
    return null;
  }
  await admin.query(`CREATE SCHEMA ${schema}`);
  const db = openPostgres({ connectionString: url, searchPath: schema, poolSize: 4 });
  try {
    return await run('postgres', db);
  } finally {
    await db.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lotline-masterdata-bench-'));
  const lite = await openPglite(dir);
  try {
    console.log(JSON.stringify(await run('pglite', lite)));
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (DATABASE_URL) {
    const figures = await onPostgres(DATABASE_URL);
    if (figures) console.log(JSON.stringify(figures));
  } else {
    console.error('DATABASE_URL is not set: PostgreSQL skipped');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
