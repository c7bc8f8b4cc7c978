import { beforeEach, describe, expect, test } from 'vitest';
import type { Item } from '../../domain';
import { addLotLine, startingQuantity } from './flow';
import { useRestockStore } from './store';

const milk: Item = {
  id: 'itm-milk', sku: 'MILK-1L', name: 'Milk', gtins: [], unit: 'carton', lotTracked: true, lotAtPack: false,
  serialized: false, durable: false, conditions: [], specialHandling: false,
};

describe('issue 16: a restock starts at the quantity the task implies', () => {
  beforeEach(() => useRestockStore.getState().reset());

  test("the label's (30)/(37) count comes first, then the order line's remainder; nothing known keeps the default", () => {
    expect(startingQuantity(30, 96)).toBe(30);
    expect(startingQuantity(undefined, 96)).toBe(96);
    expect(startingQuantity(0, undefined)).toBeUndefined();
  });

  test('the label scanned at the item step fills the quantity step, and its lot takes that quantity at the lots step', () => {
    const s = useRestockStore.getState();
    s.chooseItem(milk, null, { lot: 'L7', count: 30 }, 96);
    expect(useRestockStore.getState().quantity).toBe(30);
    useRestockStore.getState().confirmQuantity();
    expect(useRestockStore.getState()).toMatchObject({ step: 'lots', lots: [{ lot: 'L7', quantity: 30 }] });
  });

  test('without a label count the order line still due is the quantity; a label scanned at the quantity step sets it', () => {
    useRestockStore.getState().chooseItem(milk, 'PO-1', null, 96);
    expect(useRestockStore.getState().quantity).toBe(96);
    useRestockStore.getState().takeLabel({ count: 24, lot: 'L8' });
    expect(useRestockStore.getState()).toMatchObject({ quantity: 24, scanned: { lot: 'L8', count: 24 } });
  });
});

describe('issue 16: a second lot label adds a line and splits the quantity (R5)', () => {
  const one = [{ key: 'a', lot: 'L1', quantity: 30 }];

  test('units without a lot go to the new lot, up to its label count', () => {
    expect(addLotLine([{ key: 'a', lot: 'L1', quantity: 10 }], 30, 'L2', 'b')).toEqual([
      { key: 'a', lot: 'L1', quantity: 10 }, { key: 'b', lot: 'L2', quantity: 20 },
    ]);
    expect(addLotLine([{ key: 'a', lot: 'L1', quantity: 10 }], 30, 'L2', 'b', { count: 12 })?.[1]).toMatchObject({ quantity: 12 });
  });

  test('when every unit has a lot, the new lot takes its label count from the largest line, never refused', () => {
    expect(addLotLine(one, 30, 'L2', 'b', { count: 12, expiry: '2027-01-31' })).toEqual([
      { key: 'a', lot: 'L1', quantity: 18 }, { key: 'b', lot: 'L2', quantity: 12, expiry: '2027-01-31' },
    ]);
  });

  test('without a count the largest line is halved; a label count as large as the whole leaves the old lot one unit', () => {
    expect(addLotLine(one, 30, 'L2', 'b')?.map((l) => l.quantity)).toEqual([15, 15]);
    expect(addLotLine(one, 30, 'L2', 'b', { count: 30 })?.map((l) => l.quantity)).toEqual([1, 29]);
  });

  test('the same lot again changes no quantity; lines of single units cannot be split', () => {
    expect(addLotLine(one, 30, 'L1', 'b')).toEqual(one);
    expect(addLotLine([{ key: 'a', lot: 'L1', quantity: 1 }], 1, 'L2', 'b')).toBeNull();
  });
});
