// A real sync server in this process for the device's sync tests (test-only):
// PGlite in memory, migrated, demo-seeded, listening on 127.0.0.1 port 0.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../sync-server/src/app';
import { openPglite, type Db } from '../../sync-server/src/db/connection';
import { migrate } from '../../sync-server/src/db/migrate';
import { seedDemo } from '../../sync-server/src/db/seed';
import type { PullResponse } from '../domain';
import type { StoredSession } from '../replica/session';

export interface TestServer {
  baseUrl: string;
  db: Db;
  app: FastifyInstance;
  login(badge: string, pin: string): Promise<StoredSession>;
  /** Every replicated row as a fresh device would get it. */
  snapshot(): Promise<PullResponse['changes']>;
  close(): Promise<void>;
}

export const OPERATOR = ['OP-1001', '1234'] as const;
export const SUPERVISOR = ['SV-3001', '3456'] as const;

export async function startTestServer(): Promise<TestServer> {
  const db = await openPglite();
  await migrate(db);
  await seedDemo(db);
  const app = await buildApp({ db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const login = async (badge: string, pin: string): Promise<StoredSession> => {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ badge, pin }),
    });
    if (!response.ok) throw new Error(`login ${badge}: ${response.status}`);
    const body = await response.json() as Omit<StoredSession, 'badge'>;
    return { ...body, badge };
  };
  return {
    baseUrl,
    db,
    app,
    login,
    async snapshot() {
      const session = await login(...SUPERVISOR);
      const response = await fetch(`${baseUrl}/api/sync/pull?deviceId=snapshot&limit=5000`, {
        headers: { authorization: `Bearer ${session.token}` },
      });
      return (await response.json() as PullResponse).changes;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** Polls until `check` is true; no fixed sleeps. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
