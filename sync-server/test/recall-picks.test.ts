// R12: the recall answers "who got this lot" from the picks that took it, their
// pick lists and the lists' shipments, not only from lots recorded at packing;
// and a pick whose label carried another lot than the slot (C2, R8a) is
// recorded with the scanned lot, so the recall follows the goods.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BACKENDS, PICKER, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';

interface RecallPicks {
  picks: { sku: string; locationCode: string; quantity: number; pickList: string | null; line: number | null; shipment: string | null; packed: boolean; userName: string | null }[];
  shipments: unknown[];
}

describe.each(BACKENDS)('recall from picks on %s', (backend) => {
  let h: Harness;
  let auth: { authorization: string };
  let picker: TestDevice;

  const recall = async (lot: string): Promise<RecallPicks> => {
    const response = await h.app.inject({ method: 'GET', url: `/api/supervisor/recall?lot=${encodeURIComponent(lot)}`, headers: auth });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<RecallPicks>();
  };

  beforeAll(async () => {
    h = await startHarness(backend);
    auth = { authorization: `Bearer ${await loginAs(h.app, ...SUPERVISOR)}` };
    picker = new TestDevice(h.app, await loginAs(h.app, ...PICKER), 'dev-pete');
  });
  afterAll(async () => h.close());

  test('R12: a lot picked for a pick list line names the list and its shipment, packed once the shipment is packed', async () => {
    // The demo list PL-5001 (shipment SH-5001) asks 4 × ICE-2L from F-01-01 (lot IC240811) on line 2.
    const [picked] = await picker.push([picker.op('pick', { item: 'ICE-2L', location: 'F-01-01', quantity: 4, requested: 4, pickList: { number: 'PL-5001', line: 2 } })]);
    expect(picked?.outcome).toBe('applied');
    const before = await recall('IC240811');
    expect(before.picks).toEqual([expect.objectContaining({
      sku: 'ICE-2L', locationCode: 'F-01-01', quantity: 4, pickList: 'PL-5001', line: 2, shipment: 'SH-5001', packed: false, userName: 'Pete Picker',
    })]);
    // ICE-2L records no lot at packing (R15a): the shipment is found through the pick alone.
    const [packed] = await picker.push([picker.op('pack', { shipment: 'SH-5001', lines: [{ item: 'ICE-2L', quantity: 4 }] })]);
    expect(packed?.outcome).toBe('applied');
    const after = await recall('IC240811');
    expect(after.shipments).toEqual([]);
    expect(after.picks).toEqual([expect.objectContaining({ pickList: 'PL-5001', shipment: 'SH-5001', packed: true })]);
  });

  test('R12: a free pick with a typed reference is listed with that reference and no shipment', async () => {
    const [picked] = await picker.push([picker.op('pick', { item: 'YOG-500', location: 'C-01-03', quantity: 2, pickList: 'ORDER-77' })]);
    expect(picked?.outcome).toBe('applied');
    const r = await recall('Y25-0917');
    expect(r.picks).toEqual([expect.objectContaining({ sku: 'YOG-500', quantity: 2, pickList: 'ORDER-77', line: null, shipment: null, packed: false })]);
  });

  test('C2, R8a: a pick whose label carried another lot is an exception on the slot, and the recall of the scanned lot finds it', async () => {
    const [picked] = await picker.push([picker.op('pick', { item: 'ICE-2L', location: 'F-01-02', quantity: 3, lot: 'IC-LABEL-9' })]);
    expect(picked).toMatchObject({ outcome: 'exception' });
    const changes = (await picker.pull()).changes;
    const slot = changes.slots.find((s) => s.itemId === 'itm-ice' && s.locationId === 'loc-f-01-02');
    expect(slot).toMatchObject({ lot: 'IC240902', quantity: 22, needsCount: true });
    expect(changes.exceptions.find((e) => e.slotId === slot?.id && e.code === 'lot-mismatch')).toMatchObject({
      status: 'open', details: { expected: { lot: 'IC240902' }, found: { lot: 'IC-LABEL-9' } },
    });
    expect((await recall('IC-LABEL-9')).picks).toEqual([expect.objectContaining({ locationCode: 'F-01-02', quantity: 3 })]);
    expect((await recall('IC240902')).picks).toEqual([]);
  });
});
