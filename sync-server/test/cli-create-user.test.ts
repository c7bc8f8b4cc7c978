// Starting from an empty database: `main.ts --create-user` makes the first
// supervisor and `--create-token` an integration token, each on the
// configured PGlite data directory, then exits without starting a server.
// The same directory, opened by a server afterwards, lets both in.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { buildApp } from '../src/app';
import { openPglite } from '../src/db/connection';
import { CommandError, readCommand } from '../src/users/cli';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const TSX = join(REPO, 'node_modules/.bin/tsx');
const MAIN = join(REPO, 'sync-server/src/main.ts');

let dataDir = '';
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [MAIN, '--no-demo', '--data-dir', dataDir, ...args], { cwd: REPO, env, timeout: 150_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

test('an empty database gets its first supervisor and an API token from the command line, and the server lets both in', async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lotline-cli-'));

  // A bad PIN is refused before the database is touched.
  const bad = await run(['--create-user', '--badge', 'SV-1', '--name', 'Ann', '--role', 'supervisor', '--pin', '12']);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain('--pin: a PIN is 4 to 12 digits');

  const user = await run(['--create-user', '--badge', 'SV-1', '--name', 'Ann Admin', '--role', 'supervisor', '--pin', '1234']);
  expect(user.code, user.stderr).toBe(0);
  expect(user.stdout).toMatch(/Created supervisor Ann Admin \(badge SV-1, id usr-[\w-]+\) on PGlite in /);
  expect(user.stdout).not.toContain('running');

  const token = await run(['--create-token', '--name', 'ERP']);
  expect(token.code, token.stderr).toBe(0);
  expect(token.stdout).toContain('Created integration token ERP');
  const secret = /^llt_\S+$/m.exec(token.stdout)?.[0];
  expect(secret).toBeDefined();

  const db = await openPglite(dataDir);
  const app = await buildApp({ db });
  try {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { badge: 'SV-1', pin: '1234' } });
    expect(login.statusCode, login.body).toBe(200);
    const session = login.json<{ token: string; user: { role: string } }>();
    expect(session.user.role).toBe('supervisor');

    // Nothing else was created: no demo users, no demo items.
    const users = await app.inject({ method: 'GET', url: '/api/users', headers: { authorization: `Bearer ${session.token}` } });
    expect(users.json<{ rows: { badge: string }[] }>().rows.map((u) => u.badge)).toEqual(['SV-1']);
    const items = await app.inject({ method: 'GET', url: '/api/v1/items', headers: { authorization: `Bearer ${secret}` } });
    expect(items.statusCode, items.body).toBe(200);
    expect(items.json<{ total: number }>().total).toBe(0);
  } finally {
    await app.close();
    await db.close();
  }
}, 400_000);

test('the command line names what is missing or wrong, and starts the server when no command is given', () => {
  expect(readCommand(['--no-demo', '--port', '9000'])).toBeNull();
  expect(() => readCommand(['--create-user', '--badge', 'SV-1', '--pin', '1234'])).toThrow(new CommandError(
    'cannot create the user: give --name, --role (e.g. --badge SV-1 --name "Ann" --role supervisor --pin 1234)',
  ));
  expect(() => readCommand(['--create-user', '--badge', 'SV-1', '--name', 'Ann', '--role', 'boss', '--pin', '1234'])).toThrow(/--role: /);
  expect(() => readCommand(['--create-token'])).toThrow(/give --name/);
  expect(() => readCommand(['--create-user', '--create-token', '--name', 'X'])).toThrow(/not both/);
  expect(readCommand(['--create-token', '--name', 'ERP', '--allow-floor-ops'])).toEqual({ kind: 'create-token', name: 'ERP', allowFloorOps: true });
  expect(readCommand(['--create-user', '--badge=OP-5', '--name', 'Olga', '--role', 'operator', '--pin', '0042'])).toEqual({
    kind: 'create-user', user: { badge: 'OP-5', name: 'Olga', role: 'operator', pin: '0042' },
  });
});
