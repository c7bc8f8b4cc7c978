// A real Lotline server in a child process (node + tsx loader running
// src/main.ts), so a test can SIGKILL it mid-request and start it again on the
// same data. PGlite in a data directory of its own, or a PostgreSQL database.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const MAIN = join(REPO_ROOT, 'sync-server/src/main.ts');

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

export interface ServerStorage {
  /** DATABASE_URL for the child, or '' for PGlite in dataDir. */
  databaseUrl: string;
  dataDir: string;
  /** Removes the data directory or drops the database. */
  dispose(): Promise<void>;
}

/** A fresh PGlite data directory. */
export function pgliteStorage(): ServerStorage {
  const dataDir = mkdtempSync(join(tmpdir(), 'lotline-fault-'));
  return {
    databaseUrl: '',
    dataDir,
    dispose: () => {
      rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

/** A fresh PostgreSQL database on the server that `adminUrl` names (dropped by dispose). */
export async function postgresStorage(adminUrl: string, prefix = 'lotline_fault'): Promise<ServerStorage> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6).toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir: '',
    dispose: async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export interface ServerProcess {
  readonly port: number;
  readonly url: string;
  /** stdout + stderr so far (the test checks what the server logged). */
  output(): string;
  /** Starts (again) on the same storage and port; resolves once /api/health answers. */
  start(): Promise<void>;
  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  kill(): Promise<void>;
  /** SIGTERM: the server closes its database cleanly. */
  stop(): Promise<void>;
  readonly running: boolean;
}

export interface ServerProcessOptions {
  storage: ServerStorage;
  port?: number;
  env?: Record<string, string>;
  /** Readiness deadline for one start (PGlite's first start runs initdb). */
  startTimeoutMs?: number;
}

export async function serverProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let log = '';

  const waitForHealth = async (deadline: number) => {
    for (;;) {
      if (child === null || child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`the server exited during start-up:\n${log.slice(-4000)}`);
      }
      try {
        const response = await fetch(`${url}/api/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`the server did not answer within the start-up deadline:\n${log.slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const api: ServerProcess = {
    port,
    url,
    output: () => log,
    get running() {
      return child !== null && child.exitCode === null && child.signalCode === null;
    },
    async start() {
      if (api.running) throw new Error('already running');
      // `node --import tsx` rather than the tsx CLI: the CLI forks a second
      // process, and a SIGKILL must reach the process that holds the database.
      const proc = spawn(process.execPath, ['--import', 'tsx', MAIN, '--demo', '--port', String(port), '--host', '127.0.0.1'], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          DATABASE_URL: options.storage.databaseUrl,
          LOTLINE_DATA_DIR: options.storage.dataDir || join(tmpdir(), 'lotline-unused'),
          LOTLINE_STATIC_DIR: join(REPO_ROOT, 'no-app-here'),
          LOG_LEVEL: 'warn',
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      proc.stdout.on('data', (chunk: Buffer) => { log += chunk.toString(); });
      proc.stderr.on('data', (chunk: Buffer) => { log += chunk.toString(); });
      exited = new Promise((done) => proc.once('exit', () => done()));
      await waitForHealth(Date.now() + (options.startTimeoutMs ?? 90_000));
    },
    async kill() {
      if (!api.running) return;
      child?.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!api.running) return;
      child?.kill('SIGTERM');
      await exited;
    },
  };
  return api;
}
