import { describe, expect, test } from 'vitest';
import { receivingDock } from './receiving-dock';
import { ITEMS, LOCATIONS, makeWorld, run, SLOTS, slotIn } from './test-fixtures';
import type { Location, Slot } from './types';

const dock2: Location = { id: 'l-dock2', code: 'RCV-02', zone: 'Dock', type: 'receiving', active: true };
const docks = [LOCATIONS.dock, dock2];

describe('issue 16: receiving never dead-ends, what no shelf takes goes to a dock', () => {
  test('R3: a dock slot already holding the lot takes it first', () => {
    expect(receivingDock(ITEMS.milk, { lot: 'L200', quantity: 5 }, docks, [SLOTS.milkDock])).toEqual({ location: LOCATIONS.dock, slot: SLOTS.milkDock });
  });

  test('R3/R8: a dock whose slot holds another lot is passed over for a dock where the item has no slot yet', () => {
    expect(receivingDock(ITEMS.milk, { lot: 'L999', quantity: 5 }, docks, [SLOTS.milkDock])).toEqual({ location: dock2, slot: null });
  });

  test('an emptied dock slot takes any lot; a dock slot without room for the share does not', () => {
    const empty: Slot = { ...SLOTS.milkDock, quantity: 0, lot: null };
    expect(receivingDock(ITEMS.milk, { lot: 'L999', quantity: 5 }, docks, [empty])).toEqual({ location: LOCATIONS.dock, slot: empty });
    const small: Slot = { ...SLOTS.milkDock, capacity: 22 };
    expect(receivingDock(ITEMS.milk, { lot: 'L200', quantity: 5 }, docks, [small])).toEqual({ location: dock2, slot: null });
  });

  test('R3: two lots of one restock do not share a dock; no dock free is null; storage and unused docks never count', () => {
    expect(receivingDock(ITEMS.milk, { lot: 'L998', quantity: 5 }, docks, [SLOTS.milkDock], [{ locationId: 'l-dock2', lot: 'L999' }])).toBeNull();
    expect(receivingDock(ITEMS.milk, { lot: 'L999', quantity: 5 }, [LOCATIONS.dock, { ...dock2, active: false }, LOCATIONS.a1], [SLOTS.milkDock])).toBeNull();
  });

  test('R8: the server records a restock to a dock without a slot for the item as applied, the new slot holding the lot', () => {
    const world = makeWorld({ locations: [...makeWorld().locations, dock2] });
    const r = run(world, 'restock', { item: 'MILK-1L', lines: [{ location: 'RCV-02', quantity: 30, lot: 'L999' }] }, 'operator');
    expect(r.result.outcome).toBe('applied');
    const created = r.effects.slots.find((s) => s.locationId === 'l-dock2');
    expect(created).toMatchObject({ itemId: 'i-milk', quantity: 30, lot: 'L999', needsCount: false });
    expect(slotIn(r.world, created!.id)).toMatchObject({ quantity: 30, lot: 'L999' });
  });
});
