// Who may do what: every principal (nobody, a bad or ended token, an expired
// session, a deactivated user, operator, picker, supervisor, integration
// tokens with and without floor work, a revoked integration token) against
// EVERY route the app has (discovered from the app itself) and every
// operation type, with the expected answer written in each cell. A route or
// an operation type missing from the tables fails the test: new endpoints
// must say who may call them. Also: login is rate limited, tokens never reach
// the log, the served app carries security headers, CORS is closed.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../src/app';
import { hashPin } from '../src/auth/pin-hash';
import { CONTENT_SECURITY_POLICY } from '../src/http/security';
import { OPERATION_TYPES } from '../src/domain';
import { OPERATOR, PICKER, SUPERVISOR, TestDevice, startHarness, type Harness } from './harness';
import { ARBITRARIES } from './support/floor-ops';
import { discoverRoutes, urlOf } from './support/routes';

const PRINCIPALS = [
  'nobody', 'garbage', 'loggedOut', 'expired', 'deactivated', 'revokedToken',
  'operator', 'picker', 'supervisor', 'integration', 'integrationFloor',
] as const;
type Principal = (typeof PRINCIPALS)[number];
/** ok: the request got past authentication and authorization (any answer but 401/403, never 5xx). */
type Cell = 'ok' | 401 | 403;
type Policy = Record<Principal, Cell>;

const OUT: Pick<Policy, 'nobody' | 'garbage' | 'loggedOut' | 'expired' | 'deactivated' | 'revokedToken'> = {
  nobody: 401, garbage: 401, loggedOut: 401, expired: 401, deactivated: 401, revokedToken: 401,
};
const PUBLIC: Policy = {
  nobody: 'ok', garbage: 'ok', loggedOut: 'ok', expired: 'ok', deactivated: 'ok', revokedToken: 'ok',
  operator: 'ok', picker: 'ok', supervisor: 'ok', integration: 'ok', integrationFloor: 'ok',
};
const ANYONE_LOGGED_IN: Policy = { ...OUT, operator: 'ok', picker: 'ok', supervisor: 'ok', integration: 'ok', integrationFloor: 'ok' };
/** Devices: every person; an integration only when its token allows floor work. */
const FLOOR: Policy = { ...ANYONE_LOGGED_IN, integration: 403 };
const SUPERVISOR_ONLY: Policy = { ...OUT, operator: 403, picker: 403, supervisor: 'ok', integration: 403, integrationFloor: 403 };
const MASTER_DATA_WRITE: Policy = { ...OUT, operator: 403, picker: 403, supervisor: 'ok', integration: 'ok', integrationFloor: 'ok' };

/** Every route, by "METHOD /path". A route the app has and this table lacks fails the test. */
const ROUTES: Record<string, Policy> = {
  'GET /api/health': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/logout': PUBLIC,
  'GET /api/auth/me': ANYONE_LOGGED_IN,
  'POST /api/sync/push': FLOOR,
  'GET /api/sync/pull': FLOOR,
  'GET /api/events': FLOOR,
  'GET /api/supervisor/transactions': SUPERVISOR_ONLY,
  'GET /api/supervisor/stock': SUPERVISOR_ONLY,
  'GET /api/supervisor/recall': SUPERVISOR_ONLY,
  'GET /api/supervisor/exceptions': SUPERVISOR_ONLY,
  'GET /api/supervisor/near-expiry': SUPERVISOR_ONLY,
  'GET /api/supervisor/devices': SUPERVISOR_ONLY,
  'GET /api/supervisor/count-tasks': SUPERVISOR_ONLY,
  'POST /api/supervisor/count-tasks': SUPERVISOR_ONLY,
  'POST /api/supervisor/count-tasks/:id/cancel': SUPERVISOR_ONLY,
  'PATCH /api/supervisor/devices/:id': SUPERVISOR_ONLY,
  'GET /api/supervisor/rejected': SUPERVISOR_ONLY,
  'GET /api/v1/lots': SUPERVISOR_ONLY,
  'POST /api/supervisor/import/read': SUPERVISOR_ONLY,
  'POST /api/supervisor/import/stock/preview': SUPERVISOR_ONLY,
  'POST /api/supervisor/import/stock/commit': SUPERVISOR_ONLY,
  'GET /api/v1/items': ANYONE_LOGGED_IN,
  'PUT /api/v1/items': MASTER_DATA_WRITE,
  'GET /api/v1/locations': ANYONE_LOGGED_IN,
  'PUT /api/v1/locations': MASTER_DATA_WRITE,
  'GET /api/v1/assignments': ANYONE_LOGGED_IN,
  'PUT /api/v1/assignments': MASTER_DATA_WRITE,
  'GET /api/v1/purchase-orders': ANYONE_LOGGED_IN,
  'PUT /api/v1/purchase-orders': MASTER_DATA_WRITE,
  'GET /api/v1/pick-lists': ANYONE_LOGGED_IN,
  'PUT /api/v1/pick-lists': MASTER_DATA_WRITE,
  'GET /api/v1/shipments': ANYONE_LOGGED_IN,
  'POST /api/tokens': SUPERVISOR_ONLY,
  'GET /api/tokens': SUPERVISOR_ONLY,
  'DELETE /api/tokens/:id': SUPERVISOR_ONLY,
  'GET /api/users': SUPERVISOR_ONLY,
  'POST /api/users': SUPERVISOR_ONLY,
  'PATCH /api/users/:id': SUPERVISOR_ONLY,
};

/** Operation types each role may push (C3); anything else is rejected 'forbidden'. Written out, not read from the code under test. */
const MAY_PUSH: Record<'operator' | 'picker' | 'supervisor' | 'integrationFloor', string[]> = {
  operator: ['restock', 'putaway', 'pick', 'return', 'move', 'count', 'assign', 'pack'],
  picker: ['pick', 'return', 'pack'],
  supervisor: [
    'restock', 'putaway', 'pick', 'return', 'move', 'count', 'assign', 'pack',
    'setLotTracking', 'changeSerialLot', 'adjust', 'resolveException', 'changeSettings', 'importStock', 'holdLot',
  ],
  // An integration token with floor work pushes as an operator.
  integrationFloor: ['restock', 'putaway', 'pick', 'return', 'move', 'count', 'assign', 'pack'],
};
const KNOWN_TYPES = new Set(MAY_PUSH.supervisor);

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('access: every principal against every route and every operation type (PGlite)', () => {
  let h: Harness;
  let base: string;
  const tokens = new Map<Principal, string | null>();
  const auth = (p: Principal): Record<string, string> => {
    const t = tokens.get(p);
    return t ? { authorization: `Bearer ${t}` } : {};
  };

  let round = 0;
  /** Logs every principal in afresh (walking POST /api/auth/logout ends their sessions). Each login from its own address: the per-address limit is tested below. */
  const mintPrincipals = async () => {
    round += 1;
    const login = async (badge: string, pin: string) => {
      const r = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { badge, pin }, remoteAddress: `10.1.${round}.${tokens.size + 1}` });
      expect(r.statusCode, `login ${badge}`).toBe(200);
      return r.json<{ token: string }>().token;
    };
    tokens.clear();
    tokens.set('nobody', null);
    tokens.set('garbage', 'not-a-token-at-all');
    tokens.set('operator', await login(...OPERATOR));
    tokens.set('picker', await login(...PICKER));
    const supervisor = await login(...SUPERVISOR);
    tokens.set('supervisor', supervisor);
    const loggedOut = await login(...PICKER);
    await h.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${loggedOut}` } });
    tokens.set('loggedOut', loggedOut);
    const expired = await login(...OPERATOR);
    await h.db.query("UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = $1", [sha256(expired)]);
    tokens.set('expired', expired);
    const badge = `OP-9${round}01`;
    await h.db.query("INSERT INTO users (id, name, badge, pin_hash, role) VALUES ($1, 'Gone Operator', $2, $3, 'operator')", [`usr-gone-${round}`, badge, await hashPin('9001')]);
    const gone = await login(badge, '9001');
    await h.db.query('UPDATE users SET active = false WHERE id = $1', [`usr-gone-${round}`]);
    tokens.set('deactivated', gone);
    const mint = async (name: string, allowFloorOps: boolean) => {
      const r = await h.app.inject({ method: 'POST', url: '/api/tokens', headers: { authorization: `Bearer ${supervisor}` }, payload: { name, allowFloorOps } });
      expect(r.statusCode).toBe(201);
      return r.json<{ id: string; token: string }>();
    };
    tokens.set('integration', (await mint(`erp-${round}`, false)).token);
    tokens.set('integrationFloor', (await mint(`erp-floor-${round}`, true)).token);
    const revoked = await mint(`erp-old-${round}`, false);
    await h.app.inject({ method: 'DELETE', url: `/api/tokens/${revoked.id}`, headers: { authorization: `Bearer ${supervisor}` } });
    tokens.set('revokedToken', revoked.token);
  };

  beforeAll(async () => {
    h = await startHarness('pglite');
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const address = h.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await mintPrincipals();
  });
  afterAll(async () => h?.close());

  test('every route the app serves has a row in the access table (new endpoints must be added)', () => {
    const keys = discoverRoutes(h.app).map((r) => r.key);
    expect(keys.filter((k) => !(k in ROUTES))).toEqual([]);
    expect(Object.keys(ROUTES).filter((k) => !keys.includes(k))).toEqual([]);
  });

  test('each principal gets the answer its cell says on each route, never a 5xx', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    // Logging out ends the session it is sent with: walked last, then everyone logs in again.
    const routes = discoverRoutes(h.app).sort((x, y) => Number(x.key === 'POST /api/auth/logout') - Number(y.key === 'POST /api/auth/logout'));
    for (const route of routes) {
      const policy = ROUTES[route.key];
      if (!policy) continue;
      for (const principal of PRINCIPALS) {
        const abort = new AbortController();
        const hasBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
        const response = await fetch(`${base}${urlOf(route)}`, {
          method: route.method, signal: abort.signal,
          headers: { ...auth(principal), ...(hasBody ? { 'content-type': 'application/json' } : {}) },
          // An empty object: enough to pass or fail the checks, never enough to change data.
          ...(hasBody ? { body: '{}' } : {}),
        });
        abort.abort(); // the event stream would never end
        cells += 1;
        const got: number | 'ok' = response.status === 401 || response.status === 403 ? response.status : response.status >= 500 ? response.status : 'ok';
        if (got !== policy[principal]) mismatches.push(`${route.key} as ${principal}: expected ${policy[principal]}, got ${response.status}`);
      }
    }
    await mintPrincipals();
    expect(mismatches).toEqual([]);
    expect(cells).toBe(Object.keys(ROUTES).length * PRINCIPALS.length);
  });

  test('an expired session says so (session-expired), a revoked token says so (token-revoked): the device knows to ask for a login', async () => {
    const expired = await h.app.inject({ method: 'GET', url: '/api/auth/me', headers: auth('expired') });
    expect(expired.json()).toMatchObject({ error: { code: 'session-expired' } });
    const revoked = await h.app.inject({ method: 'GET', url: '/api/auth/me', headers: auth('revokedToken') });
    expect(revoked.json()).toMatchObject({ error: { code: 'token-revoked' } });
  });

  test('C3: every operation type from every role is applied or rejected forbidden exactly as the role table says', async () => {
    expect(OPERATION_TYPES.filter((t) => !KNOWN_TYPES.has(t))).toEqual([]);
    const mismatches: string[] = [];
    for (const principal of ['operator', 'picker', 'supervisor', 'integrationFloor'] as const) {
      const device = new TestDevice(h.app, tokens.get(principal) as string);
      for (const type of OPERATION_TYPES) {
        const arbitrary = ARBITRARIES[type];
        if (!arbitrary) throw new Error(`no generator for ${type}`);
        const [sample] = fc.sample(arbitrary, { numRuns: 1, seed: 7 });
        const [outcome] = await device.push([device.op(type, sample?.payload)]);
        const forbidden = outcome?.outcome === 'rejected' && outcome.code === 'forbidden';
        if (forbidden === MAY_PUSH[principal].includes(type)) mismatches.push(`${principal} ${type}: ${JSON.stringify(outcome)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('a forbidden operation is recorded as rejected and changes nothing (no transaction, no slot change)', async () => {
    const picker = new TestDevice(h.app, tokens.get('picker') as string);
    const before = await h.db.query<{ q: number }>("SELECT quantity AS q FROM slots WHERE location_id = 'loc-a-01-01' AND item_id = 'itm-box'");
    const op = picker.op('adjust', { item: 'BOX-S', location: 'A-01-01', quantity: 1, reason: 'picker tries' });
    expect((await picker.push([op]))[0]).toMatchObject({ outcome: 'rejected', code: 'forbidden', rule: 'C3' });
    const after = await h.db.query<{ q: number }>("SELECT quantity AS q FROM slots WHERE location_id = 'loc-a-01-01' AND item_id = 'itm-box'");
    expect(after.rows).toEqual(before.rows);
    const written = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM transactions WHERE op_id = $1', [op.id]);
    expect(written.rows[0]?.n).toBe(0);
  });

  test('a user deactivated while their device was offline: the queued push is refused 401, nothing of it is applied, and the device keeps it', async () => {
    await h.db.query("INSERT INTO users (id, name, badge, pin_hash, role) VALUES ('usr-leaver', 'Leaving Operator', 'OP-9002', $1, 'operator')", [await hashPin('9002')]);
    const token = (await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { badge: 'OP-9002', pin: '9002' }, remoteAddress: '10.2.0.1' })).json<{ token: string }>().token;
    const device = new TestDevice(h.app, token);
    const queued = [device.op('restock', { item: 'BOX-S', lines: [{ location: 'A-01-01', quantity: 5 }] })];
    await h.db.query("UPDATE users SET active = false WHERE id = 'usr-leaver'");
    await expect(device.push(queued)).rejects.toThrow(/push failed: 401/);
    const recorded = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM operations WHERE id = $1', [queued[0]?.id]);
    expect(recorded.rows[0]?.n).toBe(0);
    // And the badge cannot log in again to push it.
    const relogin = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { badge: 'OP-9002', pin: '9002' }, remoteAddress: '10.2.0.2' });
    expect(relogin.statusCode).toBe(401);
  });

  test('CORS is closed: a foreign origin gets no Access-Control-Allow-Origin, on a simple request or a preflight', async () => {
    const simple = await fetch(`${base}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/api/sync/push`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    expect(preflight.status).toBeLessThan(500);
  });

  // Login limits, logs and headers: apps of their own on the same database.

  test('login is rate limited per address: the attempt over the limit is 429 with Retry-After, another address still gets in', async () => {
    const app = await buildApp({ db: h.db, loginsPerMinute: 3 });
    try {
      const attempt = (ip: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { badge: 'OP-1001', pin: '0000' }, remoteAddress: ip });
      for (let i = 0; i < 3; i++) expect((await attempt('10.9.9.9')).statusCode).toBe(401);
      const limited = await attempt('10.9.9.9');
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ error: { code: 'too-many-attempts', details: { seconds: Number(limited.headers['retry-after']) } } });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      const other = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { badge: 'SV-3001', pin: '3456' }, remoteAddress: '10.9.9.10' });
      expect(other.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  test('regression: tokens, PINs and access_token query strings never reach the log, even at trace level', async () => {
    let log = '';
    const stream = new Writable({ write(chunk: Buffer, _enc, done) { log += chunk.toString(); done(); } });
    const app = await buildApp({ db: h.db, logger: { level: 'trace', stream } });
    try {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { badge: 'OP-1001', pin: '1234' } });
      const token = login.json<{ token: string }>().token;
      await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
      await app.inject({ method: 'GET', url: `/api/sync/pull?deviceId=log-test&access_token=${token}` });
      await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: 'Bearer wrong-token-value-123' } });
      await app.inject({ method: 'POST', url: '/api/auth/login', payload: { badge: 'OP-1001', pin: '8765' } });
      expect(log.length).toBeGreaterThan(0); // the logger did log the requests
      expect(log).not.toContain(token);
      expect(log).not.toContain('wrong-token-value-123');
      expect(log).not.toContain('8765');
      expect(log).not.toContain('"1234"');
    } finally {
      await app.close();
    }
  });

  test('regression: a client cannot dodge the per-address login limit by sending its own X-Forwarded-For', async () => {
    const app = await buildApp({ db: h.db, loginsPerMinute: 2 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await app.inject({
          method: 'POST', url: '/api/auth/login', payload: { badge: 'OP-1001', pin: '0000' },
          remoteAddress: '10.8.8.8', headers: { 'x-forwarded-for': `203.0.113.${i}` },
        });
        statuses.push(r.statusCode);
      }
      expect(statuses).toEqual([401, 401, 429, 429]);
    } finally {
      await app.close();
    }
  });

  test('the served app and the API carry the full CSP, enforced (wasm for the decoder worker, no eval, no framing), nosniff and no-referrer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lotline-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Lotline</title>');
    writeFileSync(join(dir, 'worker.js'), 'self.onmessage = () => {};');
    const app = await buildApp({ db: h.db, staticDir: dir });
    try {
      for (const url of ['/', '/pick', '/worker.js', '/api/health', '/api/nothing-here']) {
        const r = await app.inject({ method: 'GET', url });
        // Enforced, whole (e2e/csp.spec.ts proves the app runs under it without a violation); nothing is report-only.
        const csp = String(r.headers['content-security-policy']);
        expect(r.headers['content-security-policy-report-only'], url).toBeUndefined();
        expect(csp, url).toBe(CONTENT_SECURITY_POLICY);
        expect(csp, url).toContain("frame-ancestors 'none'");
        expect(csp, url).toContain("script-src 'self' 'wasm-unsafe-eval'");
        expect(csp, url).toContain("worker-src 'self'");
        expect(csp, url).toContain("default-src 'self'");
        expect(csp, url).toContain("connect-src 'self'");
        expect(csp, url).not.toContain("'unsafe-eval'");
        expect(r.headers['x-content-type-options'], url).toBe('nosniff');
        expect(r.headers['referrer-policy'], url).toBe('no-referrer');
        expect(r.headers['access-control-allow-origin'], url).toBeUndefined();
      }
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
