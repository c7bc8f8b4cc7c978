import { describe, expect, test } from 'vitest';
import {
  codesOf, makeWorld, run, serialIn, SLOTS, slotIn, txSummary, withRows,
} from '../test-fixtures';

describe('move and pull', () => {
  test('R8a: a move whose scanned lot matches the slot carries that lot to the destination', () => {
    const r = run(makeWorld(), 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 4, lot: 'L100' }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([
      { type: 'move-out', quantity: -4, lot: 'L100', lotUnknown: false, serial: null },
      { type: 'move-in', quantity: 4, lot: 'L100', lotUnknown: false, serial: null },
    ]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 6, lot: 'L100' });
    expect(slotIn(r.world, SLOTS.milkA2.id)).toMatchObject({ quantity: 4, lot: 'L100' });
  });

  test("R8a: a scanned lot different from the slot's is recorded as scanned and flagged on the source", () => {
    const r = run(makeWorld(), 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 4, lot: 'L555' }, 'operator');
    expect(codesOf(r)).toEqual(['lot-mismatch']);
    expect(r.effects.exceptions[0]).toMatchObject({
      rule: 'R8a', slotId: SLOTS.milkA1.id, details: { expected: { lot: 'L100' }, found: { lot: 'L555' } },
    });
    expect(txSummary(r).map((t) => t.lot)).toEqual(['L555', 'L555']);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 6, lot: 'L100', needsCount: true });
    expect(slotIn(r.world, SLOTS.milkA2.id)).toMatchObject({ quantity: 4, lot: 'L555' });
  });

  test("R8a: a move without a scanned lot takes the source slot's lot", () => {
    const r = run(makeWorld(), 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 1 }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(slotIn(r.world, SLOTS.milkA2.id)).toMatchObject({ quantity: 1, lot: 'L100' });
  });

  test('R8a: a destination holding another lot receives the stock as a conflict (R3)', () => {
    const r = run(makeWorld(), 'move', { item: 'MILK-1L', from: 'RCV-01', to: 'A-01-01', quantity: 5, lot: 'L200' }, 'operator');
    expect(codesOf(r)).toEqual(['second-lot-in-slot']);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 15, lot: null, lotUnknown: true, needsCount: true });
    expect(slotIn(r.world, SLOTS.milkDock.id)).toMatchObject({ quantity: 15, lot: 'L200' });
  });

  test('C2: stock of unknown lot moved into a slot makes its lot unknown and is flagged', () => {
    const world = withRows(makeWorld(), { slots: [{ ...SLOTS.milkA1, lot: null, lotUnknown: true }] });
    const r = run(world, 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 3 }, 'operator');
    expect(codesOf(r)).toEqual(['lot-missing']);
    expect(txSummary(r).map((t) => t.lotUnknown)).toEqual([true, true]);
    expect(slotIn(r.world, SLOTS.milkA2.id)).toMatchObject({ quantity: 3, lot: null, lotUnknown: true, needsCount: true });
  });

  test('C2: moving more than the source holds goes below zero and is flagged', () => {
    const r = run(makeWorld(), 'move', { item: 'BOLT-M8', from: 'A-01-01', to: 'RCV-01', quantity: 120 }, 'operator');
    expect(codesOf(r)).toEqual(['negative-stock']);
    expect(slotIn(r.world, SLOTS.boltA1.id).quantity).toBe(-20);
    expect(slotIn(r.world, SLOTS.boltDock.id).quantity).toBe(160);
  });

  test('durable items move between conditions; the destination condition takes the lot', () => {
    const r = run(makeWorld(), 'move', { item: 'DRILL-18V', from: 'A-01-02', to: 'A-01-02', condition: 'new', toCondition: 'used', quantity: 1 }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(slotIn(r.world, SLOTS.drillNew.id)).toMatchObject({ quantity: 2, lot: 'D1' });
    expect(slotIn(r.world, SLOTS.drillUsed.id)).toMatchObject({ quantity: 1, lot: 'D1' });
  });

  test('R13: serials move one by one with their own lots', () => {
    const r = run(makeWorld(), 'move', { item: 'PUMP-X1', from: 'B-02-01', to: 'C-03-01', quantity: 1, serials: ['SN-2'] }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([
      { type: 'move-out', quantity: -1, lot: 'P2', lotUnknown: false, serial: 'SN-2' },
      { type: 'move-in', quantity: 1, lot: 'P2', lotUnknown: false, serial: 'SN-2' },
    ]);
    // R13: units of different lots share the slot.
    expect(slotIn(r.world, SLOTS.pumpC1.id)).toMatchObject({ quantity: 2, lot: null });
  });

  test('R13: a serial moved from a slot it is not in still moves, from where it was, and is flagged', () => {
    const r = run(makeWorld(), 'move', { item: 'PUMP-X1', from: 'B-02-01', to: 'A-01-01', quantity: 1, serials: ['SN-3'] }, 'operator');
    expect(codesOf(r)).toEqual(['no-assignment', 'serial-elsewhere']);
    expect(slotIn(r.world, SLOTS.pumpC1.id)).toMatchObject({ quantity: 0, needsCount: true });
    expect(slotIn(r.world, SLOTS.pumpB1.id).quantity).toBe(2);
    expect(serialIn(r.world, 'SN-3').slotId).toMatch(/\/s1$/);
  });
});

describe('putaway', () => {
  test('R3, R6: putaway from the dock writes putaway transactions and frees the staging slot', () => {
    const r = run(makeWorld(), 'putaway', { item: 'MILK-1L', from: 'RCV-01', to: 'A-01-02', quantity: 20, lot: 'L200' }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r).map((t) => [t.type, t.quantity, t.lot])).toEqual([['putaway-out', -20, 'L200'], ['putaway-in', 20, 'L200']]);
    expect(slotIn(r.world, SLOTS.milkDock.id)).toMatchObject({ quantity: 0, lot: null });
    expect(slotIn(r.world, SLOTS.milkA2.id)).toMatchObject({ quantity: 20, lot: 'L200' });
  });

  test('R6: putaway beyond the destination capacity is recorded and flagged', () => {
    const world = withRows(makeWorld(), { slots: [{ ...SLOTS.milkA2, capacity: 15 }] });
    const r = run(world, 'putaway', { item: 'MILK-1L', from: 'RCV-01', to: 'A-01-02', quantity: 20 }, 'operator');
    expect(codesOf(r)).toEqual(['over-capacity']);
  });

  test('R6: putaway from a staging location without the item creates the slot below zero and is flagged', () => {
    const r = run(makeWorld(), 'putaway', { item: 'VAC-5', from: 'RCV-01', to: 'A-01-01', quantity: 5, lot: 'V1' }, 'operator');
    expect(codesOf(r)).toEqual(['no-assignment', 'negative-stock']);
    expect(r.effects.slots.find((s) => s.id.endsWith('/s1'))).toMatchObject({ quantity: -5, needsCount: true });
    expect(slotIn(r.world, SLOTS.vacA1.id)).toMatchObject({ quantity: 5, lot: 'V1' });
  });
});
