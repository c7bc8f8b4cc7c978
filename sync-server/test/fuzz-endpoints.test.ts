// Bad input against EVERY route the app has (discovered from the app, so new
// endpoints are fuzzed without being listed): malformed JSON, wrong types,
// random JSON, deep nesting, bodies over the limit, wrong content types,
// strange query strings; and against push: control characters and SQL/HTML
// injection in lots and labels, poison operations inside a batch, enormous
// batches. The server never answers 5xx, always answers in its one error
// shape saying what was wrong, and never half-applies a push.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { OperationOutcome } from '../src/domain';
import { OPERATOR, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';
import { discoverRoutes, urlOf, type Route } from './support/routes';

const RUNS = Number(process.env.LOTLINE_FUZZ_RUNS ?? 15);

const INJECTIONS = [
  "'; DROP TABLE slots; --", "' OR '1'='1", '"); DELETE FROM operations; --', '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '{{7*7}}', '${7*7}', '=HYPERLINK("http://x")', '\u202eLOT', 'LOT\u001d10ABC',
  'L\u0000T', '\u0007\u0008\u000b', 'LOT\r\nSet-Cookie: x=1', '🧪🧪', '\uFFFF', '\uD800', 'Ａ１', '../../etc/passwd', '%00', 'NULL',
];

const MALFORMED_JSON = ['{', '{"a":', 'nul', '[1,2', '{"deviceId":"x","operations":[}', '\u0000', '{"a":1}}', "{'a':1}", '{"a":NaN}', '{"__proto__":{"admin":true}}'];
const WRONG_TYPES: unknown[] = [
  { deviceId: 'nul', operations: ['\u0000'], items: [{ sku: 'A\u0000', name: '\uD800' }], badge: 'OP\u0000', pin: '1234', rows: [{ item: '\u0000' }] },
  { '\u0000': 1 },[], 1, 'text', null, true, { deviceId: 1, operations: 'x' }, { items: 'x' }, { badge: ['x'], pin: {} }, { rows: [null] }];

interface Answer {
  status: number;
  body: unknown;
  type: string;
}

function expectGoodError(where: string, a: Answer): void {
  expect(a.status, `${where}: ${JSON.stringify(a.body)}`).toBeLessThan(500);
  if (a.status >= 400) {
    expect(a.type, where).toContain('application/json');
    const error = (a.body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    expect(typeof error?.code, `${where}: ${JSON.stringify(a.body)}`).toBe('string');
    expect(String(error?.message).length, where).toBeGreaterThan(5);
  }
}

describe('fuzz: bad input against every endpoint (PGlite)', () => {
  let h: Harness;
  let supervisor: string;
  let operator: string;
  let routes: Route[];

  const send = async (route: Route, init: { payload?: string | Buffer; contentType?: string | null; query?: string; token?: string }): Promise<Answer> => {
    const headers: Record<string, string> = { authorization: `Bearer ${init.token ?? supervisor}` };
    if (init.contentType) headers['content-type'] = init.contentType;
    const r = await h.app.inject({
      method: route.method as 'GET', url: `${urlOf(route)}${init.query ?? ''}`, headers,
      ...(init.payload !== undefined ? { payload: init.payload } : {}),
    });
    let body: unknown = r.body;
    try {
      body = r.json();
    } catch {
      // not JSON: expectGoodError will say so for errors
    }
    return { status: r.statusCode, body, type: String(r.headers['content-type'] ?? '') };
  };
  // The event stream never ends, and logging out would end the session the fuzzer uses.
  const fuzzable = () => routes.filter((r) => r.key !== 'GET /api/events' && r.key !== 'POST /api/auth/logout');
  const withBody = () => fuzzable().filter((r) => r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH');

  beforeAll(async () => {
    h = await startHarness('pglite');
    supervisor = await loginAs(h.app, ...SUPERVISOR);
    operator = await loginAs(h.app, ...OPERATOR);
    routes = discoverRoutes(h.app);
  });
  afterAll(async () => h?.close());

  test('malformed JSON, wrong types and wrong content types: 4xx in the error shape, never 5xx', async () => {
    let requests = 0;
    for (const route of withBody()) {
      for (const payload of MALFORMED_JSON) {
        expectGoodError(`${route.key} ${JSON.stringify(payload)}`, await send(route, { payload, contentType: 'application/json' }));
        requests += 1;
      }
      for (const value of WRONG_TYPES) {
        expectGoodError(`${route.key} ${JSON.stringify(value)}`, await send(route, { payload: JSON.stringify(value), contentType: 'application/json' }));
        requests += 1;
      }
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=utf-16', null]) {
        const a = await send(route, { payload: '{"deviceId":"x"}', contentType });
        expectGoodError(`${route.key} as ${contentType}`, a);
        expect(a.status, `${route.key} as ${contentType}`).toBeGreaterThanOrEqual(400);
        requests += 1;
      }
    }
    expect(requests).toBeGreaterThan(50);
  });

  test('random JSON bodies on every POST/PUT route never yield a 5xx', async () => {
    for (const route of withBody()) {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ deviceId: fc.string(), operations: fc.array(fc.jsonValue(), { maxLength: 5 }) })), async (value) => {
          expectGoodError(`${route.key} ${JSON.stringify(value).slice(0, 200)}`, await send(route, { payload: JSON.stringify(value), contentType: 'application/json' }));
        }),
        { numRuns: RUNS, seed: 4242 },
      );
    }
  });

  test('deeply nested and oversized bodies: 4xx (413 over the limit), never 5xx', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const deepObject = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const huge = JSON.stringify({ deviceId: 'huge', operations: [{ padding: 'x'.repeat(3 * 1024 * 1024) }] });
    for (const route of withBody()) {
      expectGoodError(`${route.key} deep array`, await send(route, { payload: deep, contentType: 'application/json' }));
      expectGoodError(`${route.key} deep object`, await send(route, { payload: deepObject, contentType: 'application/json' }));
      const big = await send(route, { payload: huge, contentType: 'application/json' });
      expectGoodError(`${route.key} 3 MiB`, big);
    }
    const push = withBody().find((r) => r.key === 'POST /api/sync/push') as Route;
    expect((await send(push, { payload: huge, contentType: 'application/json' })).status).toBe(413);
  });

  test('strange query strings on every GET route: 4xx or an answer, never 5xx', async () => {
    const queries = [
      '?limit=-1', '?limit=1e309', '?limit=abc', '?cursor=%00%00', '?cursor=eyJ2IjoxLCJmcm9tIjoiLTEifQ', '?deviceId=%3Cscript%3E',
      '?deviceId=a&deviceId=b', `?deviceId=${'x'.repeat(5000)}`, '?page=-5&pageSize=100000000', '?sort=;DROP TABLE x&dir=sideways',
      '?lot=%27%20OR%201%3D1--', '?lot=A%00B&deviceId=a%00b&search=%00', '?lot=%ED%A0%80', '?from=not-a-date&to=2026-13-45', '?format=exe', '?search=%E0%A4%A', '?__proto__[x]=1',
    ];
    for (const route of fuzzable().filter((r) => r.method === 'GET' || r.method === 'DELETE')) {
      for (const query of queries) expectGoodError(`${route.key}${query}`, await send(route, { query }));
    }
  });

  test('injection strings and control characters in lots, items, locations, shipments: never 5xx; what is stored is exactly what was sent', async () => {
    const device = new TestDevice(h.app, operator);
    const ops = INJECTIONS.flatMap((text) => [
      device.op('restock', { item: 'MILK-1L', lines: [{ location: 'DOCK-02', quantity: 1, lot: text }] }),
      device.op('pick', { item: text, location: 'A-01-01', quantity: 1 }),
      device.op('move', { item: 'BOX-S', from: 'A-01-01', to: text, quantity: 1 }),
      device.op('pack', { shipment: text, lines: [{ item: 'BOX-S', quantity: 1, lot: text }] }),
    ]);
    const response = await h.app.inject({
      method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${device.token}` },
      payload: { deviceId: device.deviceId, operations: ops },
    });
    expectGoodError('push with injections', { status: response.statusCode, body: response.json(), type: String(response.headers['content-type']) });
    expect(response.statusCode).toBe(200);
    const outcomes = response.json<{ outcomes: OperationOutcome[] }>().outcomes;
    expect(outcomes).toHaveLength(ops.length);
    // Every one is recorded (C1/C2/C3): a rejection names what was wrong.
    for (const o of outcomes) if (o.outcome === 'rejected') expect(o.code).toBeTruthy();
    const tables = await h.db.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('slots', 'operations')");
    expect(tables.rows[0]?.n).toBe(2);
    // What was recorded is exactly what was sent (trimmed, as the schema says): no escaping, no mangling.
    for (const [i, text] of INJECTIONS.entries()) {
      const restock = outcomes[i * 4];
      if (restock?.outcome === 'rejected') {
        expect(restock.code, JSON.stringify(text)).toBe('malformed');
        continue;
      }
      const row = await h.db.query<{ lot: string }>("SELECT payload #>> '{lines,0,lot}' AS lot FROM operations WHERE id = $1", [ops[i * 4]?.id]);
      expect(row.rows[0]?.lot, JSON.stringify(text)).toBe(text.trim());
      const pack = await h.db.query<{ shipment: string }>('SELECT shipment FROM shipment_lines WHERE op_id = $1', [ops[i * 4 + 3]?.id]);
      for (const line of pack.rows) expect(line.shipment).toBe(text.trim());
    }
    const pulled = await device.pull(5000);
    expect(pulled.changes.slots.length).toBeGreaterThan(0);
  });

  test('C3: a poison operation in the middle of a batch is rejected alone; the ones around it are applied, none half-applied', async () => {
    const device = new TestDevice(h.app, operator);
    const before = await h.db.query<{ q: number }>("SELECT quantity AS q FROM slots WHERE id = (SELECT id FROM slots WHERE item_id = 'itm-tape' AND location_id = 'loc-a-01-02')");
    const batch = [
      device.op('restock', { item: 'TAPE-48', lines: [{ location: 'A-01-02', quantity: 2 }] }),
      { ...device.op('restock', { item: 'TAPE-48', lines: [{ location: 'A-01-02', quantity: 'lots' }] }) },
      device.op('restock', { item: 'TAPE-48', lines: [{ location: 'A-01-02', quantity: 3 }, { location: 'A-01-02', quantity: -1 }] }),
      { id: 'not-a-uuid', seq: 'x', type: 'restock' },
      device.op('restock', { item: 'TAPE-48', lines: [{ location: 'A-01-02', quantity: 5 }] }),
    ];
    const outcomes = await device.push(batch);
    expect(outcomes.map((o) => o.outcome)).toEqual(['applied', 'rejected', 'rejected', 'rejected', 'applied']);
    expect(outcomes[1]).toMatchObject({ code: 'malformed', rule: 'C3' });
    expect(JSON.stringify(outcomes[1]?.details)).toContain('payload.lines.0.quantity');
    const after = await h.db.query<{ q: number }>("SELECT quantity AS q FROM slots WHERE id = (SELECT id FROM slots WHERE item_id = 'itm-tape' AND location_id = 'loc-a-01-02')");
    // 2 + 5: the rejected line with a valid first half wrote nothing.
    expect((after.rows[0]?.q ?? 0) - (before.rows[0]?.q ?? 0)).toBe(7);
  });

  test('enormous batches: 501 operations is a 400 that says the limit, and nothing of it is recorded', async () => {
    const device = new TestDevice(h.app, operator);
    const ops = Array.from({ length: 501 }, () => device.op('pick', { item: 'BOX-S', location: 'A-01-01', quantity: 0 }));
    const tooMany = await h.app.inject({
      method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${device.token}` },
      payload: { deviceId: device.deviceId, operations: ops },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({ error: { code: 'invalid-request', details: { issues: [{ path: 'operations' }] } } });
    const recorded = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM operations WHERE device_id = $1', [device.deviceId]);
    expect(recorded.rows[0]?.n).toBe(0);
  });

  test('regression: a NUL or a broken surrogate in one operation is rejected alone (C3), not a 500 that wedges the queue on every retry', async () => {
    const device = new TestDevice(h.app, operator);
    const batch = [
      device.op('restock', { item: 'TAPE-48', lines: [{ location: 'A-01-02', quantity: 1 }] }),
      device.op('restock', { item: 'MILK-1L', lines: [{ location: 'DOCK-02', quantity: 1, lot: 'L\u0000T' }] }),
      device.op('pick', { item: '\uD800', location: 'A-01-01', quantity: 1 }),
      { ...device.op('pick', { item: 'BOX-S', location: 'A-01-01', quantity: 1 }), type: 'pi\u0000ck' },
      device.op('restock', { item: 'TAPE-48', lines: [{ location: 'A-01-02', quantity: 1 }] }),
    ];
    const first = await device.push(batch);
    expect(first.map((o) => o.outcome)).toEqual(['applied', 'rejected', 'rejected', 'rejected', 'applied']);
    expect(first[1]).toMatchObject({ code: 'malformed', rule: 'C3', details: { issues: [{ path: 'payload.lines.0.lot' }] } });
    expect(first[2]).toMatchObject({ code: 'malformed', details: { issues: [{ path: 'payload.item' }] } });
    // The retry a device makes after a lost answer gets the same outcomes back.
    const again = await device.push(batch);
    expect(again.map((o) => [o.outcome, o.duplicate])).toEqual(first.map((o) => [o.outcome, true]));
  });

  test('regression: a NUL in any other endpoint\'s body or query is a 400 naming the field', async () => {
    const put = routes.find((r) => r.key === 'PUT /api/v1/items') as Route;
    const a = await send(put, { payload: JSON.stringify({ items: [{ sku: 'NUL-1', name: 'bad\u0000name' }] }), contentType: 'application/json' });
    expect(a.status).toBe(400);
    expect(a.body).toMatchObject({ error: { code: 'invalid-text', message: expect.stringContaining('body.items.0.name') as string, details: { field: 'body.items.0.name' } } });
    const get = routes.find((r) => r.key === 'GET /api/supervisor/recall') as Route;
    const b = await send(get, { query: '?lot=A%00B' });
    expect(b.status).toBe(400);
    expect(b.body).toMatchObject({ error: { code: 'invalid-text' } });
  });
});
