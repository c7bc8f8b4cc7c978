// Cameras and service workers need HTTPS off localhost: with a certificate and
// key the server answers over TLS on its one port.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildApp } from '../src/app';
import { readConfig, ConfigError } from '../src/config';
import { openPglite, type Db } from '../src/db/connection';
import { migrate } from '../src/db/migrate';

let dir: string;
let db: Db;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lotline-tls-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  db = await openPglite();
  await migrate(db);
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('with LOTLINE_TLS_CERT and LOTLINE_TLS_KEY the server answers over HTTPS', async () => {
  const config = readConfig([], { LOTLINE_TLS_CERT: join(dir, 'cert.pem'), LOTLINE_TLS_KEY: join(dir, 'key.pem') });
  expect(config.https?.cert.toString()).toBe(readFileSync(join(dir, 'cert.pem'), 'utf8'));
  const app = await buildApp({ db, https: config.https! });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const body = await new Promise<string>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/api/health', rejectUnauthorized: false }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(text));
    }).on('error', reject).end();
  });
  await app.close();
  expect(JSON.parse(body)).toMatchObject({ status: 'ok', database: 'pglite' });
});

test('a certificate without a key is a configuration error that says what is missing', () => {
  expect(() => readConfig([], { LOTLINE_TLS_CERT: join(dir, 'cert.pem') })).toThrow(ConfigError);
  expect(() => readConfig([], { LOTLINE_TLS_CERT: join(dir, 'cert.pem') })).toThrow(/certificate and a key/);
});

test('PORT, HOST, DATABASE_URL and LOTLINE_DATA_DIR configure the server', () => {
  const config = readConfig([], { PORT: '9123', HOST: '127.0.0.1', DATABASE_URL: 'postgres://x@y/z', LOTLINE_DATA_DIR: '/tmp/lotline-x' });
  expect(config).toMatchObject({ port: 9123, host: '127.0.0.1', databaseUrl: 'postgres://x@y/z', dataDir: '/tmp/lotline-x', https: null });
  expect(() => readConfig([], { PORT: 'eighty' })).toThrow(/PORT/);
});
