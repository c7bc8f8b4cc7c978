// Issue 16, receiving never dead-ends: a lot no shelf can take is received to a
// receiving dock where the item has no slot yet; the server applies it (the new
// dock slot carries the lot, R8), so it can be put away later.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BACKENDS, OPERATOR, TestDevice, loginAs, startHarness, type Harness } from './harness';

describe.each(BACKENDS)('restock to a receiving dock on %s', (backend) => {
  let h: Harness;
  let operatorToken: string;
  beforeAll(async () => {
    h = await startHarness(backend);
    operatorToken = await loginAs(h.app, ...OPERATOR);
  });
  afterAll(async () => h.close());

  test('R8: a lot received to a dock without a slot for the item is applied, the new dock slot holding that lot', async () => {
    const device = new TestDevice(h.app, operatorToken);
    const restock = device.op('restock', { item: 'MILK-1L', lines: [{ location: 'DOCK-02', quantity: 30, lot: 'L-DOCK-3' }] });
    expect(await device.push([restock])).toEqual([expect.objectContaining({ id: restock.id, outcome: 'applied' })]);
    const { changes } = await device.pull();
    expect(changes.slots.find((s) => s.locationId === 'loc-dock-02' && s.itemId === 'itm-milk'))
      .toMatchObject({ quantity: 30, lot: 'L-DOCK-3', needsCount: false });
  });
});
