import { describe, expect, test } from 'vitest';
import { parseOperation } from '../operation';
import {
  codesOf, makeWorld, run, serialIn, SLOTS, slotIn, txSummary, uuid,
} from '../test-fixtures';

describe('assign', () => {
  test('R8: assigning a tracked item with quantity places each condition with its own lot', () => {
    const r = run(makeWorld(), 'assign', {
      item: 'DRILL-18V', location: 'B-02-01', capacity: 10,
      conditions: [{ condition: 'new', quantity: 2, lot: 'D5' }, { condition: 'used', quantity: 1, lot: 'D6' }],
    }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(r.effects.slots).toMatchObject([
      { condition: 'new', capacity: 10, quantity: 2, lot: 'D5' },
      { condition: 'used', capacity: 10, quantity: 1, lot: 'D6' },
    ]);
    expect(r.effects.slots.map((s) => s.id.slice(-3))).toEqual(['/s1', '/s2']);
    expect(txSummary(r).map((t) => [t.type, t.quantity, t.lot])).toEqual([['assign', 2, 'D5'], ['assign', 1, 'D6']]);
  });

  test('R8: assigning a tracked item with quantity but no lot is recorded with lot unknown and flagged', () => {
    const r = run(makeWorld(), 'assign', { item: 'MILK-1L', location: 'B-02-01', capacity: 30, conditions: [{ quantity: 5 }] }, 'operator');
    expect(codesOf(r)).toEqual(['lot-missing']);
    expect(r.effects.slots[0]).toMatchObject({ quantity: 5, lotUnknown: true, needsCount: true });
  });

  test('R8: an assignment without quantity needs no lot and writes no transaction', () => {
    const r = run(makeWorld(), 'assign', { item: 'MILK-1L', location: 'B-02-01', capacity: 30, conditions: [{ quantity: 0 }] }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(r.effects.transactions).toEqual([]);
    expect(r.effects.slots[0]).toMatchObject({ locationId: 'l-b1', capacity: 30, quantity: 0, lot: null });
  });

  test('R8: assigning an existing slot updates its capacity and places under R3', () => {
    const r = run(makeWorld(), 'assign', { item: 'MILK-1L', location: 'A-01-01', capacity: 80, conditions: [{ quantity: 5, lot: 'L900' }] }, 'operator');
    expect(codesOf(r)).toEqual(['second-lot-in-slot']);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ capacity: 80, quantity: 15, lotUnknown: true });
  });

  test('R13: assigning a serialized item creates its serials with their lots', () => {
    const r = run(makeWorld(), 'assign', {
      item: 'PUMP-X1', location: 'A-01-01', capacity: 5,
      conditions: [{ quantity: 2, serials: [{ serial: 'SN-30', lot: 'P5' }, { serial: 'SN-31', lot: 'P6' }] }],
    }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(serialIn(r.world, 'SN-30')).toMatchObject({ lot: 'P5', status: 'in-stock', slotId: r.effects.slots[0]?.id });
    expect(r.effects.slots[0]).toMatchObject({ quantity: 2, lot: null });
  });

  test('C3: an assignment whose serials do not match its quantity is malformed', () => {
    const parsed = parseOperation({
      id: uuid(), seq: 1, type: 'assign', deviceTime: '2026-03-01T08:00:00Z',
      payload: { item: 'PUMP-X1', location: 'A-01-01', capacity: 5, conditions: [{ quantity: 2, serials: [{ serial: 'SN-30', lot: 'P5' }] }] },
    });
    expect(parsed.ok).toBe(false);
  });
});
