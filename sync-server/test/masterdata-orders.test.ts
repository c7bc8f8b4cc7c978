import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PickList, PurchaseOrder } from '../src/domain';
import { CHANGES_CHANNEL } from '../src/sync/live';
import { BACKENDS, OPERATOR, PICKER, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';
import { get, upsert } from './masterdata-support';

describe.each(BACKENDS)('orders through the API on %s', (backend) => {
  let h: Harness;
  let sv: string;
  beforeAll(async () => {
    h = await startHarness(backend);
    sv = await loginAs(h.app, ...SUPERVISOR);
  });
  afterAll(async () => h.close());

  const purchaseOrder = async (number: string) =>
    (await get<{ rows: PurchaseOrder[] }>(h.app, sv, `/api/v1/purchase-orders?number=${number}`)).rows[0];
  const pickList = async (number: string) =>
    (await get<{ rows: PickList[] }>(h.app, sv, `/api/v1/pick-lists?number=${number}`)).rows[0];

  test('a purchase order counts as received what restocks naming it placed, per item over its lines', async () => {
    const po = { number: 'PO-T1', supplier: 'Acme', expectedDate: '2026-12-01', lines: [
      { line: 1, sku: 'MILK-1L', quantity: 24 }, { line: 2, sku: 'BOX-S', quantity: 100 }, { line: 3, sku: 'MILK-1L', quantity: 24 },
    ] };
    expect((await upsert(h.app, sv, '/api/v1/purchase-orders', { purchaseOrders: [po] })).results[0]?.status).toBe('created');
    expect((await upsert(h.app, sv, '/api/v1/purchase-orders', { purchaseOrders: [po] })).results[0]?.status).toBe('unchanged');

    const operator = new TestDevice(h.app, await loginAs(h.app, ...OPERATOR));
    const outcomes = await operator.push([
      operator.op('restock', { item: 'MILK-1L', purchaseOrder: 'PO-T1', lines: [{ location: 'C-01-01', quantity: 20, lot: 'L2611A' }, { location: 'DOCK-01', quantity: 10, lot: 'L2612B' }] }),
      operator.op('restock', { item: 'BOX-S', purchaseOrder: 'PO-T1', lines: [{ location: 'A-01-01', quantity: 40 }] }),
      // Not against this order: not counted.
      operator.op('restock', { item: 'BOX-S', lines: [{ location: 'A-01-01', quantity: 5 }] }),
    ]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['applied', 'applied', 'applied']);
    const read = await purchaseOrder('PO-T1');
    expect(read).toMatchObject({ number: 'PO-T1', supplier: 'Acme', expectedDate: '2026-12-01', status: 'open' });
    expect(read?.lines.map((l) => [l.line, l.sku, l.quantity, l.received])).toEqual([
      [1, 'MILK-1L', 24, 24], [2, 'BOX-S', 100, 40], [3, 'MILK-1L', 24, 6],
    ]);

    // Rewriting the order (a line fewer) keeps the receipts: they belong to the operations.
    const rewritten = await upsert(h.app, sv, '/api/v1/purchase-orders', { purchaseOrders: [{ ...po, lines: po.lines.slice(0, 2) }] });
    expect(rewritten.results[0]?.status).toBe('updated');
    expect((await purchaseOrder('PO-T1'))?.lines.map((l) => l.received)).toEqual([30, 40]);
  });

  test('purchase order rows with an unknown sku are row errors naming the line', async () => {
    const result = await upsert(h.app, sv, '/api/v1/purchase-orders', { purchaseOrders: [
      { number: 'PO-BAD', lines: [{ line: 1, sku: 'MILK-1L', quantity: 1 }, { line: 2, sku: 'GHOST', quantity: 1 }] },
      { number: 'PO-OK', lines: [{ line: 1, sku: 'TAPE-48', quantity: 12 }] },
    ] });
    expect(result.results.map((r) => r.status)).toEqual(['error', 'created']);
    expect(result.results[0]?.errors).toEqual([{ field: 'lines.1.sku', message: 'no item has SKU GHOST' }]);
  });

  test('a pick list counts picks naming its number and line; packing its shipment makes it packed', async () => {
    const created = await upsert(h.app, sv, '/api/v1/pick-lists', { pickLists: [{ number: 'PL-T1', shipment: 'SH-T1', lines: [
      { line: 1, sku: 'TAPE-48', quantity: 6, location: 'A-01-02' }, { line: 2, sku: 'BOX-S', quantity: 3 },
    ] }] });
    expect(created.results[0]?.status).toBe('created');
    const picker = new TestDevice(h.app, await loginAs(h.app, ...PICKER));
    const outcomes = await picker.push([
      picker.op('pick', { item: 'TAPE-48', location: 'A-01-02', quantity: 4, requested: 6, pickList: { number: 'PL-T1', line: 1 } }),
      picker.op('pick', { item: 'TAPE-48', location: 'A-01-02', quantity: 2, pickList: { number: 'PL-T1', line: 1 } }),
      picker.op('pick', { item: 'BOX-S', location: 'A-01-01', quantity: 3, pickList: { number: 'PL-T1', line: 2 } }),
      // The bare number older app versions send still applies; it names no line.
      picker.op('pick', { item: 'BOX-S', location: 'A-01-01', quantity: 1, pickList: 'PL-T1' }),
    ]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['exception', 'applied', 'applied', 'applied']);
    let list = await pickList('PL-T1');
    expect(list).toMatchObject({ status: 'open', shipment: 'SH-T1' });
    expect(list?.lines.map((l) => [l.line, l.locationCode, l.picked])).toEqual([[1, 'A-01-02', 6], [2, null, 3]]);
    expect(list?.lines[0]).toMatchObject({ location: 'A-01-02' }); // the PUT's own field, so a row read can be sent back

    const [packed] = await picker.push([picker.op('pack', { shipment: 'SH-T1', lines: [{ item: 'TAPE-48', quantity: 6 }, { item: 'BOX-S', quantity: 3 }] })]);
    expect(packed?.outcome).toBe('applied');
    list = await pickList('PL-T1');
    expect(list?.status).toBe('packed');
    expect((await get<{ rows: PickList[] }>(h.app, sv, '/api/v1/pick-lists?status=open')).rows.map((r) => r.number)).not.toContain('PL-T1');
    const shipments = await get<{ rows: { shipment: string; pickList: string | null; pickListStatus: string; lines: { sku: string; quantity: number }[] }[] }>(
      h.app, sv, '/api/v1/shipments?shipment=SH-T1',
    );
    expect(shipments.rows).toEqual([expect.objectContaining({
      shipment: 'SH-T1', pickList: 'PL-T1', pickListStatus: 'packed',
      lines: [expect.objectContaining({ sku: 'TAPE-48', quantity: 6 }), expect.objectContaining({ sku: 'BOX-S', quantity: 3 })],
    })]);
  });

  test('pulled orders reach a device: open ones on the first sync, then what restocks and picks did to them', async () => {
    const device = new TestDevice(h.app, await loginAs(h.app, ...OPERATOR));
    let pulled: { purchaseOrders: PurchaseOrder[]; pickLists: PickList[] } = { purchaseOrders: [], pickLists: [] };
    for (let more = true; more;) {
      const page = await device.pull(7);
      pulled = {
        purchaseOrders: [...pulled.purchaseOrders, ...(page.changes.purchaseOrders ?? [])],
        pickLists: [...pulled.pickLists, ...(page.changes.pickLists ?? [])],
      };
      more = page.hasMore;
    }
    expect(pulled.purchaseOrders.map((p) => p.number)).toContain('PO-1001'); // the demo order
    expect(pulled.pickLists.map((p) => p.number)).toContain('PL-5001');
    expect(pulled.pickLists.map((p) => p.number)).not.toContain('PL-T1'); // packed before this device's first sync

    const [restocked] = await device.push([device.op('restock', { item: 'YOG-500', purchaseOrder: 'PO-1001', lines: [{ location: 'C-01-04', quantity: 12, lot: 'Y25-1101' }] })]);
    expect(restocked?.outcome).toBe('applied');
    const next = await device.pull();
    const order = next.changes.purchaseOrders?.find((p) => p.number === 'PO-1001');
    expect(order?.lines.map((l) => [l.sku, l.quantity, l.received])).toEqual([['MILK-1L', 96, 0], ['YOG-500', 48, 12]]);
    expect(next.changes.pickLists).toEqual([]);

    // Closing an order sends it once more, closed, so the device can drop it.
    await upsert(h.app, sv, '/api/v1/purchase-orders', { purchaseOrders: [{ number: 'PO-1001', status: 'closed', lines: [
      { line: 1, sku: 'MILK-1L', quantity: 96 }, { line: 2, sku: 'YOG-500', quantity: 48 },
    ] }] });
    const closed = await device.pull();
    expect(closed.changes.purchaseOrders?.map((p) => [p.number, p.status])).toEqual([['PO-1001', 'closed']]);
    expect((await device.pull()).changes.purchaseOrders).toEqual([]);
  });

  test('a master-data write tells connected devices to pull (a change event)', async () => {
    let heard: (payload: string) => void = () => undefined;
    const event = new Promise<string>((resolve) => { heard = resolve; });
    const unlisten = await h.db.listen(CHANGES_CHANNEL, (payload) => heard(payload));
    try {
      await upsert(h.app, sv, '/api/v1/locations', { locations: [{ code: 'EV-01', type: 'storage' }] });
      expect(JSON.parse(await event)).toEqual({ deviceId: 'master-data', operations: 1 });
    } finally {
      await unlisten();
    }
  });
});
