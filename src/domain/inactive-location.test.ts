import { describe, expect, test } from 'vitest';
import { LOCATIONS, makeWorld, run } from './test-fixtures';
import type { World } from './engine';
import type { Location } from './types';

/** The demo world with some locations taken out of use. */
function withInactive(...ids: string[]): World {
  const locations: Location[] = Object.values(LOCATIONS).map((l) => (ids.includes(l.id) ? { ...l, active: false } : l));
  return makeWorld({ locations });
}

const openCodes = (r: ReturnType<typeof run>) => r.effects.exceptions.filter((e) => e.status === 'open').map((e) => e.code);

describe('C2: stock placed into a location taken out of use is recorded and flagged', () => {
  test('a move into an inactive location is applied with an inactive-location exception naming it', () => {
    const r = run(withInactive(LOCATIONS.a2.id), 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 4, lot: 'L100' }, 'operator');
    expect(r.result.outcome).toBe('exception');
    expect(r.effects.transactions.map((t) => [t.type, t.quantity])).toEqual([['move-out', -4], ['move-in', 4]]);
    expect(r.effects.exceptions).toEqual([expect.objectContaining({
      code: 'inactive-location', rule: 'C2', locationId: LOCATIONS.a2.id, itemId: 'i-milk',
      details: { operation: 'move', location: 'A-01-02', quantity: 4 },
    })]);
  });

  test('a restock into an inactive location is flagged once for the location, whatever the lines', () => {
    const r = run(withInactive(LOCATIONS.a1.id), 'restock', { item: 'BOLT-M8', lines: [{ location: 'A-01-01', quantity: 3 }, { location: 'A-01-01', quantity: 2 }] }, 'operator');
    expect(openCodes(r)).toEqual(['inactive-location']);
    expect(r.effects.exceptions[0]?.details).toMatchObject({ quantity: 5 });
  });

  test('taking stock out of an inactive location is how it is emptied: a pick or a move out raises nothing', () => {
    const world = withInactive(LOCATIONS.a1.id);
    expect(run(world, 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 5 }, 'picker').result.outcome).toBe('applied');
    const out = run(world, 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 4, lot: 'L100' }, 'operator');
    expect(out.result.outcome).toBe('applied');
  });

  test('the same move into an active location raises nothing (the flag is the location\'s state, not the move)', () => {
    const r = run(makeWorld(), 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 4, lot: 'L100' }, 'operator');
    expect(r.result.outcome).toBe('applied');
  });

  test('a supervisor adjustment is a command, not floor work: it is not flagged here', () => {
    const r = run(withInactive(LOCATIONS.a1.id), 'adjust', { item: 'BOLT-M8', location: 'A-01-01', quantity: 101, reason: 'found one' });
    expect(openCodes(r)).toEqual([]);
  });
});
