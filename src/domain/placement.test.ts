import { describe, expect, test } from 'vitest';
import { slotFit, suggestPlacement } from './placement';
import type { Item, Slot } from './types';

const item = (over: Partial<Item> = {}): Item => ({
  id: 'i1', sku: 'MILK', name: 'Milk', gtins: [], unit: 'each', lotTracked: true, lotAtPack: false,
  serialized: false, durable: false, conditions: [], specialHandling: false, ...over,
});
const slot = (id: string, quantity: number, lot: string | null, capacity = 100, lotUnknown = false): Slot => ({
  id, itemId: 'i1', locationId: `loc-${id}`, condition: '', capacity, quantity, lot, lotUnknown, needsCount: false,
});

describe('R6 placement guidance', () => {
  test('R6: a slot holding the same lot with free capacity can take more', () => {
    expect(slotFit(item(), slot('a', 60, 'L1'), 'L1')).toEqual({ kind: 'same-lot', free: 40 });
  });

  test('R3: a slot holding a different lot cannot take another lot', () => {
    expect(slotFit(item(), slot('a', 60, 'L1'), 'L2')).toEqual({ kind: 'other-lot', lot: 'L1' });
    expect(slotFit(item(), slot('a', 60, null, 100, true), 'L2')).toEqual({ kind: 'other-lot', lot: null });
  });

  test('R3: an emptied slot is free for any lot', () => {
    expect(slotFit(item(), slot('a', 0, null), 'L2')).toEqual({ kind: 'empty', free: 100 });
  });

  test('R13: serials of different lots share a slot; untracked items ignore lots', () => {
    expect(slotFit(item({ serialized: true }), slot('a', 3, null), 'L9').kind).toBe('same-lot');
    expect(slotFit(item({ lotTracked: false }), slot('a', 3, null), null).kind).toBe('same-lot');
  });

  test('R6: a restock split over two lots tops up the same-lot slot, then takes an empty one', () => {
    const plan = suggestPlacement(item(), [slot('a', 80, 'L1', 100), slot('b', 0, null), slot('c', 10, 'L3')], [
      { lot: 'L1', quantity: 30 },
      { lot: 'L2', quantity: 50 },
    ]);
    expect(plan.lines).toEqual([
      { slotId: 'a', lot: 'L1', quantity: 20 },
      { slotId: 'b', lot: 'L1', quantity: 10 },
    ]);
    // The empty slot took lot L1, so L2 has nowhere to go: not enough space.
    expect(plan.unplaced).toEqual([{ lot: 'L2', quantity: 50 }]);
  });

  test('R6: nothing suitable means not enough space for the whole quantity', () => {
    const plan = suggestPlacement(item(), [slot('a', 10, 'L1')], [{ lot: 'L2', quantity: 5 }]);
    expect(plan).toEqual({ lines: [], unplaced: [{ lot: 'L2', quantity: 5 }] });
  });
});
