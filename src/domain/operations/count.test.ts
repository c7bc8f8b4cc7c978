import { describe, expect, test } from 'vitest';
import {
  codesOf, makeWorld, run, serialIn, SLOTS, slotIn, txSummary, withRows,
} from '../test-fixtures';

const count = (location: string, expected: { lot: string | null; quantity: number }, counted: { quantity: number; lot?: string | null }, item = 'MILK-1L') =>
  ({ item, location, expected, counted });

describe('count', () => {
  test('R9: a count confirming the slot writes nothing and closes its count task', () => {
    const world = withRows(makeWorld(), { slots: [{ ...SLOTS.milkA1, needsCount: true }] });
    const r = run(world, 'count', count('A-01-01', { lot: 'L100', quantity: 10 }, { quantity: 10, lot: 'L100' }), 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(r.effects.transactions).toEqual([]);
    expect(slotIn(r.world, SLOTS.milkA1.id).needsCount).toBe(false);
  });

  test('R9: a different quantity of the same lot is one count-adjust with the difference', () => {
    const r = run(makeWorld(), 'count', count('A-01-01', { lot: 'L100', quantity: 10 }, { quantity: 8 }), 'operator');
    expect(txSummary(r)).toEqual([{ type: 'count-adjust', quantity: -2, lot: 'L100', lotUnknown: false, serial: null }]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 8, lot: 'L100' });
  });

  test('R9: correcting the lot in a count writes the remove-and-place pair', () => {
    const r = run(makeWorld(), 'count', count('A-01-01', { lot: 'L100', quantity: 10 }, { quantity: 9, lot: 'L101' }), 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([
      { type: 'count-remove', quantity: -10, lot: 'L100', lotUnknown: false, serial: null },
      { type: 'count-place', quantity: 9, lot: 'L101', lotUnknown: false, serial: null },
    ]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 9, lot: 'L101', lotUnknown: false });
  });

  test('R2, R9: a count gives a slot of unknown lot its lot with the remove-and-place pair', () => {
    const world = withRows(makeWorld(), { slots: [{ ...SLOTS.milkA1, lot: null, lotUnknown: true, needsCount: true }] });
    const r = run(world, 'count', count('A-01-01', { lot: null, quantity: 10 }, { quantity: 8, lot: 'L7' }), 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([
      { type: 'count-remove', quantity: -10, lot: null, lotUnknown: true, serial: null },
      { type: 'count-place', quantity: 8, lot: 'L7', lotUnknown: false, serial: null },
    ]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 8, lot: 'L7', lotUnknown: false, needsCount: false });
  });

  test('R9: a count of a slot of unknown lot without a lot keeps it unknown and is flagged', () => {
    const world = withRows(makeWorld(), { slots: [{ ...SLOTS.milkA1, lot: null, lotUnknown: true, needsCount: true }] });
    const r = run(world, 'count', count('A-01-01', { lot: null, quantity: 10 }, { quantity: 11 }), 'operator');
    expect(codesOf(r)).toEqual(['lot-missing']);
    expect(txSummary(r)).toEqual([{ type: 'count-adjust', quantity: 1, lot: null, lotUnknown: true, serial: null }]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 11, lotUnknown: true, needsCount: true });
  });

  test('C2: a count based on stale data is still applied, and flagged', () => {
    const r = run(makeWorld(), 'count', count('A-01-01', { lot: 'L100', quantity: 7 }, { quantity: 6, lot: 'L100' }), 'operator');
    expect(r.result.outcome).toBe('exception');
    expect(r.effects.exceptions[0]).toMatchObject({
      code: 'stale-count', rule: 'C2', details: { expected: { lot: 'L100', quantity: 7 }, found: { lot: 'L100', quantity: 10 } },
    });
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 6, needsCount: true });
  });

  test('R3: counting a slot empty frees it from its lot', () => {
    const r = run(makeWorld(), 'count', count('A-01-01', { lot: 'L100', quantity: 10 }, { quantity: 0 }), 'operator');
    expect(txSummary(r)).toEqual([{ type: 'count-adjust', quantity: -10, lot: 'L100', lotUnknown: false, serial: null }]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 0, lot: null, lotUnknown: false });
  });

  test('R10: a count of a negative slot brings it back with the remove-and-place pair', () => {
    const world = withRows(makeWorld(), { slots: [{ ...SLOTS.milkA1, quantity: -3, lot: 'L100', needsCount: true }] });
    const r = run(world, 'count', count('A-01-01', { lot: 'L100', quantity: -3 }, { quantity: 4, lot: 'L9' }), 'operator');
    expect(txSummary(r).map((t) => [t.type, t.quantity])).toEqual([['count-remove', 3], ['count-place', 4]]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 4, lot: 'L9', needsCount: false });
  });

  test('untracked items are counted without lots', () => {
    const r = run(makeWorld(), 'count', count('A-01-01', { lot: null, quantity: 100 }, { quantity: 95 }, 'BOLT-M8'), 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([{ type: 'count-adjust', quantity: -5, lot: null, lotUnknown: false, serial: null }]);
  });

  test("R14: a count never changes a serial's lot; unscanned serials go missing and are flagged", () => {
    const r = run(makeWorld(), 'count', { ...count('B-02-01', { lot: null, quantity: 2 }, { quantity: 1 }, 'PUMP-X1'), serials: ['SN-1'] }, 'operator');
    expect(codesOf(r)).toEqual(['serial-missing']);
    expect(r.effects.exceptions[0]).toMatchObject({ rule: 'R14', details: { serials: ['SN-2'] } });
    expect(txSummary(r)).toEqual([{ type: 'count-adjust', quantity: -1, lot: 'P2', lotUnknown: false, serial: 'SN-2' }]);
    expect(serialIn(r.world, 'SN-2')).toMatchObject({ status: 'missing', slotId: null, lot: 'P2' });
    expect(serialIn(r.world, 'SN-1')).toMatchObject({ status: 'in-stock', lot: 'P1' });
    expect(slotIn(r.world, SLOTS.pumpB1.id)).toMatchObject({ quantity: 1, needsCount: true });
  });

  test('R14: a serial scanned in a count but recorded in another slot is moved in with its lot, and flagged', () => {
    const r = run(makeWorld(), 'count', { ...count('B-02-01', { lot: null, quantity: 2 }, { quantity: 3 }, 'PUMP-X1'), serials: ['SN-1', 'SN-2', 'SN-3'] }, 'operator');
    expect(codesOf(r)).toEqual(['serial-elsewhere']);
    expect(txSummary(r)).toEqual([
      { type: 'count-adjust', quantity: -1, lot: 'P1', lotUnknown: false, serial: 'SN-3' },
      { type: 'count-adjust', quantity: 1, lot: 'P1', lotUnknown: false, serial: 'SN-3' },
    ]);
    expect(slotIn(r.world, SLOTS.pumpC1.id)).toMatchObject({ quantity: 0, needsCount: true });
    expect(slotIn(r.world, SLOTS.pumpB1.id).quantity).toBe(3);
    expect(serialIn(r.world, 'SN-3').lot).toBe('P1');
  });

  test('R14: a serial found again in a count comes back into stock', () => {
    const r = run(makeWorld(), 'count', { ...count('B-02-01', { lot: null, quantity: 2 }, { quantity: 3 }, 'PUMP-X1'), serials: ['SN-1', 'SN-2', 'SN-4'] }, 'operator');
    expect(serialIn(r.world, 'SN-4')).toMatchObject({ status: 'in-stock', slotId: SLOTS.pumpB1.id, lot: 'P2' });
    expect(txSummary(r)).toEqual([{ type: 'count-adjust', quantity: 1, lot: 'P2', lotUnknown: false, serial: 'SN-4' }]);
  });

  test('C3: counting an unknown serial is rejected', () => {
    const r = run(makeWorld(), 'count', { ...count('B-02-01', { lot: null, quantity: 2 }, { quantity: 1 }, 'PUMP-X1'), serials: ['SN-404'] }, 'operator');
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'unknown-serial' });
  });
});
