import { describe, expect, test } from 'vitest';
import {
  codesOf, makeWorld, run, serialIn, SLOTS, slotIn, txSummary, withRows,
} from '../test-fixtures';

const unknownLotWorld = () => withRows(makeWorld(), { slots: [{ ...SLOTS.milkA1, lot: null, lotUnknown: true, needsCount: true }] });

describe('pick', () => {
  test("R4: a pick writes the slot's lot on the transaction without asking", () => {
    const r = run(makeWorld(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 3 }, 'picker');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([{ type: 'pick', quantity: -3, lot: 'L100', lotUnknown: false, serial: null }]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 7, lot: 'L100', needsCount: false });
  });

  test('C2, R8a: a pick whose label carries another lot than the slot is recorded with the scanned lot, flagged as a lot mismatch, the slot to be counted', () => {
    const r = run(makeWorld(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 3, lot: 'L777' }, 'picker');
    expect(r.result.outcome).toBe('exception');
    expect(txSummary(r)).toEqual([{ type: 'pick', quantity: -3, lot: 'L777', lotUnknown: false, serial: null }]);
    expect(r.effects.exceptions).toHaveLength(1);
    expect(r.effects.exceptions[0]).toMatchObject({
      code: 'lot-mismatch', slotId: SLOTS.milkA1.id, details: { expected: { lot: 'L100' }, found: { lot: 'L777' }, quantity: 3 },
    });
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 7, lot: 'L100', needsCount: true });
  });

  test('R8a: a pick whose label carries the slot\'s own lot is applied without a flag', () => {
    const r = run(makeWorld(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 3, lot: 'L100' }, 'picker');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)[0]).toMatchObject({ lot: 'L100' });
  });

  test('R2: a pick from a slot of unknown lot is recorded with lot unknown and flagged', () => {
    const r = run(unknownLotWorld(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 2 }, 'picker');
    expect(r.result.outcome).toBe('exception');
    expect(txSummary(r)).toEqual([{ type: 'pick', quantity: -2, lot: null, lotUnknown: true, serial: null }]);
    expect(r.effects.exceptions[0]).toMatchObject({ code: 'lot-unknown-picked', rule: 'R2', slotId: SLOTS.milkA1.id });
  });

  test('C2: a pick taking stock below zero is applied and raises negative-stock', () => {
    const r = run(makeWorld(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 12 }, 'picker');
    expect(codesOf(r)).toEqual(['negative-stock']);
    expect(r.effects.exceptions[0]?.details).toMatchObject({ expected: { available: 10 }, found: { taken: 12 } });
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: -2, needsCount: true });
  });

  test('C2: a short pick is recorded as picked and flagged', () => {
    const r = run(makeWorld(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 2, requested: 5, pickList: 'PL-1' }, 'picker');
    expect(codesOf(r)).toEqual(['short-pick']);
    expect(r.effects.exceptions[0]?.details).toMatchObject({ expected: { quantity: 5 }, found: { quantity: 2 } });
    expect(slotIn(r.world, SLOTS.milkA1.id).quantity).toBe(8);
  });

  test('C2: a fully short pick writes no transaction but is flagged', () => {
    const r = run(makeWorld(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 0, requested: 4 }, 'picker');
    expect(r.effects.transactions).toEqual([]);
    expect(codesOf(r)).toEqual(['short-pick']);
  });

  test('R3: a slot picked to zero forgets its lot', () => {
    const r = run(makeWorld(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 10 }, 'picker');
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 0, lot: null, lotUnknown: false });
  });

  test('R13: picked serials leave one by one, each with its own lot', () => {
    const r = run(makeWorld(), 'pick', { item: 'PUMP-X1', location: 'B-02-01', quantity: 2, serials: ['SN-1', 'SN-2'] }, 'picker');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([
      { type: 'pick', quantity: -1, lot: 'P1', lotUnknown: false, serial: 'SN-1' },
      { type: 'pick', quantity: -1, lot: 'P2', lotUnknown: false, serial: 'SN-2' },
    ]);
    expect(serialIn(r.world, 'SN-1')).toMatchObject({ status: 'picked', slotId: null });
    expect(slotIn(r.world, SLOTS.pumpB1.id).quantity).toBe(0);
  });

  test('R13: a serial picked from a slot it is not in is picked from where it was, and flagged', () => {
    const r = run(makeWorld(), 'pick', { item: 'PUMP-X1', location: 'B-02-01', quantity: 1, serials: ['SN-3'] }, 'picker');
    expect(codesOf(r)).toEqual(['serial-elsewhere']);
    expect(r.effects.exceptions[0]).toMatchObject({ rule: 'R13', slotId: SLOTS.pumpB1.id });
    expect(slotIn(r.world, SLOTS.pumpC1.id)).toMatchObject({ quantity: 0, needsCount: true });
    expect(slotIn(r.world, SLOTS.pumpB1.id)).toMatchObject({ quantity: 2, needsCount: true });
    expect(serialIn(r.world, 'SN-3')).toMatchObject({ status: 'picked', slotId: null });
  });

  test('R2: a serial without a lot picked from a tracked item is flagged', () => {
    const world = withRows(makeWorld(), { serials: [{ id: 'n-sn1', itemId: 'i-pump', serial: 'SN-1', lot: null, slotId: SLOTS.pumpB1.id, status: 'in-stock' }] });
    const r = run(world, 'pick', { item: 'PUMP-X1', location: 'B-02-01', quantity: 1, serials: ['SN-1'] }, 'picker');
    expect(codesOf(r)).toEqual(['lot-unknown-picked']);
    expect(txSummary(r)[0]).toMatchObject({ lot: null, lotUnknown: true });
  });

  test('C3: picking an unknown serial is rejected', () => {
    const r = run(makeWorld(), 'pick', { item: 'PUMP-X1', location: 'B-02-01', quantity: 1, serials: ['SN-404'] }, 'picker');
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'unknown-serial', rule: 'C3' });
  });

  test('C3: a serialized pick that names no serials is rejected', () => {
    const r = run(makeWorld(), 'pick', { item: 'PUMP-X1', location: 'B-02-01', quantity: 1 }, 'picker');
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'serials-required' });
  });
});

describe('return', () => {
  test("R3: returned stock of the slot's lot goes back into it", () => {
    const r = run(makeWorld(), 'return', { item: 'MILK-1L', location: 'A-01-01', quantity: 2, lot: 'L100' }, 'picker');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([{ type: 'return', quantity: 2, lot: 'L100', lotUnknown: false, serial: null }]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 12, lot: 'L100' });
  });

  test('R3: returned stock enters an empty slot, which takes its lot', () => {
    const r = run(makeWorld(), 'return', { item: 'MILK-1L', location: 'A-01-02', quantity: 2, lot: 'L050' }, 'picker');
    expect(r.result.outcome).toBe('applied');
    expect(slotIn(r.world, SLOTS.milkA2.id)).toMatchObject({ quantity: 2, lot: 'L050' });
  });

  test('R3: returned stock of another lot into an occupied slot is recorded and flagged', () => {
    const r = run(makeWorld(), 'return', { item: 'MILK-1L', location: 'A-01-01', quantity: 2, lot: 'L050' }, 'picker');
    expect(codesOf(r)).toEqual(['second-lot-in-slot']);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 12, lot: null, lotUnknown: true, needsCount: true });
  });

  test('C2: a tracked return without its lot is recorded with lot unknown and flagged', () => {
    const r = run(makeWorld(), 'return', { item: 'MILK-1L', location: 'A-01-01', quantity: 1, lot: null }, 'picker');
    expect(codesOf(r)).toEqual(['lot-missing']);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 11, lotUnknown: true });
  });

  test('R13: a returned serial comes back into stock with its lot', () => {
    const r = run(makeWorld(), 'return', { item: 'PUMP-X1', location: 'B-02-01', quantity: 1, serials: ['SN-4'] }, 'picker');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([{ type: 'return', quantity: 1, lot: 'P2', lotUnknown: false, serial: 'SN-4' }]);
    expect(serialIn(r.world, 'SN-4')).toMatchObject({ status: 'in-stock', slotId: SLOTS.pumpB1.id });
  });

  test('R13: returning a serial that is in stock elsewhere moves it and is flagged', () => {
    const r = run(makeWorld(), 'return', { item: 'PUMP-X1', location: 'B-02-01', quantity: 1, serials: ['SN-3'] }, 'picker');
    expect(codesOf(r)).toEqual(['serial-elsewhere']);
    expect(slotIn(r.world, SLOTS.pumpC1.id).quantity).toBe(0);
    expect(slotIn(r.world, SLOTS.pumpB1.id).quantity).toBe(3);
  });
});
