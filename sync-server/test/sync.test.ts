import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Slot } from '../src/domain';
import { BACKENDS, OPERATOR, PICKER, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';

describe.each(BACKENDS)('sync protocol on %s', (backend) => {
  let h: Harness;
  let operatorToken: string;
  beforeAll(async () => {
    h = await startHarness(backend);
    operatorToken = await loginAs(h.app, ...OPERATOR);
  });
  afterAll(async () => h.close());

  const slotOf = (slots: Slot[], locationId: string, itemId: string) =>
    slots.find((s) => s.locationId === locationId && s.itemId === itemId);

  test('R5/C1: a restock split over two lots is applied once; pushing it again returns the same outcomes', async () => {
    const device = new TestDevice(h.app, operatorToken);
    const restock = device.op('restock', {
      item: 'MILK-1L',
      lines: [
        { location: 'C-01-01', quantity: 20, lot: 'L2611A' },
        { location: 'C-01-02', quantity: 30, lot: 'L2613C' },
      ],
    });
    const first = await device.push([restock]);
    expect(first).toEqual([expect.objectContaining({ id: restock.id, outcome: 'applied', duplicate: false })]);

    const again = await device.push([restock]);
    expect(again).toEqual([{ ...first[0], duplicate: true }]);

    const { changes } = await device.pull();
    expect(slotOf(changes.slots, 'loc-c-01-01', 'itm-milk')).toMatchObject({ quantity: 100, lot: 'L2611A' });
    expect(slotOf(changes.slots, 'loc-c-01-02', 'itm-milk')).toMatchObject({ quantity: 30, lot: 'L2613C' });
    expect(changes.outcomes).toContainEqual(expect.objectContaining({ id: restock.id, outcome: 'applied' }));

    const applied = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM transactions WHERE op_id = $1', [restock.id]);
    expect(applied.rows[0]?.n).toBe(2);
  });

  test('C2/R3: two devices that placed different lots into one empty slot offline end as one applied and one exception', async () => {
    const a = new TestDevice(h.app, operatorToken);
    const b = new TestDevice(h.app, await loginAs(h.app, ...SUPERVISOR));
    const fromA = a.op('restock', { item: 'YOG-500', lines: [{ location: 'C-01-04', quantity: 10, lot: 'Y25-1001' }] });
    const fromB = b.op('restock', { item: 'YOG-500', lines: [{ location: 'C-01-04', quantity: 12, lot: 'Y25-1002' }] });
    const [outA] = await a.push([fromA]);
    const [outB] = await b.push([fromB]);
    expect(outA?.outcome).toBe('applied');
    expect(outB).toMatchObject({ outcome: 'exception', code: 'second-lot-in-slot', rule: 'R3' });

    const { changes } = await b.pull();
    const slot = slotOf(changes.slots, 'loc-c-01-04', 'itm-yog');
    // Both facts are recorded: 22 units, lot no longer known, a count is due.
    expect(slot).toMatchObject({ quantity: 22, lotUnknown: true, needsCount: true });
    expect(changes.exceptions).toContainEqual(expect.objectContaining({ opId: fromB.id, code: 'second-lot-in-slot', status: 'open' }));
  });

  test('C3: a malformed, an unknown-location and a forbidden operation are rejected without blocking the ones behind them', async () => {
    const picker = new TestDevice(h.app, await loginAs(h.app, ...PICKER));
    const malformed = { ...picker.op('pick', { item: 'BOX-S', location: 'A-01-01', quantity: -3 }) };
    const unknown = picker.op('pick', { item: 'BOX-S', location: 'Z-99-99', quantity: 1 });
    const forbidden = picker.op('count', { item: 'BOX-S', location: 'A-01-01', expected: { lot: null, quantity: 300 }, counted: { quantity: 290 } });
    const fine = picker.op('pick', { item: 'BOX-S', location: 'A-01-01', quantity: 5 });
    const outcomes = await picker.push([malformed, unknown, forbidden, fine]);
    expect(outcomes.map((o) => [o.outcome, o.code])).toEqual([
      ['rejected', 'malformed'],
      ['rejected', 'unknown-location'],
      ['rejected', 'forbidden'],
      ['applied', null],
    ]);
    expect(outcomes[0]?.details).toMatchObject({ issues: [expect.objectContaining({ path: 'payload.quantity' })] });
    // The rejection is stored: resending returns it (C1), it is not applied later.
    expect((await picker.push([unknown]))[0]).toMatchObject({ outcome: 'rejected', code: 'unknown-location', duplicate: true });
  });

  test('C1: an operation without a usable id is rejected and reported, not stored', async () => {
    const device = new TestDevice(h.app, operatorToken);
    const [outcome] = await device.push([{ seq: 1, type: 'pick', payload: {} }]);
    expect(outcome).toMatchObject({ id: null, outcome: 'rejected', code: 'malformed', duplicate: false });
  });

  test('R4: a pick takes the slot lot, the transaction records it, and stock equals the sum of transactions', async () => {
    const picker = new TestDevice(h.app, await loginAs(h.app, ...PICKER));
    const pick = picker.op('pick', { item: 'ICE-2L', location: 'F-01-02', quantity: 5 });
    expect((await picker.push([pick]))[0]?.outcome).toBe('applied');
    const tx = await h.db.query<{ lot: string; quantity: number }>('SELECT lot, quantity FROM transactions WHERE op_id = $1', [pick.id]);
    expect(tx.rows).toEqual([{ lot: 'IC240902', quantity: -5 }]);
    const drift = await h.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM slots s
        WHERE s.quantity <> (SELECT coalesce(sum(t.quantity), 0) FROM transactions t WHERE t.slot_id = s.id)`,
    );
    expect(drift.rows[0]?.n).toBe(0);
  });

  test('pull: the first sync pages through the whole replica and later pulls bring only what changed', async () => {
    const device = new TestDevice(h.app, operatorToken);
    const whole = await new TestDevice(h.app, operatorToken).pull(5000);
    expect(whole.hasMore).toBe(false);

    const paged = { items: 0, locations: 0, slots: 0, serials: 0 };
    let pages = 0;
    for (;;) {
      const page = await device.pull(7);
      pages += 1;
      paged.items += page.changes.items.length;
      paged.locations += page.changes.locations.length;
      paged.slots += page.changes.slots.length;
      paged.serials += page.changes.serials.length;
      if (!page.hasMore) break;
    }
    expect(pages).toBeGreaterThan(3);
    expect(paged).toEqual({
      items: whole.changes.items.length,
      locations: whole.changes.locations.length,
      slots: whole.changes.slots.length,
      serials: whole.changes.serials.length,
    });

    const idle = await device.pull();
    expect(idle.changes.slots).toEqual([]);
    const other = new TestDevice(h.app, operatorToken);
    await other.push([other.op('pick', { item: 'TAPE-48', location: 'A-01-02', quantity: 2 })]);
    const next = await device.pull();
    expect(next.changes.slots).toEqual([expect.objectContaining({ locationId: 'loc-a-01-02', quantity: 118 })]);
  });

  test('pull: a cursor the server did not issue is answered 400 with a code', async () => {
    const response = await h.app.inject({
      method: 'GET', url: '/api/sync/pull?deviceId=d1&cursor=garbage', headers: { authorization: `Bearer ${operatorToken}` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid-cursor' } });
  });

  test('roles: only a supervisor switches tracking, changes a serial lot or settings; a picker cannot adjust', async () => {
    const operator = new TestDevice(h.app, operatorToken);
    const picker = new TestDevice(h.app, await loginAs(h.app, ...PICKER));
    const byOperator = await operator.push([
      operator.op('setLotTracking', { items: ['TAPE-48'], tracked: true }),
      operator.op('changeSerialLot', { serial: 'PX2-0001', lot: 'PX-L09' }),
      operator.op('changeSettings', { requireLotAtPack: true }),
    ]);
    expect(byOperator.map((o) => o.code)).toEqual(['forbidden', 'forbidden', 'forbidden']);
    const byPicker = await picker.push([picker.op('adjust', { item: 'BOX-S', location: 'A-01-01', quantity: 1 })]);
    expect(byPicker[0]?.code).toBe('forbidden');
  });

  test('R1/R2/C2: tracking switched on while a device was offline: stock becomes lot-unknown, the offline facts are kept and flagged', async () => {
    const supervisor = new TestDevice(h.app, await loginAs(h.app, ...SUPERVISOR));
    const offline = new TestDevice(h.app, operatorToken);
    // Queued offline before tracking was switched on: no lot.
    const restock = offline.op('restock', { item: 'TAPE-48', lines: [{ location: 'A-01-02', quantity: 10 }] });
    const pick = offline.op('pick', { item: 'TAPE-48', location: 'A-01-02', quantity: 4 });

    const [switched] = await supervisor.push([supervisor.op('setLotTracking', { items: ['TAPE-48'], tracked: true })]);
    expect(switched?.outcome).toBe('applied');
    const before = (await supervisor.pull()).changes.slots.find((s) => s.itemId === 'itm-tape');
    expect(before).toMatchObject({ lot: null, lotUnknown: true, needsCount: true });

    const outcomes = await offline.push([restock, pick]);
    expect(outcomes.map((o) => [o.outcome, o.code])).toEqual([
      ['exception', 'lot-missing'],
      ['exception', 'lot-unknown-picked'],
    ]);
    const pickTx = await h.db.query<{ lot: string | null; lot_unknown: boolean }>('SELECT lot, lot_unknown FROM transactions WHERE op_id = $1', [pick.id]);
    expect(pickTx.rows).toEqual([{ lot: null, lot_unknown: true }]);
  });

  test('R9: a count that gives the lot of a lot-unknown slot writes the remove-and-place pair and clears the count task', async () => {
    const operator = new TestDevice(h.app, operatorToken);
    const slot = (await operator.pull(5000)).changes.slots.find((s) => s.itemId === 'itm-tape');
    const count = operator.op('count', {
      item: 'TAPE-48', location: 'A-01-02',
      expected: { lot: null, quantity: slot?.quantity ?? 0 },
      counted: { quantity: 100, lot: 'TP-2611' },
    });
    expect((await operator.push([count]))[0]?.outcome).toBe('applied');
    const tx = await h.db.query<{ type: string; lot: string | null }>('SELECT type, lot FROM transactions WHERE op_id = $1 ORDER BY id', [count.id]);
    expect(tx.rows).toEqual([{ type: 'count-remove', lot: null }, { type: 'count-place', lot: 'TP-2611' }]);
    const after = (await operator.pull()).changes.slots.find((s) => s.itemId === 'itm-tape');
    expect(after).toMatchObject({ quantity: 100, lot: 'TP-2611', lotUnknown: false, needsCount: false });
  });
});
