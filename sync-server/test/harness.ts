// Test harness: a real server app on a real database, driven through HTTP
// (fastify.inject). PGlite in memory always; PostgreSQL too when
// TEST_DATABASE_URL is set, each harness in a schema of its own.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app';
import { openPglite, openPostgres, type Db } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { seedDemo } from '../src/db/seed';
import type { OperationOutcome, PullResponse } from '../src/domain';

export type Backend = 'pglite' | 'postgres';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** The backends this run covers: PostgreSQL only when CI (or you) provide one. */
export const BACKENDS: Backend[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  db: Db;
  /** A second connection pool on the same database and schema (a second server instance). */
  openAnother(): Db;
  drop(): Promise<void>;
}

export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const db = await openPglite();
    return { db, openAnother: () => { throw new Error('PGlite has one connection'); }, drop: () => db.close() };
  }
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const open = () => openPostgres({ connectionString: TEST_DATABASE_URL, searchPath: schema, poolSize: 8 });
  const db = open();
  return {
    db,
    openAnother: open,
    drop: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

export interface Harness {
  backend: Backend;
  db: Db;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** A migrated, demo-seeded database with an app in front of it. */
export async function startHarness(backend: Backend): Promise<Harness> {
  const database = await createTestDatabase(backend);
  await migrate(database.db);
  await seedDemo(database.db);
  const app = await buildApp({ db: database.db });
  return {
    backend,
    db: database.db,
    app,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export async function loginAs(app: FastifyInstance, badge: string, pin: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { badge, pin } });
  if (response.statusCode !== 200) throw new Error(`login ${badge} failed: ${response.statusCode} ${response.body}`);
  return response.json<{ token: string }>().token;
}

export const OPERATOR = ['OP-1001', '1234'] as const;
export const PICKER = ['PK-2001', '2345'] as const;
export const SUPERVISOR = ['SV-3001', '3456'] as const;

/** A device that numbers its operations the way the app does. */
export class TestDevice {
  private seq = 0;
  cursor: string | undefined;

  constructor(readonly app: FastifyInstance, readonly token: string, readonly deviceId = `dev-${randomUUID().slice(0, 8)}`) {}

  op(type: string, payload: unknown): { id: string; seq: number; type: string; deviceTime: string; payload: unknown } {
    this.seq += 1;
    return { id: randomUUID(), seq: this.seq, type, deviceTime: '2026-11-23T08:00:00.000Z', payload };
  }

  async push(operations: unknown[]): Promise<OperationOutcome[]> {
    const response = await this.app.inject({
      method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${this.token}` },
      payload: { deviceId: this.deviceId, operations },
    });
    if (response.statusCode !== 200) throw new Error(`push failed: ${response.statusCode} ${response.body}`);
    return response.json<{ outcomes: OperationOutcome[] }>().outcomes;
  }

  async pull(limit = 1000): Promise<PullResponse> {
    const query = new URLSearchParams({ deviceId: this.deviceId, limit: String(limit) });
    if (this.cursor) query.set('cursor', this.cursor);
    const response = await this.app.inject({
      method: 'GET', url: `/api/sync/pull?${query.toString()}`, headers: { authorization: `Bearer ${this.token}` },
    });
    if (response.statusCode !== 200) throw new Error(`pull failed: ${response.statusCode} ${response.body}`);
    const body = response.json<PullResponse>();
    this.cursor = body.cursor;
    return body;
  }
}
