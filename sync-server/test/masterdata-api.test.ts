import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Slot } from '../src/domain';
import { BACKENDS, OPERATOR, PICKER, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';
import { createToken, get, gtin13, put, upsert } from './masterdata-support';

interface ItemView { id: string; sku: string; name: string; gtins: string[]; lotTracked: boolean; active: boolean; shelfLifeDays: number | null }

describe.each(BACKENDS)('master data API on %s', (backend) => {
  let h: Harness;
  let sv: string;
  beforeAll(async () => {
    h = await startHarness(backend);
    sv = await loginAs(h.app, ...SUPERVISOR);
  });
  afterAll(async () => h.close());

  const xidOf = async (sku: string) =>
    (await h.db.query<{ xid: string }>('SELECT change_xid::text AS xid FROM items WHERE sku = $1', [sku])).rows[0]?.xid;

  test('upsert is idempotent: the same request twice answers unchanged the second time and rewrites nothing', async () => {
    const body = { items: [
      { sku: 'IDEM-1', name: 'Oat drink 1 L', gtins: [gtin13('400000000101')], unit: 'carton', lotTracked: true, shelfLifeDays: 180 },
      { sku: 'IDEM-2', name: 'Rice drink 1 L' },
    ] };
    const first = await upsert(h.app, sv, '/api/v1/items', body);
    expect(first.summary).toEqual({ created: 2, updated: 0, unchanged: 0, errors: 0 });
    const xid = await xidOf('IDEM-1');
    const second = await upsert(h.app, sv, '/api/v1/items', body);
    expect(second.summary).toEqual({ created: 0, updated: 0, unchanged: 2, errors: 0 });
    expect(second.results.map((r) => r.id)).toEqual(first.results.map((r) => r.id));
    expect(await xidOf('IDEM-1')).toBe(xid);

    const changed = await upsert(h.app, sv, '/api/v1/items', { items: [{ sku: 'IDEM-2', name: 'Rice drink 1 L (new recipe)' }] });
    expect(changed.results[0]).toMatchObject({ status: 'updated', key: 'IDEM-2' });
    // Fields a row leaves out keep their stored values.
    const page = await get<{ rows: ItemView[]; total: number }>(h.app, sv, '/api/v1/items?search=IDEM');
    expect(page.total).toBe(2);
    expect(page.rows[0]).toMatchObject({ sku: 'IDEM-1', unit: 'carton', lotTracked: true, shelfLifeDays: 180, active: true });
    expect(page.rows[1]).toMatchObject({ sku: 'IDEM-2', name: 'Rice drink 1 L (new recipe)', unit: 'each' });
  });

  test('per-row validation: a bad GTIN check digit and a GTIN of another item are row errors; good rows still apply', async () => {
    const result = await upsert(h.app, sv, '/api/v1/items', { items: [
      { sku: 'VAL-1', name: 'Good' },
      { sku: 'VAL-2', name: 'Bad check digit', gtins: ['4000000002011'] },
      { sku: 'VAL-3', name: 'Milk GTIN', gtins: [gtin13('501234500001')] },
      { sku: 'VAL-4', name: 'No name field', nmae: 'typo' },
    ] });
    expect(result.results.map((r) => r.status)).toEqual(['created', 'error', 'error', 'error']);
    expect(result.results[1]?.errors).toEqual([{ field: 'gtins.0', message: `GTIN 4000000002011 has a wrong check digit (expected ${gtin13('400000000201').slice(-1)})` }]);
    expect(result.results[2]?.errors).toEqual([{ field: 'gtins.0', message: `GTIN ${gtin13('501234500001')} is already used by item MILK-1L` }]);
    expect(result.summary).toEqual({ created: 1, updated: 0, unchanged: 0, errors: 3 });
    const skus = (await get<{ rows: ItemView[] }>(h.app, sv, '/api/v1/items?search=VAL-')).rows.map((r) => r.sku);
    expect(skus).toEqual(['VAL-1']);
  });

  test('locations: an unknown type and a label code twice in one request are row errors', async () => {
    const result = await upsert(h.app, sv, '/api/v1/locations', { locations: [
      { code: 'B-01-01', zone: 'Bulk', type: 'storage' },
      { code: 'B-01-02', type: 'shelf' },
      { code: 'B-01-01', type: 'packing' },
    ] });
    expect(result.results.map((r) => [r.key, r.status])).toEqual([['B-01-01', 'created'], ['B-01-02', 'error'], ['B-01-01', 'error']]);
    expect(result.results[1]?.errors).toEqual([{ field: 'type', message: 'type must be storage, receiving or packing' }]);
    expect(result.results[2]?.errors?.[0]?.message).toBe('B-01-01 is already in row 0 of this request');
    const again = await upsert(h.app, sv, '/api/v1/locations', { locations: [{ code: 'B-01-01', type: 'storage' }] });
    expect(again.results[0]?.status).toBe('unchanged'); // zone left out keeps 'Bulk'
    const deactivated = await upsert(h.app, sv, '/api/v1/locations', { locations: [{ code: 'B-01-01', type: 'storage', active: false }] });
    expect(deactivated.results[0]?.status).toBe('updated');
    const inactive = await get<{ rows: { code: string; zone: string; active: boolean }[] }>(h.app, sv, '/api/v1/locations?active=false');
    expect(inactive.rows).toEqual([expect.objectContaining({ code: 'B-01-01', zone: 'Bulk', active: false })]);
  });

  test('C2: a location deactivated while a device was offline: the device\'s move into it is applied and flagged inactive-location; moving stock out raises nothing', async () => {
    await upsert(h.app, sv, '/api/v1/locations', { locations: [{ code: 'B-09-01', type: 'storage' }] });
    await upsert(h.app, sv, '/api/v1/assignments', { assignments: [{ sku: 'BOX-S', location: 'B-09-01', capacity: 40 }] });
    const device = new TestDevice(h.app, await loginAs(h.app, ...OPERATOR));
    const into = device.op('move', { item: 'BOX-S', from: 'A-01-01', to: 'B-09-01', quantity: 2 });
    await upsert(h.app, sv, '/api/v1/locations', { locations: [{ code: 'B-09-01', type: 'storage', active: false }] });
    const [moved] = await device.push([into]);
    expect(moved).toMatchObject({ outcome: 'exception', code: 'inactive-location', rule: 'C2' });
    const out = device.op('move', { item: 'BOX-S', from: 'B-09-01', to: 'A-01-01', quantity: 2 });
    expect((await device.push([out]))[0]).toMatchObject({ outcome: 'applied' });
  });

  test('C2: an item deactivated while a device was offline: its restock is applied and flagged inactive-item; picking what is left raises nothing', async () => {
    await upsert(h.app, sv, '/api/v1/items', { items: [{ sku: 'OFF-1', name: 'Discontinued widget', lotTracked: false }] });
    await upsert(h.app, sv, '/api/v1/assignments', { assignments: [{ sku: 'OFF-1', location: 'A-02-03', capacity: 40 }] });
    const device = new TestDevice(h.app, await loginAs(h.app, ...OPERATOR));
    const received = device.op('restock', { item: 'OFF-1', lines: [{ location: 'A-02-03', quantity: 6 }] });
    await upsert(h.app, sv, '/api/v1/items', { items: [{ sku: 'OFF-1', name: 'Discontinued widget', active: false }] });
    const [restocked] = await device.push([received]);
    expect(restocked).toMatchObject({ outcome: 'exception', code: 'inactive-item', rule: 'C2' });
    const placed = await h.db.query<{ n: number }>('SELECT coalesce(sum(quantity), 0)::int AS n FROM transactions WHERE op_id = $1', [received.id]);
    expect(placed.rows[0]?.n).toBe(6); // the goods did arrive
    const picker = new TestDevice(h.app, await loginAs(h.app, ...PICKER));
    expect((await picker.push([picker.op('pick', { item: 'OFF-1', location: 'A-02-03', quantity: 2 })]))[0]).toMatchObject({ outcome: 'applied' });
    // Devices learn it is deactivated through their normal pull.
    expect((await device.pull()).changes.items.find((i) => i.sku === 'OFF-1')).toMatchObject({ active: false });
    // A stock sheet may count what is left down, never stock it up.
    const sheet = await h.app.inject({
      method: 'POST', url: '/api/supervisor/import/stock/preview', headers: { authorization: `Bearer ${sv}`, 'content-type': 'text/csv' },
      payload: 'sku,location,quantity,lot\nOFF-1,A-02-03,9,\nOFF-1,A-02-03,1,\n',
    });
    expect(sheet.statusCode, sheet.body).toBe(200);
    expect(sheet.json<{ rows: { status: string; code: string | null; message: string | null }[] }>().rows).toEqual([
      expect.objectContaining({ status: 'refused', code: 'inactive-item', message: 'OFF-1 is out of use: its stock can be counted down or emptied (A-02-03 holds 4), not raised' }),
      expect.objectContaining({ status: 'set', code: null }),
    ]);
  });

  test('assignments: unknown sku, location or condition are row errors; a new one is an empty slot, an update changes capacity only', async () => {
    await upsert(h.app, sv, '/api/v1/locations', { locations: [{ code: 'B-02-01', type: 'storage' }] });
    const result = await upsert(h.app, sv, '/api/v1/assignments', { assignments: [
      { sku: 'IDEM-1', location: 'B-02-01', capacity: 40 },
      { sku: 'NOPE', location: 'B-02-01', capacity: 5 },
      { sku: 'IDEM-1', location: 'Z-99', capacity: 5 },
      { sku: 'TC52', location: 'B-02-01', condition: 'shiny', capacity: 5 },
      { sku: 'MILK-1L', location: 'C-01-01', capacity: 150 },
    ] });
    expect(result.results.map((r) => r.status)).toEqual(['created', 'error', 'error', 'error', 'updated']);
    expect(result.results[1]?.errors).toEqual([{ field: 'sku', message: 'no item has SKU NOPE' }]);
    expect(result.results[2]?.errors).toEqual([{ field: 'location', message: 'no location has code Z-99' }]);
    expect(result.results[3]?.errors?.[0]).toMatchObject({ field: 'condition' });
    expect(result.results[4]?.key).toBe('MILK-1L@C-01-01');
    const slots = await get<{ rows: { sku: string; location: string; capacity: number; quantity: number; lot: string | null }[] }>(
      h.app, sv, '/api/v1/assignments?location=C-01-01',
    );
    // The stock and lot of the slot stay as they were: only operations move stock.
    expect(slots.rows).toEqual([expect.objectContaining({ sku: 'MILK-1L', capacity: 150, quantity: 80, lot: 'L2611A' })]);
    const again = await upsert(h.app, sv, '/api/v1/assignments', { assignments: [{ sku: 'MILK-1L', location: 'C-01-01', capacity: 150 }] });
    expect(again.results[0]?.status).toBe('unchanged');
  });

  test('R2 through the API: tracking switched on for a stocked item leaves its slots lot unknown with a count task', async () => {
    await upsert(h.app, sv, '/api/v1/items', { items: [{ sku: 'R2-API', name: 'Paper towels' }] });
    await upsert(h.app, sv, '/api/v1/assignments', { assignments: [{ sku: 'R2-API', location: 'A-01-03', capacity: 100 }] });
    const operator = new TestDevice(h.app, await loginAs(h.app, ...OPERATOR));
    const [restocked] = await operator.push([operator.op('restock', { item: 'R2-API', lines: [{ location: 'A-01-03', quantity: 30 }] })]);
    expect(restocked?.outcome).toBe('applied');

    const switched = await upsert(h.app, sv, '/api/v1/items', { items: [{ sku: 'R2-API', name: 'Paper towels', lotTracked: true }] });
    expect(switched.results[0]?.status).toBe('updated');
    const slot = (await h.db.query<Slot>(
      `SELECT quantity, lot, lot_unknown AS "lotUnknown", needs_count AS "needsCount" FROM slots
        WHERE item_id = (SELECT id FROM items WHERE sku = 'R2-API')`,
    )).rows[0];
    expect(slot).toEqual({ quantity: 30, lot: null, lotUnknown: true, needsCount: true });
    // Recorded as the setLotTracking operation, signed by the writer.
    const op = (await h.db.query<{ type: string; userId: string }>(
      `SELECT type, user_id AS "userId" FROM operations WHERE device_id = 'master-data' AND payload -> 'items' ? 'R2-API'`,
    )).rows;
    expect(op).toEqual([{ type: 'setLotTracking', userId: 'usr-sam' }]);
    // The device learns it through its normal pull.
    const pulled = await operator.pull();
    expect(pulled.changes.items.find((i) => i.sku === 'R2-API')).toMatchObject({ lotTracked: true });
    const again = await upsert(h.app, sv, '/api/v1/items', { items: [{ sku: 'R2-API', name: 'Paper towels', lotTracked: true }] });
    expect(again.results[0]?.status).toBe('unchanged');

    // R1 the other way: switched off, the slot forgets its (unknown) lot; the item's other fields change with it.
    const off = await upsert(h.app, sv, '/api/v1/items', { items: [{ sku: 'R2-API', name: 'Paper towels', lotTracked: false, shelfLifeDays: 730, active: false }] });
    expect(off.results[0]?.status).toBe('updated');
    const after = (await h.db.query<{ lotUnknown: boolean }>(
      `SELECT lot_unknown AS "lotUnknown" FROM slots WHERE item_id = (SELECT id FROM items WHERE sku = 'R2-API')`,
    )).rows[0];
    expect(after?.lotUnknown).toBe(false);
    const item = (await operator.pull()).changes.items.find((i) => i.sku === 'R2-API');
    expect(item).toMatchObject({ lotTracked: false, shelfLifeDays: 730, active: false });
  });

  test('an item with stock cannot stop being serialized or lose a stocked condition', async () => {
    const result = await upsert(h.app, sv, '/api/v1/items', { items: [
      { sku: 'PUMP-X2', name: 'Insulin pump X2', serialized: false },
      { sku: 'TC52', name: 'Handheld scanner TC52', conditions: ['new', 'damaged'] },
    ] });
    expect(result.results.map((r) => r.errors?.[0]?.field)).toEqual(['serialized', 'conditions']);
  });

  test('a partial row is checked as merged with the stored item: durable without conditions keeps the stored ones', async () => {
    const result = await upsert(h.app, sv, '/api/v1/items', { items: [
      { sku: 'TC52', name: 'Handheld scanner TC52', durable: true },
      { sku: 'TAPE-48', name: 'Packing tape 48 mm', durable: true },
    ] });
    expect(result.results[0]?.status).toBe('unchanged');
    expect(result.results[1]?.status).toBe('error');
    expect(result.results[1]?.errors?.[0]).toEqual({ field: 'conditions', message: 'a durable item needs at least one condition (e.g. new, used)' });
  });

  test('two writers creating the same items at once: each SKU is created once, the other answer is unchanged', async () => {
    const body = { items: Array.from({ length: 50 }, (_, i) => ({ sku: `RACE-${i}`, name: `Race ${i}`, gtins: [gtin13(`4100000${String(i).padStart(5, '0')}`)] })) };
    const [a, b] = await Promise.all([upsert(h.app, sv, '/api/v1/items', body), upsert(h.app, sv, '/api/v1/items', body)]);
    expect(a.summary.created + b.summary.created).toBe(50);
    expect(a.summary.unchanged + b.summary.unchanged).toBe(50);
    const stored = await h.db.query<{ n: number }>("SELECT count(*)::int AS n FROM items WHERE sku LIKE 'RACE-%'");
    expect(stored.rows[0]?.n).toBe(50);
  });

  describe('authorization', () => {
    test('an operator or picker session cannot write master data (403); reads are fine', async () => {
      for (const [badge, pin] of [OPERATOR, PICKER]) {
        const token = await loginAs(h.app, badge, pin);
        const response = await put(h.app, token, '/api/v1/items', { items: [{ sku: 'NOT-ALLOWED', name: 'x' }] });
        expect(response.status).toBe(403);
        expect(response.body.error?.code).toBe('forbidden');
        expect((await get<{ total: number }>(h.app, token, '/api/v1/items?search=NOT-ALLOWED')).total).toBe(0);
      }
      const anonymous = await h.app.inject({ method: 'PUT', url: '/api/v1/items', payload: { items: [] } });
      expect(anonymous.statusCode).toBe(401);
    });

    test('an integration token writes master data under its own principal, and its secret is stored hashed', async () => {
      const created = await createToken(h.app, sv, 'ERP nightly');
      expect(created.token).toMatch(/^llt_/);
      const result = await upsert(h.app, created.token, '/api/v1/items', { items: [{ sku: 'ERP-1', name: 'From the ERP' }] });
      expect(result.summary.created).toBe(1);
      const stored = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM api_tokens WHERE token_hash = $1', [created.token]);
      expect(stored.rows[0]?.n).toBe(0);
      const me = await h.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${created.token}` } });
      expect(me.json()).toMatchObject({ user: { name: 'API: ERP nightly', kind: 'integration', allowFloorOps: false } });
      const list = await get<{ rows: { id: string; name: string; token?: string }[] }>(h.app, sv, '/api/tokens');
      expect(list.rows.find((t) => t.id === created.id)).toMatchObject({ name: 'ERP nightly' });
      expect(list.rows.every((t) => t.token === undefined)).toBe(true);
    });

    test('an integration token cannot push floor operations unless created with allowFloorOps', async () => {
      const plain = await createToken(h.app, sv, 'ERP without floor ops');
      const device = new TestDevice(h.app, plain.token);
      const refused = await h.app.inject({
        method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${plain.token}` },
        payload: { deviceId: device.deviceId, operations: [device.op('pick', { item: 'BOX-S', location: 'A-01-01', quantity: 1 })] },
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ error: { code: 'forbidden' } });

      const floor = await createToken(h.app, sv, 'WMS bridge', true);
      const bridge = new TestDevice(h.app, floor.token);
      const [picked, adjusted] = await bridge.push([
        bridge.op('pick', { item: 'BOX-S', location: 'A-01-01', quantity: 1 }),
        bridge.op('adjust', { item: 'BOX-S', location: 'A-01-01', quantity: 500 }),
      ]);
      expect(picked?.outcome).toBe('applied');
      // Floor work only: a supervisor's command stays forbidden (C3).
      expect(adjusted).toMatchObject({ outcome: 'rejected', code: 'forbidden' });
      const signer = (await h.db.query<{ userId: string }>('SELECT user_id AS "userId" FROM operations WHERE id = $1', [picked?.id])).rows[0];
      expect(signer?.userId).toMatch(/^usr-tok-/);
      // Neither kind of token manages tokens.
      const minting = await h.app.inject({ method: 'POST', url: '/api/tokens', headers: { authorization: `Bearer ${floor.token}` }, payload: { name: 'x' } });
      expect(minting.statusCode).toBe(403);
    });

    test('a revoked token is 401 on its next use', async () => {
      const created = await createToken(h.app, sv, 'Short-lived');
      expect((await put(h.app, created.token, '/api/v1/items', { items: [] })).status).toBe(200);
      const revoked = await h.app.inject({ method: 'DELETE', url: `/api/tokens/${created.id}`, headers: { authorization: `Bearer ${sv}` } });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toMatchObject({ id: created.id, revokedAt: expect.any(String) });
      const after = await put(h.app, created.token, '/api/v1/items', { items: [{ sku: 'LATE', name: 'late' }] });
      expect(after.status).toBe(401);
      expect(after.body.error?.code).toBe('token-revoked');
      const unknown = await h.app.inject({ method: 'DELETE', url: '/api/tokens/tok-nope', headers: { authorization: `Bearer ${sv}` } });
      expect(unknown.statusCode).toBe(404);
    });

    test('an operator cannot create API tokens', async () => {
      const operator = await loginAs(h.app, ...OPERATOR);
      const response = await h.app.inject({ method: 'POST', url: '/api/tokens', headers: { authorization: `Bearer ${operator}` }, payload: { name: 'mine' } });
      expect(response.statusCode).toBe(403);
    });
  });

  test('a body over 10,000 rows is refused as a whole with a clear message', async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => ({ code: `X-${i}`, type: 'storage' }));
    const response = await put(h.app, sv, '/api/v1/locations', { locations: rows });
    expect(response.status).toBe(400);
    expect(response.body.error?.code).toBe('invalid-request');
  });

  test('the OpenAPI document describes the integration API and its token auth', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown>; securitySchemes: { bearer: { description: string } } };
    }>();
    for (const path of ['/api/v1/items', '/api/v1/locations', '/api/v1/assignments', '/api/v1/purchase-orders', '/api/v1/pick-lists']) {
      expect(Object.keys(doc.paths[path] ?? {}).sort()).toEqual(['get', 'put']);
    }
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/tokens', '/api/tokens/{id}', '/api/v1/shipments']));
    expect(doc.components.schemas).toHaveProperty('ItemRow');
    expect(doc.components.securitySchemes.bearer.description).toMatch(/integration API token/);
  });
});
