// Device clocks drift and jump: a phone hours ahead, one hours behind, one
// still in 1999. They sync like any other; which operation the server decides
// first depends only on when it ARRIVED, never on the device's clock; the
// device's time is kept for audit beside the server's, so a supervisor sees
// the skew on the operation behind an exception.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BACKENDS, OPERATOR, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';

const HOUR = 3_600_000;
const skewed = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

describe.each(BACKENDS)('clock skew (%s)', (backend) => {
  let h: Harness;
  let operator: string;
  let supervisor: string;
  beforeAll(async () => {
    h = await startHarness(backend);
    operator = await loginAs(h.app, ...OPERATOR);
    supervisor = await loginAs(h.app, ...SUPERVISOR);
  });
  afterAll(async () => h?.close());

  /** An operation stamped with this device's (wrong) clock. */
  const at = (device: TestDevice, deviceTime: string, type: string, payload: unknown) => ({ ...device.op(type, payload), deviceTime });

  test('C2: arrival decides, not the device clock: a lot from a phone 9 h behind loses to one from a phone 9 h ahead that arrived first, and the reverse', async () => {
    const ahead = new TestDevice(h.app, operator);
    const behind = new TestDevice(h.app, operator);
    // Slot 1: the phone ahead arrives first.
    const [a1] = await ahead.push([at(ahead, skewed(+9), 'restock', { item: 'MILK-1L', lines: [{ location: 'C-01-02', quantity: 5, lot: 'SKEW-A' }] })]);
    const [b1] = await behind.push([at(behind, skewed(-9), 'restock', { item: 'MILK-1L', lines: [{ location: 'C-01-02', quantity: 5, lot: 'SKEW-B' }] })]);
    expect([a1?.outcome, b1?.outcome, b1?.code]).toEqual(['applied', 'exception', 'second-lot-in-slot']);
    // Slot 2: the phone behind arrives first, and wins.
    const [b2] = await behind.push([at(behind, skewed(-9), 'restock', { item: 'ICE-2L', lines: [{ location: 'F-01-03', quantity: 5, lot: 'SKEW-B' }] })]);
    const [a2] = await ahead.push([at(ahead, skewed(+9), 'restock', { item: 'ICE-2L', lines: [{ location: 'F-01-03', quantity: 5, lot: 'SKEW-A' }] })]);
    expect([b2?.outcome, a2?.outcome, a2?.code]).toEqual(['applied', 'exception', 'second-lot-in-slot']);
    // The transaction log is ordered by arrival (seq), whatever the device times say.
    const log = await h.db.query<{ lot: string; deviceTime: string }>(
      `SELECT lot, to_json(device_time) #>> '{}' AS "deviceTime" FROM transactions WHERE lot IN ('SKEW-A', 'SKEW-B') AND slot_id IN
         (SELECT id FROM slots WHERE location_id IN ('loc-c-01-02', 'loc-f-01-03')) ORDER BY seq`,
    );
    expect(log.rows.map((r) => r.lot)).toEqual(['SKEW-A', 'SKEW-B', 'SKEW-B', 'SKEW-A']);
  });

  test('devices hours and years off still push, pull and converge; the device time is kept as sent, the server time is the server\'s', async () => {
    const clocks = [-30 * 24, -11, +13, +24 * 365 * 70];
    const devices = clocks.map(() => new TestDevice(h.app, operator));
    for (const d of devices) await d.pull(5000);
    const sent: { id: string; deviceTime: string }[] = [];
    for (const [i, d] of devices.entries()) {
      const op = at(d, skewed(clocks[i] ?? 0), 'restock', { item: 'TAPE-48', lines: [{ location: 'A-01-02', quantity: 1 }] });
      sent.push(op);
      expect((await d.push([op]))[0]?.outcome).toBe('applied');
    }
    const oldPhone = new TestDevice(h.app, operator);
    const y1999 = at(oldPhone, '1999-12-31T23:59:59.000Z', 'pick', { item: 'TAPE-48', location: 'A-01-02', quantity: 1 });
    sent.push(y1999);
    expect((await oldPhone.push([y1999]))[0]?.outcome).toBe('applied');

    const stored = await h.db.query<{ id: string; deviceTime: string; skewHours: number }>(
      `SELECT id::text AS id, to_json(device_time) #>> '{}' AS "deviceTime",
              round(extract(epoch FROM device_time - received_at) / 3600)::int AS "skewHours"
         FROM operations WHERE id = ANY($1::uuid[])`, [sent.map((s) => s.id)],
    );
    for (const s of sent) {
      const row = stored.rows.find((r) => r.id === s.id);
      expect(new Date(row?.deviceTime ?? 0).getTime()).toBe(new Date(s.deviceTime).getTime());
    }
    expect(stored.rows.map((r) => r.skewHours).sort((a, b) => a - b)).toEqual(
      expect.arrayContaining([-30 * 24, -11, 13, 24 * 365 * 70]),
    );
    // Every device, whatever its clock, ends with the server's rows.
    const observer = new TestDevice(h.app, operator);
    const truth = (await observer.pull(5000)).changes.slots.find((s) => s.itemId === 'itm-tape' && s.locationId === 'loc-a-01-02');
    for (const d of devices) {
      const mine = (await d.pull(5000)).changes.slots.find((s) => s.id === truth?.id);
      expect(mine).toEqual(truth);
    }
  });

  test('a supervisor sees the skew: the exception inbox shows the device time beside the time the server received the operation', async () => {
    const behind = new TestDevice(h.app, operator);
    const op = at(behind, skewed(-6), 'pick', { item: 'MILK-1L', location: 'C-01-04', quantity: 3 });
    const [outcome] = await behind.push([op]);
    expect(outcome?.outcome).toBe('exception');
    const inbox = await h.app.inject({ method: 'GET', url: '/api/supervisor/exceptions?status=open&pageSize=200', headers: { authorization: `Bearer ${supervisor}` } });
    expect(inbox.statusCode).toBe(200);
    const row = inbox.json<{ rows: { operation: { id: string; deviceTime: string; receivedAt: string } }[] }>().rows
      .find((r) => r.operation.id === op.id);
    expect(row).toBeDefined();
    const skewHours = (new Date(row?.operation.deviceTime ?? 0).getTime() - new Date(row?.operation.receivedAt ?? 0).getTime()) / HOUR;
    expect(Math.round(skewHours)).toBe(-6);
  });
});
