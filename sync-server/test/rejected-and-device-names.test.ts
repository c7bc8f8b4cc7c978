// Issue 16.8: supervisors see the rejected operations of every device (not
// only their own), a page at a time, with what each named and who sent it;
// and devices carry a name (given at login on the device, or by a supervisor)
// shown on the devices list, the exceptions and the rejected operations.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DevicesResponse, ExceptionRow, Page, RejectedRow } from '../src/domain';
import { BACKENDS, OPERATOR, PICKER, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';

describe.each(BACKENDS)('rejected operations and device names (%s)', (backend) => {
  let h: Harness;
  let operator: string;
  let supervisor: string;
  beforeAll(async () => {
    h = await startHarness(backend);
    operator = await loginAs(h.app, ...OPERATOR);
    supervisor = await loginAs(h.app, ...SUPERVISOR);
  });
  afterAll(async () => h?.close());

  const get = (url: string, token = supervisor) => h.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const rejected = async (query = ''): Promise<Page<RejectedRow>> => {
    const response = await get(`/api/supervisor/rejected${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page<RejectedRow>>();
  };
  const rename = (deviceId: string, name: unknown, token = supervisor) => h.app.inject({
    method: 'PATCH', url: `/api/supervisor/devices/${deviceId}`, headers: { authorization: `Bearer ${token}` }, payload: { name },
  });
  const login = (payload: Record<string, unknown>) => h.app.inject({ method: 'POST', url: '/api/auth/login', payload, remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  const deviceRow = async (deviceId: string) => {
    const list = (await get('/api/supervisor/devices')).json<DevicesResponse>();
    return list.rows.find((r) => r.deviceId === deviceId);
  };

  test('C3: rejected operations of every device are listed for a supervisor, newest first, with item (SKU and name), location, quantity, who and which device; applied ones are not', async () => {
    const a = new TestDevice(h.app, operator);
    const b = new TestDevice(h.app, operator);
    const fromA = a.op('restock', { item: 'TAPE-48', lines: [{ location: 'Z-99-01', quantity: 4 }] });
    const applied = a.op('restock', { item: 'TAPE-48', lines: [{ location: 'A-01-02', quantity: 1 }] });
    const fromB = b.op('move', { item: 'TAPE-48', from: 'A-01-02', to: 'NOWHERE-9', condition: '', quantity: 2 });
    expect((await a.push([fromA, applied])).map((o) => o.outcome)).toEqual(['rejected', 'applied']);
    expect((await b.push([fromB])).map((o) => [o.outcome, o.code])).toEqual([['rejected', 'unknown-location']]);

    const page = await rejected();
    const ids = page.rows.map((r) => r.opId);
    expect(ids).toContain(fromA.id);
    expect(ids).toContain(fromB.id);
    expect(ids).not.toContain(applied.id);
    expect(ids.indexOf(fromB.id)).toBeLessThan(ids.indexOf(fromA.id));
    const rowB = page.rows.find((r) => r.opId === fromB.id);
    expect(rowB).toMatchObject({
      type: 'move', code: 'unknown-location', rule: 'C3', deviceId: b.deviceId, deviceName: null,
      userId: 'usr-olivia', userName: 'Olivia Operator', item: { ref: 'TAPE-48', sku: 'TAPE-48' }, location: 'NOWHERE-9', quantity: 2,
    });
    expect(rowB?.item?.name).toEqual(expect.any(String));
    expect(Date.parse(rowB?.receivedAt ?? '')).toBeGreaterThan(Date.now() - 300_000);
    expect(page.total).toBeGreaterThanOrEqual(2);
  });

  test('the list is paged and bounded: pageSize above 100 is refused, a page of one holds one row, a device filter keeps to that device', async () => {
    const c = new TestDevice(h.app, operator);
    const ops = [1, 2, 3].map((n) => c.op('restock', { item: 'TAPE-48', lines: [{ location: `GONE-${n}`, quantity: n }] }));
    await c.push(ops);
    expect((await get('/api/supervisor/rejected?pageSize=101')).statusCode).toBe(400);
    const onlyC = await rejected(`?deviceId=${c.deviceId}`);
    expect(onlyC.total).toBe(3);
    expect(onlyC.rows.map((r) => r.location)).toEqual(['GONE-3', 'GONE-2', 'GONE-1']);
    const second = await rejected(`?deviceId=${c.deviceId}&pageSize=1&page=2`);
    expect([second.rows.length, second.rows[0]?.location, second.total, second.pageSize]).toEqual([1, 'GONE-2', 3, 1]);
  });

  test('operators and pickers may not read the rejected operations of others (403)', async () => {
    expect((await get('/api/supervisor/rejected', operator)).statusCode).toBe(403);
    expect((await get('/api/supervisor/rejected', await loginAs(h.app, ...PICKER))).statusCode).toBe(403);
  });

  test('a device named at login is listed by its name; a later login without a name keeps it; a wrong PIN names nothing', async () => {
    const deviceId = 'scanner-login-1';
    const first = await login({ badge: OPERATOR[0], pin: OPERATOR[1], deviceId, deviceName: '  Dock scanner 2 ' });
    expect(first.statusCode, first.body).toBe(200);
    expect((await deviceRow(deviceId))?.name).toBe('Dock scanner 2');
    expect((await login({ badge: OPERATOR[0], pin: OPERATOR[1], deviceId })).statusCode).toBe(200);
    expect((await deviceRow(deviceId))?.name).toBe('Dock scanner 2');
    expect((await login({ badge: OPERATOR[0], pin: '0000', deviceId, deviceName: 'Hijacked' })).statusCode).toBe(401);
    expect((await deviceRow(deviceId))?.name).toBe('Dock scanner 2');
    expect((await login({ badge: OPERATOR[0], pin: OPERATOR[1], deviceId, deviceName: 'x'.repeat(41) })).statusCode).toBe(400);
  });

  test('a supervisor names a device; the name shows on its rejected operations and its exceptions; an empty name clears it', async () => {
    const device = new TestDevice(h.app, operator);
    const bad = device.op('restock', { item: 'TAPE-48', lines: [{ location: 'NOPE-1', quantity: 1 }] });
    // 9999 more than the slot holds: applied as recorded, flagged (C2 negative-stock).
    const short = device.op('pick', { item: 'TAPE-48', location: 'A-01-02', condition: '', quantity: 9999 });
    const outcomes = await device.push([bad, short]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['rejected', 'exception']);

    const named = await rename(device.deviceId, 'Freezer phone');
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json()).toEqual({ deviceId: device.deviceId, name: 'Freezer phone' });
    expect((await deviceRow(device.deviceId))?.name).toBe('Freezer phone');
    expect((await rejected(`?deviceId=${device.deviceId}`)).rows[0]?.deviceName).toBe('Freezer phone');
    const exceptions = (await get('/api/supervisor/exceptions?status=all&pageSize=500')).json<Page<ExceptionRow>>();
    const raised = exceptions.rows.find((r) => r.operation.id === short.id);
    expect(raised?.operation.deviceName).toBe('Freezer phone');
    expect([raised?.itemSku, typeof raised?.itemName, raised?.locationCode]).toEqual(['TAPE-48', 'string', 'A-01-02']);

    expect((await rename(device.deviceId, '')).json()).toEqual({ deviceId: device.deviceId, name: null });
    expect((await deviceRow(device.deviceId))?.name).toBeNull();
  });

  test('renaming: an unknown device is 404, a name too long or with control characters is 400, an operator is 403', async () => {
    expect((await rename('never-seen-device', 'X')).statusCode).toBe(404);
    const device = new TestDevice(h.app, operator);
    await device.push([device.op('restock', { item: 'TAPE-48', lines: [{ location: 'A-01-02', quantity: 1 }] })]);
    expect((await rename(device.deviceId, 'y'.repeat(41))).statusCode).toBe(400);
    expect((await rename(device.deviceId, 'tab\there')).statusCode).toBe(400);
    expect((await rename(device.deviceId, 'Mine', operator)).statusCode).toBe(403);
  });
});
