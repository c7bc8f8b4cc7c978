// Issue 9: supervisors see WHICH devices have a wrong clock. Each push carries
// the device's clock (sentAt); the server remembers the latest measurement per
// device and lists every device with it, the worst clocks first.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DeviceRow, DevicesResponse, OperationOutcome } from '../src/domain';
import { deviceSeenRecorder } from '../src/devices/seen';
import { BACKENDS, OPERATOR, PICKER, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** A push travels well under this in a test; the measurement includes it. */
const TOLERANCE_MS = 30_000;

describe.each(BACKENDS)('devices and their clocks (%s)', (backend) => {
  let h: Harness;
  let operator: string;
  let supervisor: string;
  beforeAll(async () => {
    h = await startHarness(backend);
    operator = await loginAs(h.app, ...OPERATOR);
    supervisor = await loginAs(h.app, ...SUPERVISOR);
  });
  afterAll(async () => h?.close());

  /** Pushes `operations` as the device, stamped with a clock `aheadMs` off the real one (undefined: no sentAt, an older client). */
  const pushWithClock = async (device: TestDevice, aheadMs: number | undefined, operations: unknown[]): Promise<OperationOutcome[]> => {
    const response = await h.app.inject({
      method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${device.token}` },
      payload: {
        deviceId: device.deviceId, operations,
        ...(aheadMs === undefined ? {} : { sentAt: new Date(Date.now() + aheadMs).toISOString() }),
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ outcomes: OperationOutcome[] }>().outcomes;
  };
  const restockOp = (device: TestDevice) => device.op('restock', { item: 'TAPE-48', lines: [{ location: 'A-01-02', quantity: 1 }] });
  const devices = async (token = supervisor) => h.app.inject({ method: 'GET', url: '/api/supervisor/devices', headers: { authorization: `Bearer ${token}` } });
  const listed = async (): Promise<DevicesResponse> => {
    const response = await devices();
    expect(response.statusCode, response.body).toBe(200);
    return response.json<DevicesResponse>();
  };
  const rowOf = (list: DevicesResponse, device: TestDevice): DeviceRow => {
    const row = list.rows.find((r) => r.deviceId === device.deviceId);
    if (!row) throw new Error(`${device.deviceId} is not listed`);
    return row;
  };

  test('a device pushing with its clock 9 h ahead is listed 9 h ahead, one 3 days behind as behind, one on time as OK; the worst clocks come first', async () => {
    const ahead = new TestDevice(h.app, operator);
    const behind = new TestDevice(h.app, operator);
    const onTime = new TestDevice(h.app, operator);
    await pushWithClock(ahead, 9 * HOUR, [restockOp(ahead)]);
    await pushWithClock(behind, -3 * DAY, [restockOp(behind)]);
    await pushWithClock(onTime, 0, [restockOp(onTime)]);

    const list = await listed();
    const [a, b, o] = [rowOf(list, ahead), rowOf(list, behind), rowOf(list, onTime)];
    expect(Math.abs((a.clockAheadMs ?? 0) - 9 * HOUR)).toBeLessThan(TOLERANCE_MS);
    expect(a.clock).toEqual({ status: 'off', text: '9 h ahead' });
    expect(Math.abs((b.clockAheadMs ?? 0) + 3 * DAY)).toBeLessThan(TOLERANCE_MS);
    expect(b.clock).toEqual({ status: 'off', text: '3 days behind' });
    expect(Math.abs(o.clockAheadMs ?? Infinity)).toBeLessThan(TOLERANCE_MS);
    expect(o.clock).toEqual({ status: 'ok', text: 'on time' });
    // Who and when, for the supervisor to find the phone.
    expect(a.lastUser).toEqual({ id: 'usr-olivia', name: 'Olivia Operator' });
    expect(a.lastSeq).toBe(1);
    expect(a.seqRestarts).toBe(0);
    expect(Date.parse(a.clockCheckedAt ?? '')).toBeGreaterThan(Date.now() - 5 * MIN);
    expect(Date.parse(a.lastSeen)).toBeGreaterThan(Date.now() - 5 * MIN);
    // Worst first: 3 days behind, then 9 h ahead, ... then on time, then never measured.
    const order = list.rows.map((r) => r.deviceId);
    expect(order.indexOf(behind.deviceId)).toBeLessThan(order.indexOf(ahead.deviceId));
    expect(order.indexOf(ahead.deviceId)).toBeLessThan(order.indexOf(onTime.deviceId));
    const skews = list.rows.map((r) => (r.clockAheadMs === null ? -1 : Math.abs(r.clockAheadMs)));
    expect(skews).toEqual([...skews].sort((x, y) => y - x));
  });

  test('the latest push wins: a clock put right shows as OK, and a push of nothing but duplicates still measures', async () => {
    const phone = new TestDevice(h.app, operator);
    const op = restockOp(phone);
    await pushWithClock(phone, 5 * HOUR, [op]);
    expect(rowOf(await listed(), phone).clock.text).toBe('5 h ahead');
    // The same operation again (a lost response), sent after the clock was fixed: a duplicate, measured all the same.
    const [again] = await pushWithClock(phone, 0, [op]);
    expect(again?.duplicate).toBe(true);
    expect(rowOf(await listed(), phone).clock.status).toBe('ok');
    await pushWithClock(phone, -40 * MIN, [restockOp(phone)]);
    expect(rowOf(await listed(), phone).clock).toEqual({ status: 'off', text: '40 min behind' });
  });

  test('a push without sentAt (an older client) leaves the last measurement; a device never measured is listed as unknown, last', async () => {
    const phone = new TestDevice(h.app, operator);
    await pushWithClock(phone, 2 * HOUR, [restockOp(phone)]);
    const before = rowOf(await listed(), phone);
    await pushWithClock(phone, undefined, [restockOp(phone)]);
    const after = rowOf(await listed(), phone);
    expect(after.clockAheadMs).toBe(before.clockAheadMs);
    expect(after.clockCheckedAt).toBe(before.clockCheckedAt);
    expect(after.clock.text).toBe('2 h ahead');
    expect(after.lastSeq).toBe(2);

    const old = new TestDevice(h.app, operator);
    await pushWithClock(old, undefined, [restockOp(old)]);
    const list = await listed();
    expect(rowOf(list, old)).toMatchObject({ clockAheadMs: null, clockCheckedAt: null, clock: { status: 'unknown' } });
    const firstUnknown = list.rows.findIndex((r) => r.clockAheadMs === null);
    expect(list.rows.slice(firstUnknown).every((r) => r.clockAheadMs === null)).toBe(true);
  });

  test('a clock decades off (a phone that thinks it is 2099) is measured without overflow', async () => {
    const phone = new TestDevice(h.app, operator);
    const aheadMs = Date.parse('2099-01-01T00:00:00Z') - Date.now();
    await pushWithClock(phone, aheadMs, [restockOp(phone)]);
    const row = rowOf(await listed(), phone);
    expect(Math.abs((row.clockAheadMs ?? 0) - aheadMs)).toBeLessThan(TOLERANCE_MS);
    expect(row.clock.status).toBe('off');
    expect(row.clock.text).toMatch(/^\d+ days ahead$/);
  });

  test('a wiped device (its sequence starts over) is counted on the list', async () => {
    const phone = new TestDevice(h.app, operator, `dev-wiped-${randomUUID().slice(0, 8)}`);
    await pushWithClock(phone, 0, [restockOp(phone), restockOp(phone)]);
    const wiped = new TestDevice(h.app, operator, phone.deviceId);
    await pushWithClock(wiped, 0, [restockOp(wiped)]);
    expect(rowOf(await listed(), phone)).toMatchObject({ seqRestarts: 1, lastSeq: 1 });
  });

  test('a device is seen on its pulls too: one that only pulls is listed, and a pull moves last seen and last user on', async () => {
    const reader = new TestDevice(h.app, await loginAs(h.app, ...PICKER));
    await reader.pull();
    expect(rowOf(await listed(), reader)).toMatchObject({ lastSeq: 0, clock: { status: 'unknown' } });

    const phone = new TestDevice(h.app, operator);
    await pushWithClock(phone, 0, [restockOp(phone)]);
    await h.db.query("UPDATE devices SET last_seen = now() - interval '2 hours' WHERE id = $1", [phone.deviceId]);
    const stale = rowOf(await listed(), phone);
    await phone.pull();
    const fresh = rowOf(await listed(), phone);
    expect(Date.parse(fresh.lastSeen) - Date.parse(stale.lastSeen)).toBeGreaterThan(HOUR);
    // A pull a moment later does not rewrite the row (pulls are frequent), not
    // even through another server instance, which has not remembered it...
    await phone.pull();
    await deviceSeenRecorder(h.db)(phone.deviceId, (await h.db.query<{ id: string }>("SELECT id FROM users WHERE badge = 'OP-1001'")).rows[0]?.id ?? '');
    expect(rowOf(await listed(), phone).lastSeen).toBe(fresh.lastSeen);
    // ...unless someone else is on the device now.
    const picker = await loginAs(h.app, ...PICKER);
    await new TestDevice(h.app, picker, phone.deviceId).pull();
    expect(rowOf(await listed(), phone).lastUser?.name).toBe('Pete Picker');
  });

  test('only supervisors see the device list: operator and picker 403, no session 401', async () => {
    expect((await devices(operator)).statusCode).toBe(403);
    expect((await devices(await loginAs(h.app, ...PICKER))).statusCode).toBe(403);
    const none = await h.app.inject({ method: 'GET', url: '/api/supervisor/devices' });
    expect(none.statusCode).toBe(401);
  });

  test('the server itself (the device id stock imports are recorded under) is not listed as a device', async () => {
    await h.db.query("INSERT INTO devices (id, last_user_id, last_seq) VALUES ('server:import', 'usr-olivia', 3) ON CONFLICT (id) DO NOTHING");
    const list = await listed();
    expect(list.rows.some((r) => r.deviceId.startsWith('server:'))).toBe(false);
  });

  test('the OpenAPI document describes the devices list and its rows', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }>();
    expect(doc.paths['/api/supervisor/devices']).toBeDefined();
    expect(Object.keys(doc.components.schemas.DeviceRow?.properties ?? {})).toEqual(expect.arrayContaining(['deviceId', 'lastUser', 'lastSeen', 'seqRestarts', 'clockAheadMs', 'clockCheckedAt', 'clock']));
  });
});
