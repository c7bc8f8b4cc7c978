import { describe, expect, test } from 'vitest';
import { ITEMS, LOCATIONS, makeWorld, run } from './test-fixtures';
import type { World } from './engine';
import type { Item } from './types';

/** The demo world with some items taken out of use. */
function withInactive(...ids: string[]): World {
  const items: Item[] = Object.values(ITEMS).map((i) => (ids.includes(i.id) ? { ...i, active: false } : i));
  return makeWorld({ items });
}

const openCodes = (r: ReturnType<typeof run>) => r.effects.exceptions.filter((e) => e.status === 'open').map((e) => e.code);

describe('C2: a deactivated item received or given a place is recorded and flagged inactive-item', () => {
  test('a restock of a deactivated item is applied with one inactive-item exception naming the item and what came in', () => {
    const r = run(withInactive(ITEMS.bolt.id), 'restock', { item: 'BOLT-M8', lines: [{ location: 'A-01-01', quantity: 3 }, { location: 'A-01-01', quantity: 2 }] }, 'operator');
    expect(r.result.outcome).toBe('exception');
    expect(r.effects.transactions.reduce((sum, t) => sum + t.quantity, 0)).toBe(5);
    expect(r.effects.exceptions).toEqual([expect.objectContaining({
      code: 'inactive-item', rule: 'C2', itemId: ITEMS.bolt.id, locationId: LOCATIONS.a1.id,
      details: { operation: 'restock', item: 'BOLT-M8', quantity: 5 },
    })]);
  });

  test('an assignment of a deactivated item to a new location is flagged, even with no stock', () => {
    const r = run(withInactive(ITEMS.bolt.id), 'assign', { item: 'BOLT-M8', location: 'B-02-01', capacity: 20, conditions: [{ quantity: 0 }] }, 'operator');
    expect(openCodes(r)).toEqual(['inactive-item']);
    expect(r.effects.exceptions[0]).toMatchObject({ locationId: LOCATIONS.b1.id, details: { operation: 'assign', quantity: 0 } });
  });

  test('a deactivated item found by its GTIN is flagged too (the scan names the item, not its SKU)', () => {
    const r = run(withInactive(ITEMS.bolt.id), 'restock', { item: '012345678905', lines: [{ location: 'A-01-01', quantity: 1 }] }, 'operator');
    expect(openCodes(r)).toEqual(['inactive-item']);
  });

  test('the stock it still has runs out as before: pick, move and return of a deactivated item raise nothing', () => {
    const world = withInactive(ITEMS.bolt.id, ITEMS.milk.id);
    expect(run(world, 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 5 }, 'picker').result.outcome).toBe('applied');
    expect(run(world, 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 4, lot: 'L100' }, 'operator').result.outcome).toBe('applied');
    expect(run(world, 'return', { item: 'BOLT-M8', location: 'A-01-01', quantity: 1 }, 'operator').result.outcome).toBe('applied');
  });

  test('an item stored before the flag existed (no active field) counts as active', () => {
    const r = run(makeWorld(), 'restock', { item: 'BOLT-M8', lines: [{ location: 'A-01-01', quantity: 1 }] }, 'operator');
    expect(r.result.outcome).toBe('applied');
  });

  test('a deactivated item restocked into a location out of use raises both exceptions', () => {
    const world = { ...withInactive(ITEMS.bolt.id), locations: Object.values(LOCATIONS).map((l) => (l.id === LOCATIONS.a1.id ? { ...l, active: false } : l)) };
    const r = run(world, 'restock', { item: 'BOLT-M8', lines: [{ location: 'A-01-01', quantity: 1 }] }, 'operator');
    expect(openCodes(r).sort()).toEqual(['inactive-item', 'inactive-location']);
  });
});
