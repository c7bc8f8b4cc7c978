// Every supervisor endpoint is for supervisors only: no session is 401, an
// operator's or a picker's session is 403 `forbidden`, and nothing is applied.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BACKENDS, OPERATOR, PICKER, SUPERVISOR, loginAs, startHarness, type Harness } from './harness';

const CSV = 'sku,location,quantity,lot\nBOX-S,A-01-01,1,\n';

const ENDPOINTS: { method: 'GET' | 'POST'; url: () => string; csv?: boolean }[] = [
  { method: 'GET', url: () => '/api/supervisor/transactions' },
  { method: 'GET', url: () => '/api/supervisor/transactions?format=csv' },
  { method: 'GET', url: () => '/api/supervisor/transactions?format=xlsx' },
  { method: 'GET', url: () => '/api/supervisor/stock' },
  { method: 'GET', url: () => '/api/supervisor/stock?format=xlsx' },
  { method: 'GET', url: () => '/api/supervisor/recall?lot=L2611A' },
  { method: 'GET', url: () => '/api/supervisor/recall?lot=L2611A&format=csv' },
  { method: 'GET', url: () => '/api/supervisor/exceptions?status=all' },
  { method: 'POST', url: () => '/api/supervisor/import/read', csv: true },
  { method: 'POST', url: () => '/api/supervisor/import/stock/preview', csv: true },
  { method: 'POST', url: () => `/api/supervisor/import/stock/commit?opId=${randomUUID()}`, csv: true },
];

describe.each(BACKENDS)('supervisor endpoints are for supervisors only on %s', (backend) => {
  let h: Harness;
  const tokens: Record<'operator' | 'picker' | 'supervisor', string> = { operator: '', picker: '', supervisor: '' };
  beforeAll(async () => {
    h = await startHarness(backend);
    tokens.operator = await loginAs(h.app, ...OPERATOR);
    tokens.picker = await loginAs(h.app, ...PICKER);
    tokens.supervisor = await loginAs(h.app, ...SUPERVISOR);
  });
  afterAll(async () => h.close());

  const call = (e: (typeof ENDPOINTS)[number], token?: string) => h.app.inject({
    method: e.method,
    url: e.url(),
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(e.csv ? { 'content-type': 'text/csv' } : {}),
    },
    ...(e.csv ? { payload: CSV } : {}),
  });

  test.each(ENDPOINTS.map((e) => [`${e.method} ${e.url().replace(/opId=[^&]+/, 'opId=…')}`, e] as const))(
    '%s: 401 without a session, 403 for an operator and a picker, 200 for a supervisor',
    async (_name, e) => {
      const anonymous = await call(e);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ error: { code: 'unauthenticated' } });
      const expired = await call(e, 'not-a-session');
      expect(expired.statusCode).toBe(401);
      for (const role of ['operator', 'picker'] as const) {
        const forbidden = await call(e, tokens[role]);
        expect(forbidden.statusCode, role).toBe(403);
        expect(forbidden.json()).toMatchObject({ error: { code: 'forbidden' } });
      }
      const allowed = await call(e, tokens.supervisor);
      expect(allowed.statusCode, allowed.body.slice(0, 300)).toBe(200);
    },
  );

  test('the OpenAPI document lists every supervisor endpoint', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/api/supervisor/transactions', '/api/supervisor/stock', '/api/supervisor/recall', '/api/supervisor/exceptions',
      '/api/supervisor/import/read', '/api/supervisor/import/stock/preview', '/api/supervisor/import/stock/commit',
    ]));
    expect(doc.components.schemas.ImportStockPayload).toBeDefined();
  });

  test('a refused import applies nothing: the slot keeps its stock and no operation is recorded', async () => {
    const before = await h.db.query<{ n: number }>("SELECT count(*)::int AS n FROM operations WHERE type = 'importStock'");
    const opId = randomUUID();
    const response = await h.app.inject({
      method: 'POST', url: `/api/supervisor/import/stock/commit?opId=${opId}`,
      headers: { authorization: `Bearer ${tokens.operator}`, 'content-type': 'text/csv' },
      payload: 'sku,location,quantity,lot\nBOX-S,A-01-01,1,\n',
    });
    expect(response.statusCode).toBe(403);
    const seen = await h.db.query('SELECT 1 FROM operations WHERE id = $1', [opId]);
    expect(seen.rows).toEqual([]);
    const after = await h.db.query<{ n: number }>("SELECT count(*)::int AS n FROM operations WHERE type = 'importStock'");
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });
});
