// Issue 8 through HTTP: lot records written in the push transaction, holds
// that reach a device only after it acted, expiry conflicts, and lots in pull.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { installErrorHandling } from '../src/http/errors';
import { lotRoutes } from '../src/lots/routes';
import type { LotRecord } from '../src/domain';
import { BACKENDS, OPERATOR, PICKER, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';

describe.each(BACKENDS)('lots on %s', (backend) => {
  let h: Harness;
  let operator: string;
  let picker: string;
  let supervisor: string;
  beforeAll(async () => {
    h = await startHarness(backend);
    [operator, picker, supervisor] = await Promise.all([loginAs(h.app, ...OPERATOR), loginAs(h.app, ...PICKER), loginAs(h.app, ...SUPERVISOR)]);
  });
  afterAll(async () => h.close());

  const lotIn = (lots: LotRecord[] | undefined, itemId: string, lot: string) => lots?.find((l) => l.itemId === itemId && l.lot === lot);

  test('C2: a lot held while a device was offline: its later-synced pick is recorded and flagged lot-on-hold; a supervisor accepts it', async () => {
    const pickerDevice = new TestDevice(h.app, picker);
    await pickerDevice.pull(); // the device knows the warehouse, not the hold to come
    const boss = new TestDevice(h.app, supervisor);
    const [held] = await boss.push([boss.op('holdLot', { item: 'MILK-1L', lot: 'L2611A', action: 'hold', reason: 'Recall R-2026-11' })]);
    expect(held).toMatchObject({ outcome: 'applied' });

    const pick = pickerDevice.op('pick', { item: 'MILK-1L', location: 'C-01-01', quantity: 4 });
    const [outcome] = await pickerDevice.push([pick]);
    expect(outcome).toMatchObject({ outcome: 'exception', code: 'lot-on-hold', rule: 'C2' });

    const taken = await h.db.query<{ quantity: number; lot: string }>('SELECT quantity, lot FROM transactions WHERE op_id = $1', [pick.id]);
    expect(taken.rows).toEqual([{ quantity: -4, lot: 'L2611A' }]);
    const { changes } = await pickerDevice.pull();
    expect(lotIn(changes.lots, 'itm-milk', 'L2611A')).toMatchObject({ onHold: true, holds: [expect.objectContaining({ action: 'hold', reason: 'Recall R-2026-11' })] });
    const exception = changes.exceptions.find((e) => e.opId === pick.id);
    expect(exception).toMatchObject({ code: 'lot-on-hold', status: 'open', details: expect.objectContaining({ lot: 'L2611A', holdReason: 'Recall R-2026-11' }) });

    const [accepted] = await boss.push([boss.op('resolveException', { exceptionId: exception?.id, action: 'accept', note: 'sent to the lab' })]);
    expect(accepted).toMatchObject({ outcome: 'applied' });
    const [released] = await boss.push([boss.op('holdLot', { item: 'MILK-1L', lot: 'L2611A', action: 'release', reason: 'Lab cleared it' })]);
    expect(released).toMatchObject({ outcome: 'applied' });
    const after = await pickerDevice.push([pickerDevice.op('pick', { item: 'MILK-1L', location: 'C-01-01', quantity: 1 })]);
    expect(after[0]).toMatchObject({ outcome: 'applied' });
    const history = (await pickerDevice.pull()).changes.lots;
    expect(lotIn(history, 'itm-milk', 'L2611A')?.holds.map((e) => e.action)).toEqual(['hold', 'release']);
  });

  test('expiry-conflict: a lot received again with another expiry is flagged, the stored expiry stands; a receipt without a date keeps it', async () => {
    const device = new TestDevice(h.app, operator);
    const first = device.op('restock', { item: 'YOG-500', lines: [{ location: 'C-01-03', quantity: 6, lot: 'Y25-0917', gs1: { expiry: '270100' } }] });
    const again = device.op('restock', { item: 'YOG-500', lines: [{ location: 'C-01-03', quantity: 6, lot: 'Y25-0917', gs1: { expiry: '270215' } }] });
    const undated = device.op('restock', { item: 'YOG-500', lines: [{ location: 'C-01-03', quantity: 2, lot: 'Y25-0917' }] });
    const outcomes = await device.push([first, again, undated]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['applied', 'exception', 'applied']);
    expect(outcomes[1]).toMatchObject({ code: 'expiry-conflict' });
    const stored = await h.db.query<{ expiry: string; expiry_source: string }>(
      "SELECT expiry, expiry_source FROM lots WHERE item_id = 'itm-yog' AND lot = 'Y25-0917'");
    // Day 00: the last day of January 2027.
    expect(stored.rows).toEqual([{ expiry: '2027-01-31', expiry_source: 'expiry' }]);
    const placed = await h.db.query<{ n: number }>('SELECT coalesce(sum(quantity), 0)::int AS n FROM transactions WHERE op_id = ANY($1::uuid[])', [[first.id, again.id, undated.id]]);
    expect(placed.rows[0]?.n).toBe(14); // every receipt recorded (C2)
  });

  test('a receipt with only a production date (11) takes the item\'s shelf life on the server, as on the device', async () => {
    await h.db.query("UPDATE items SET shelf_life_days = 21 WHERE id = 'itm-milk'");
    try {
      const device = new TestDevice(h.app, operator);
      // A slot of its own, so the other tests' milk slots keep their lots.
      const [assigned, received] = await device.push([
        device.op('assign', { item: 'MILK-1L', location: 'C-01-04', capacity: 50, conditions: [{ quantity: 0 }] }),
        device.op('restock', { item: 'MILK-1L', lines: [{ location: 'C-01-04', quantity: 3, lot: 'L-SHELF-1', gs1: { production: '261101' } }] }),
      ]);
      expect([assigned?.outcome, received?.outcome]).toEqual(['applied', 'applied']);
      const stored = await h.db.query<{ expiry: string; expiry_source: string }>(
        "SELECT expiry, expiry_source FROM lots WHERE item_id = 'itm-milk' AND lot = 'L-SHELF-1'");
      expect(stored.rows).toEqual([{ expiry: '2026-11-22', expiry_source: 'shelf-life' }]);
    } finally {
      await h.db.query("UPDATE items SET shelf_life_days = NULL WHERE id = 'itm-milk'");
    }
  });

  test('pull: lot records reach devices on a first sync and afterwards only when changed', async () => {
    const device = new TestDevice(h.app, operator);
    const [restocked] = await device.push([device.op('restock', { item: 'MILK-1L', lines: [{ location: 'C-01-02', quantity: 10, lot: 'L-PULL-1', gs1: { production: '261101' } }] })]);
    expect(restocked?.outcome).toBe('applied');
    const fresh = new TestDevice(h.app, picker);
    let page = await fresh.pull(3);
    const seen: LotRecord[] = [...(page.changes.lots ?? [])];
    while (page.hasMore) { page = await fresh.pull(3); seen.push(...(page.changes.lots ?? [])); }
    // Milk has no shelf life in the demo: a production date alone gives no expiry.
    expect(lotIn(seen, 'itm-milk', 'L-PULL-1')).toMatchObject({ expiry: null, onHold: false });
    expect((await fresh.pull()).changes.lots ?? []).toEqual([]);
    const boss = new TestDevice(h.app, supervisor);
    await boss.push([boss.op('holdLot', { item: 'MILK-1L', lot: 'L-PULL-1', action: 'hold', reason: 'Damaged pallet' })]);
    const next = (await fresh.pull()).changes.lots ?? [];
    expect(next.map((l) => [l.lot, l.onHold])).toEqual([['L-PULL-1', true]]);
  });

  test('C3: holds are for supervisors, need a reason and a known item; the queue behind them is not blocked', async () => {
    const op = new TestDevice(h.app, operator);
    const boss = new TestDevice(h.app, supervisor);
    const [forbidden] = await op.push([op.op('holdLot', { item: 'MILK-1L', lot: 'L2612B', action: 'hold', reason: 'x' })]);
    expect(forbidden).toMatchObject({ outcome: 'rejected', code: 'forbidden' });
    const outcomes = await boss.push([
      boss.op('holdLot', { item: 'MILK-1L', lot: 'L2612B', action: 'hold', reason: '  ' }),
      boss.op('holdLot', { item: 'NO-SUCH', lot: 'L1', action: 'hold', reason: 'recall' }),
      boss.op('holdLot', { item: 'MILK-1L', lot: 'L2612B', action: 'release', reason: 'not held' }),
      boss.op('holdLot', { item: 'MILK-1L', lot: 'L2612B', action: 'hold', reason: 'recall' }),
    ]);
    expect(outcomes.map((o) => [o.outcome, o.code])).toEqual([
      ['rejected', 'malformed'], ['rejected', 'unknown-item'], ['rejected', 'lot-hold-unchanged'], ['applied', null],
    ]);
  });

  test('lot-expired: a pick of a lot past its expiry is recorded and flagged; a move of it to the dock is not', async () => {
    const device = new TestDevice(h.app, operator);
    const [received] = await device.push([device.op('restock', { item: 'YOG-500', lines: [{ location: 'C-01-04', quantity: 5, lot: 'Y-OLD', gs1: { expiry: '251000' } }] })]);
    expect(received?.outcome).toBe('applied');
    const pickerDevice = new TestDevice(h.app, picker);
    const [picked] = await pickerDevice.push([pickerDevice.op('pick', { item: 'YOG-500', location: 'C-01-04', quantity: 1 })]);
    expect(picked).toMatchObject({ outcome: 'exception', code: 'lot-expired' });
    expect(JSON.stringify(picked?.details)).toContain('2025-10-31');
    const [moved] = await device.push([device.op('move', { item: 'YOG-500', from: 'C-01-04', to: 'DOCK-01', quantity: 1, lot: 'Y-OLD' })]);
    expect(moved?.code).not.toBe('lot-expired');
  });

  test('near-expiry report over HTTP: stock of lots expiring within N days by location, as JSON and CSV; supervisors only; bad input 400', async () => {
    const device = new TestDevice(h.app, operator);
    const [received] = await device.push([device.op('restock', { item: 'ICE-2L', lines: [{ location: 'F-01-03', quantity: 4, lot: 'NEAR-1', gs1: { expiry: '261210' } }] })]);
    expect(received?.outcome).not.toBe('rejected');
    // The lot routes are not mounted in the app until the access table (access.test.ts) has their rows: served here on their own.
    const lotsApp = Fastify() as unknown as FastifyInstance;
    installErrorHandling(lotsApp);
    lotRoutes(lotsApp, h.db);
    const get = (url: string, token = supervisor) => lotsApp.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    const json = await get('/api/supervisor/near-expiry?days=20&today=2026-11-23');
    expect(json.statusCode).toBe(200);
    const rows = json.json<{ rows: { sku: string; lot: string; locationCode: string; quantity: number; status: string }[] }>().rows;
    expect(rows.filter((r) => r.lot === 'NEAR-1')).toEqual([expect.objectContaining({ sku: 'ICE-2L', expiry: '2026-12-10', locationCode: 'F-01-03', quantity: 4, status: 'available' })]);
    expect((await get('/api/supervisor/near-expiry?days=10&today=2026-11-23')).json<{ rows: { lot: string }[] }>().rows.some((r) => r.lot === 'NEAR-1')).toBe(false);
    const csv = await get('/api/supervisor/near-expiry?days=20&today=2026-11-23&format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('ICE-2L,NEAR-1,2026-12-10,available,F-01-03,4');
    expect((await get('/api/supervisor/near-expiry', picker)).statusCode).toBe(403);
    const bad = await get('/api/supervisor/near-expiry?days=-1');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('invalid-request');
    const lot = await get('/api/v1/lots?item=ICE-2L&lot=NEAR-1&today=2026-11-23');
    expect(lot.json()).toMatchObject({ sku: 'ICE-2L', status: 'available', record: { expiry: '2026-12-10' }, stock: [{ locationCode: 'F-01-03', quantity: 4 }] });
    expect((await get('/api/v1/lots?item=NO-SUCH&lot=X')).statusCode).toBe(404);
    await lotsApp.close();
  });

  test('a restock with a GS1 date that is not a date is rejected as malformed with the field named', async () => {
    const device = new TestDevice(h.app, operator);
    const [outcome] = await device.push([device.op('restock', { item: 'MILK-1L', lines: [{ location: 'C-01-02', quantity: 1, lot: 'L-BAD', gs1: { expiry: '261340' } }] })]);
    expect(outcome).toMatchObject({ outcome: 'rejected', code: 'malformed' });
    expect(JSON.stringify(outcome?.details)).toContain('lines.0.gs1.expiry');
  });
});
