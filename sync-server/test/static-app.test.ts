// Serving the built app: files are looked up when asked for, not listed once
// at start-up, so a build replaced under a running server (a deploy by copying
// dist/, or `npm run build` beside `npm start`) is served at once instead of
// giving 404s until a restart. Page paths get index.html (the app routes
// them); a missing asset is a 404, never HTML a service worker would cache as code.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../src/app';
import { createTestDatabase, type TestDatabase } from './harness';

describe('serving the built app (PGlite)', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    dir = mkdtempSync(join(tmpdir(), 'lotline-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Lotline A</title>');
    writeFileSync(join(dir, 'assets', 'index-A.js'), 'console.log("A");');
    app = await buildApp({ db: database.db, staticDir: dir });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  test('a build replaced while the server runs is served at once: the new assets and the new index.html', async () => {
    expect((await get('/assets/index-A.js')).statusCode).toBe(200);
    writeFileSync(join(dir, 'assets', 'index-B.js'), 'console.log("B");');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Lotline B</title>');
    const asset = await get('/assets/index-B.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log("B");');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect((await get('/')).body).toContain('Lotline B');
    expect((await get('/restock?step=2')).body).toContain('Lotline B');
    rmSync(join(dir, 'assets', 'index-A.js'));
    expect((await get('/assets/index-A.js')).statusCode).toBe(404);
  });

  test('a missing asset is a 404 in the error shape, never index.html; a page path is index.html', async () => {
    const missing = await get('/assets/gone-1234.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'not-found' } });
    const page = await get('/supervisor/items');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });

  test('nothing outside the build can be read: path traversal is refused', async () => {
    writeFileSync(join(dir, '..', 'lotline-secret.txt'), 'TOP-SECRET-CONTENT');
    try {
      for (const url of ['/../lotline-secret.txt', '/%2e%2e/lotline-secret.txt', '/assets/..%2f..%2flotline-secret.txt']) {
        const r = await get(url);
        expect(r.body, url).not.toContain('TOP-SECRET-CONTENT');
        expect(r.statusCode, url).toBeGreaterThanOrEqual(400);
        expect(r.statusCode, url).toBeLessThan(500);
      }
    } finally {
      rmSync(join(dir, '..', 'lotline-secret.txt'), { force: true });
    }
  });

  test('the API is never answered by the static files: an unknown API path is a JSON 404', async () => {
    const r = await get('/api/nothing-here');
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});
