import { describe, expect, test } from 'vitest';
import { addPicked, pickListRefOf, purchaseOrderOf, remainingToPick, spreadReceived, withReceivedUnits } from './orders';
import type { PickList, PurchaseOrder } from './order-types';

const line = (n: number, itemId: string, quantity: number, received = 0) => ({ line: n, itemId, sku: itemId.toUpperCase(), quantity, received });
const order = (lines: ReturnType<typeof line>[]): PurchaseOrder => ({
  id: 'po', number: 'PO-1', supplier: 'Acme', expectedDate: null, status: 'open', lines,
});

describe('received units per purchase order line', () => {
  test("an item's received units fill its lines in line order", () => {
    const got = withReceivedUnits(order([line(1, 'a', 10), line(2, 'b', 5), line(3, 'a', 5)]), (id) => (id === 'a' ? 12 : 0));
    expect(got.lines.map((l) => l.received)).toEqual([10, 0, 2]);
  });

  test("an over-delivery lands on the item's last line, never lost", () => {
    const got = withReceivedUnits(order([line(1, 'a', 10), line(2, 'a', 5)]), () => 20);
    expect(got.lines.map((l) => l.received)).toEqual([10, 10]);
  });

  test("the device's own units top up what the server already counted per line", () => {
    const got = spreadReceived([line(1, 'a', 10, 4), line(2, 'a', 5, 0)], () => 8);
    expect(got.map((l) => l.received)).toEqual([10, 2]);
  });

  test('a line already over its quantity takes no more until the last line', () => {
    const got = spreadReceived([line(1, 'a', 10, 12), line(2, 'a', 5, 0)], () => 3);
    expect(got.map((l) => l.received)).toEqual([12, 3]);
  });
});

describe('picked units per pick list line', () => {
  const list: PickList = {
    id: 'pl', number: 'PL-1', shipment: null, status: 'open',
    lines: [{ line: 1, itemId: 'a', sku: 'A', quantity: 6, locationId: null, locationCode: null, picked: 1 }],
  };

  test('picks naming a line add to it; the remainder never goes below zero', () => {
    const got = addPicked(list, (n) => (n === 1 ? 9 : 0));
    expect(got.lines[0]?.picked).toBe(10);
    expect(remainingToPick(got.lines[0]!)).toBe(0);
    expect(remainingToPick(list.lines[0]!)).toBe(5);
  });

  test('a pick names a list line only with a string number and a numeric line', () => {
    expect(pickListRefOf({ pickList: { number: 'PL-1', line: 2 } })).toEqual({ number: 'PL-1', line: 2 });
    expect(pickListRefOf({ pickList: { number: 'PL-1', line: '2' } })).toBeNull();
    expect(pickListRefOf({ quantity: 3 })).toBeNull();
    expect(pickListRefOf(null)).toBeNull();
  });

  test('a restock receives against an order only when it names one', () => {
    expect(purchaseOrderOf({ purchaseOrder: 'PO-1' })).toBe('PO-1');
    expect(purchaseOrderOf({ purchaseOrder: 7 })).toBeNull();
    expect(purchaseOrderOf(undefined)).toBeNull();
  });
});
