// A Lotline server of a spec's own (not the suite's webServer): a real
// `sync-server/src/main.ts` process on its own port and PGlite data directory,
// serving a given build of the app. deploy() is what a real deploy is: stop the
// server (SIGTERM) and start it again on the same port and data with other files.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { e2eServerEnv } from './server-env';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(REPO_ROOT, 'sync-server/src/main.ts');
const STOP_GRACE_MS = 5_000;

export interface AppServer {
  readonly url: string;
  /** The build being served now. */
  readonly staticDir: string | null;
  /** Stops the running server (if any) and starts it on the same port and data with `staticDir`. */
  deploy(staticDir: string): Promise<void>;
  /** SIGTERM: PGlite closes cleanly. */
  stop(): Promise<void>;
  /** Stops and removes the data directory. */
  dispose(): Promise<void>;
  /** What the server printed, for a failure message. */
  output(): string;
  /** How many stops needed the SIGKILL after the grace period (0 when SIGTERM works). */
  readonly kills: number;
}

export function appServer(port: number): AppServer {
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'lotline-e2e-server-'));
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let served: string | null = null;
  let log = '';
  let kills = 0;
  const running = () => child !== null && child.exitCode === null && child.signalCode === null;

  /**
   * SIGTERM, then SIGKILL after a grace period, as a process manager does
   * (systemd, Docker: 10 s). The server ends devices' /api/events streams
   * before it closes (preClose), so it should never need the kill: `kills`
   * counts the times it did, and app-update.spec fails on any.
   */
  const stop = async () => {
    if (!running()) return;
    child?.kill('SIGTERM');
    const graceful = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), STOP_GRACE_MS))]);
    if (!graceful) {
      kills += 1;
      child?.kill('SIGKILL');
      await exited;
    }
  };

  const start = async (staticDir: string) => {
    // `node --import tsx` rather than the tsx CLI: one process, so SIGTERM reaches the one holding PGlite.
    const proc = spawn(process.execPath, ['--import', 'tsx', MAIN, '--demo'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...e2eServerEnv({ port, dataDir, staticDir }), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    proc.stderr.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    exited = new Promise((done) => proc.once('exit', () => done()));
    // PGlite's first start runs initdb and the migrations: slow on 2 cores.
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (!running()) throw new Error(`the server exited during start-up:\n${log.slice(-4000)}`);
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`the server did not start:\n${log.slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    served = staticDir;
  };

  return {
    url,
    get staticDir() {
      return served;
    },
    async deploy(staticDir) {
      await stop();
      await start(staticDir);
    },
    stop,
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    output: () => log,
    get kills() {
      return kills;
    },
  };
}

/** Builds the app into `outDir` with LOTLINE_BUILD_ID=`buildId` (a real `vite build`: ~10-30 s). */
export async function buildApp(outDir: string, buildId: string): Promise<void> {
  let out = '';
  const code = await new Promise<number | null>((done) => {
    const proc = spawn(join(REPO_ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      env: { ...process.env, LOTLINE_BUILD_ID: buildId },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    proc.stderr.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    proc.once('exit', done);
  });
  if (code !== 0) throw new Error(`vite build failed (${code}):\n${out.slice(-4000)}`);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
