import { describe, expect, test } from 'vitest';
import {
  codesOf, ITEMS, makeWorld, run, SERIALS, SLOTS, slotIn, txSummary, withRows,
} from '../test-fixtures';

describe('setLotTracking', () => {
  test('R1: tracking is switched per item, for many at once; items already so are not emitted', () => {
    const r = run(makeWorld(), 'setLotTracking', { items: ['BOLT-M8', 'GAUZE-10', 'MILK-1L'], tracked: true });
    expect(r.result.outcome).toBe('applied');
    expect(r.effects.items.map((i) => [i.id, i.lotTracked])).toEqual([['i-bolt', true], ['i-gauze', true]]);
  });

  test('R2: turning tracking on for stock in slots leaves its lot unknown and asks for a count', () => {
    const r = run(makeWorld(), 'setLotTracking', { items: ['BOLT-M8'], tracked: true });
    expect(r.effects.transactions).toEqual([]);
    expect(r.effects.exceptions).toEqual([]);
    expect(slotIn(r.world, SLOTS.boltA1.id)).toMatchObject({ quantity: 100, lot: null, lotUnknown: true, needsCount: true });
    expect(slotIn(r.world, SLOTS.boltDock.id)).toMatchObject({ lotUnknown: true, needsCount: true });
  });

  test('R2: after tracking starts, picks from stock of unknown lot are recorded with lot unknown and flagged', () => {
    const tracked = run(makeWorld(), 'setLotTracking', { items: ['BOLT-M8'], tracked: true }).world;
    const r = run(tracked, 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 5 }, 'picker');
    expect(codesOf(r)).toEqual(['lot-unknown-picked']);
    expect(txSummary(r)[0]).toMatchObject({ lot: null, lotUnknown: true });
  });

  test('R2: only a count sets the lot of stock whose tracking started late', () => {
    const tracked = run(makeWorld(), 'setLotTracking', { items: ['BOLT-M8'], tracked: true }).world;
    const r = run(tracked, 'count', { item: 'BOLT-M8', location: 'A-01-01', expected: { lot: null, quantity: 100 }, counted: { quantity: 100, lot: 'B1' } }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(slotIn(r.world, SLOTS.boltA1.id)).toMatchObject({ quantity: 100, lot: 'B1', lotUnknown: false, needsCount: false });
  });

  test('C2: stock restocked without a lot after tracking started while the device was offline is flagged', () => {
    const tracked = run(makeWorld(), 'setLotTracking', { items: ['BOLT-M8'], tracked: true }).world;
    const r = run(tracked, 'restock', { item: 'BOLT-M8', lines: [{ location: 'A-01-01', quantity: 10 }] }, 'operator');
    expect(r.result.outcome).toBe('exception');
    expect(codesOf(r)).toEqual(['lot-missing']);
    expect(slotIn(r.world, SLOTS.boltA1.id)).toMatchObject({ quantity: 110, lotUnknown: true });
  });

  test('R1, R2: turning tracking off forgets slot lots, so turning it on again makes them unknown', () => {
    const off = run(makeWorld(), 'setLotTracking', { items: ['MILK-1L'], tracked: false });
    expect(slotIn(off.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 10, lot: null, lotUnknown: false });
    const on = run(off.world, 'setLotTracking', { items: ['MILK-1L'], tracked: true });
    expect(slotIn(on.world, SLOTS.milkA1.id)).toMatchObject({ lot: null, lotUnknown: true, needsCount: true });
    // Empty slots hold no stock of unknown lot.
    expect(slotIn(on.world, SLOTS.milkA2.id)).toMatchObject({ lotUnknown: false, needsCount: false });
  });

  test('R2, R13: serials in stock without a lot make their slot need a count when tracking starts', () => {
    const world = withRows(makeWorld(), {
      items: [{ ...ITEMS.pump, lotTracked: false }],
      serials: [{ ...SERIALS.sn3, lot: null }],
    });
    const r = run(world, 'setLotTracking', { items: ['PUMP-X1'], tracked: true });
    expect(slotIn(r.world, SLOTS.pumpC1.id).needsCount).toBe(true);
    expect(slotIn(r.world, SLOTS.pumpB1.id).needsCount).toBe(false);
  });

  test('C3: an operator cannot switch tracking', () => {
    const r = run(makeWorld(), 'setLotTracking', { items: ['BOLT-M8'], tracked: true }, 'operator');
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'forbidden', rule: 'C3' });
  });

  test('C3: switching tracking for an unknown item is rejected', () => {
    const r = run(makeWorld(), 'setLotTracking', { items: ['BOLT-M8', 'NOPE'], tracked: true });
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'unknown-item' });
  });
});
