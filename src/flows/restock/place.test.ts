import { describe, expect, test } from 'vitest';
import type { Item, Location } from '../../domain';
import { canConfirm, planPlacement, placeByScan, shelvesToScan, type Target } from './place';

const milk: Item = {
  id: 'itm-milk', sku: 'MILK-1L', name: 'Milk', gtins: [], unit: 'carton', lotTracked: true, lotAtPack: false,
  serialized: false, durable: false, conditions: [], specialHandling: false,
};
const loc = (id: string, code: string, type: Location['type'] = 'storage'): Location => ({ id, code, zone: 'Z', type, active: true });
const slot = (id: string, location: Location, quantity: number, lot: string | null, capacity = 120): Target => ({
  id, itemId: milk.id, locationId: location.id, condition: '', capacity, quantity, lot, lotUnknown: false, needsCount: false,
  location, free: Math.max(0, capacity - quantity),
});
const c1 = slot('s1', loc('l1', 'C-01-01'), 80, 'L2611A');
const c2 = slot('s2', loc('l2', 'C-01-02'), 0, null);
const c3 = slot('s3', loc('l3', 'C-01-03'), 0, null);
const dock1 = loc('d1', 'DOCK-01', 'receiving');
const dock2 = loc('d2', 'DOCK-02', 'receiving');
const atDock1 = slot('sd1', dock1, 48, 'L2612B', 500);

describe('issue 16: receiving never dead-ends', () => {
  test('R6: a third lot no shelf can take goes whole to a receiving dock where the item has room for it (R3, R8)', () => {
    const full = slot('s2', loc('l2', 'C-01-02'), 30, 'L-B');
    const plan = planPlacement(milk, [c1, full], [{ lot: 'L-NEW', quantity: 30 }], [dock1, dock2], [atDock1]);
    expect(plan.unplaced).toEqual([]);
    expect(plan.placements).toEqual([{ slotId: 'dock:d2', lot: 'L-NEW', quantity: 30 }]);
    expect(plan.docks.map((d) => d.location.code)).toEqual(['DOCK-02']);
  });

  test('what the shelves take stays on the shelves; only the rest of that lot goes to the dock holding it', () => {
    const small = slot('s1', loc('l1', 'C-01-01'), 100, 'L2612B');
    const plan = planPlacement(milk, [small], [{ lot: 'L2612B', quantity: 30 }], [dock1, dock2], [atDock1]);
    expect(plan.placements).toEqual([{ slotId: 's1', lot: 'L2612B', quantity: 20 }, { slotId: 'sd1', lot: 'L2612B', quantity: 10 }]);
  });

  test('with no dock that can take it the shortage stays (R6: not enough space)', () => {
    expect(planPlacement(milk, [c1], [{ lot: 'L-NEW', quantity: 5 }], [], []).unplaced).toEqual([{ lot: 'L-NEW', quantity: 5 }]);
  });
});

describe('issue 16: a placement is confirmed by scanning its shelf', () => {
  const needs = [{ lot: 'L9', quantity: 30 }];
  const suggested = [{ slotId: 's2', lot: 'L9', quantity: 30 }];
  const targets = [c1, c2, c3];

  test('the suggested shelf scanned confirms its share; then nothing is left to scan', () => {
    const r = placeByScan(milk, targets, needs, suggested, [], 'C-01-02');
    expect(r).toEqual({ kind: 'placed', placements: suggested, confirmed: ['s2'], moved: false });
    expect(shelvesToScan(suggested, [], targets).map((t) => t.location.code)).toEqual(['C-01-02']);
    expect(shelvesToScan(suggested, ['s2'], targets)).toEqual([]);
  });

  test('R3/R6: another empty shelf of the item scanned takes the share there instead', () => {
    expect(placeByScan(milk, targets, needs, suggested, [], 'c-01-03')).toEqual({
      kind: 'placed', placements: [{ slotId: 's3', lot: 'L9', quantity: 30 }], confirmed: ['s3'], moved: true,
    });
  });

  test('R3: a shelf holding another lot, an unknown shelf and a shelf after all is scanned are refused', () => {
    expect(placeByScan(milk, targets, needs, suggested, [], 'C-01-01')).toEqual({ kind: 'other-lot', holding: 'L2611A' });
    expect(placeByScan(milk, targets, needs, suggested, [], 'Z-99')).toEqual({ kind: 'not-here' });
    expect(placeByScan(milk, targets, needs, suggested, ['s2'], 'C-01-03')).toEqual({ kind: 'all-scanned' });
  });

  test('a confirmed share stays where it was scanned when another shelf takes the rest of the lot', () => {
    const split = [{ slotId: 's2', lot: 'L9', quantity: 20 }, { slotId: 'dock:d1', lot: 'L9', quantity: 10 }];
    const dock = { ...c2, id: 'dock:d1', location: dock1, capacity: 0, free: 0 };
    const r = placeByScan(milk, [...targets, dock], needs, split, ['s2'], 'C-01-03');
    expect(r).toEqual({ kind: 'placed', placements: [{ slotId: 's2', lot: 'L9', quantity: 20 }, { slotId: 's3', lot: 'L9', quantity: 10 }], confirmed: ['s2', 's3'], moved: true });
  });
});

describe('issue 16: verify by scan, a tap only where the setting allows it', () => {
  test('with tapToConfirm off, Confirm waits until every share was scanned; with it on, the suggestion may be accepted by a tap', () => {
    expect(canConfirm(true, 1, false)).toBe(false);
    expect(canConfirm(true, 0, false)).toBe(true);
    expect(canConfirm(true, 1, true)).toBe(true);
  });

  test('R5/R6: nothing is confirmed while units have no place, whatever the setting', () => {
    expect(canConfirm(false, 0, true)).toBe(false);
    expect(canConfirm(false, 0, false)).toBe(false);
  });
});
