import { describe, expect, test } from 'vitest';
import {
  makeWorld, run, serialIn, SLOTS, slotIn, txSummary, withRows,
} from '../test-fixtures';
import type { World } from '../engine';
import { changeSettingsPayload } from './change-settings';

describe('adjust', () => {
  test('R11: an adjust of a tracked item to a quantity without a lot is refused', () => {
    const r = run(makeWorld(), 'adjust', { item: 'MILK-1L', location: 'A-01-01', quantity: 5 });
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'lot-required', rule: 'R11' });
  });

  test('R10: an adjust of the same lot writes one transaction with the difference', () => {
    const r = run(makeWorld(), 'adjust', { item: 'MILK-1L', location: 'A-01-01', quantity: 12, lot: 'L100' });
    expect(txSummary(r)).toEqual([{ type: 'adjust', quantity: 2, lot: 'L100', lotUnknown: false, serial: null }]);
  });

  test('R10: an adjust changing the lot writes the remove-and-place pair', () => {
    const r = run(makeWorld(), 'adjust', { item: 'MILK-1L', location: 'A-01-01', quantity: 10, lot: 'L102', reason: 'label misread' });
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r).map((t) => [t.type, t.quantity, t.lot])).toEqual([['adjust-remove', -10, 'L100'], ['adjust-place', 10, 'L102']]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 10, lot: 'L102' });
  });

  test('R11: an adjust gives a slot of unknown lot its lot and closes its count task', () => {
    const world = withRows(makeWorld(), { slots: [{ ...SLOTS.milkA1, lot: null, lotUnknown: true, needsCount: true }] });
    const r = run(world, 'adjust', { item: 'MILK-1L', location: 'A-01-01', quantity: 10, lot: 'L5' });
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 10, lot: 'L5', lotUnknown: false, needsCount: false });
  });

  test('R11: adjusting a tracked slot to zero needs no lot', () => {
    const r = run(makeWorld(), 'adjust', { item: 'MILK-1L', location: 'A-01-01', quantity: 0 });
    expect(r.result.outcome).toBe('applied');
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 0, lot: null });
  });

  test('an adjust where the item has no assignment creates the slot', () => {
    const r = run(makeWorld(), 'adjust', { item: 'BOLT-M8', location: 'C-03-01', quantity: 7 });
    expect(r.result.outcome).toBe('applied');
    expect(r.effects.slots[0]).toMatchObject({ locationId: 'l-c1', capacity: 0, quantity: 7 });
  });

  test('C3: serialized stock is not adjusted by a number', () => {
    const r = run(makeWorld(), 'adjust', { item: 'PUMP-X1', location: 'B-02-01', quantity: 5 });
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'serials-required' });
  });

  test('C3: an operator cannot adjust', () => {
    const r = run(makeWorld(), 'adjust', { item: 'BOLT-M8', location: 'A-01-01', quantity: 7 }, 'operator');
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'forbidden' });
  });
});

describe('changeSerialLot', () => {
  test("R14: changing the lot of a serial in a slot writes the remove-and-place pair", () => {
    const r = run(makeWorld(), 'changeSerialLot', { serial: 'SN-1', lot: 'P8' });
    expect(txSummary(r)).toEqual([
      { type: 'serial-lot-remove', quantity: -1, lot: 'P1', lotUnknown: false, serial: 'SN-1' },
      { type: 'serial-lot-place', quantity: 1, lot: 'P8', lotUnknown: false, serial: 'SN-1' },
    ]);
    expect(serialIn(r.world, 'SN-1').lot).toBe('P8');
    expect(slotIn(r.world, SLOTS.pumpB1.id).quantity).toBe(2);
  });

  test('R14: changing the lot of a serial in no slot writes no transaction', () => {
    const r = run(makeWorld(), 'changeSerialLot', { serial: 'SN-4', lot: 'P8' });
    expect(r.effects.transactions).toEqual([]);
    expect(serialIn(r.world, 'SN-4').lot).toBe('P8');
  });

  test('C3: changing the lot of an unknown serial is rejected', () => {
    const r = run(makeWorld(), 'changeSerialLot', { serial: 'SN-404', lot: 'P8' });
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'unknown-serial' });
  });
});

describe('resolveException', () => {
  const withConflict = (): World => run(makeWorld(), 'restock', { item: 'MILK-1L', lines: [{ location: 'A-01-01', quantity: 5, lot: 'L999' }] }, 'operator').world;
  const exceptionId = (w: World): string => w.exceptions[0]?.id ?? '';

  test('C2: accepting an exception closes it and the slot\'s count task', () => {
    const w = withConflict();
    const r = run(w, 'resolveException', { exceptionId: exceptionId(w), action: 'accept', note: 'checked' });
    expect(r.result.outcome).toBe('applied');
    expect(r.world.exceptions[0]).toMatchObject({ status: 'resolved', resolution: 'accept: checked', resolvedByOpId: r.effects.exceptions[0]?.resolvedByOpId });
    expect(r.effects.exceptions[0]?.resolvedByOpId).toMatch(/^0{8}-/);
    expect(slotIn(r.world, SLOTS.milkA1.id).needsCount).toBe(false);
  });

  test('C2: resolving with a count task keeps the slot to be counted', () => {
    const w = withConflict();
    const r = run(w, 'resolveException', { exceptionId: exceptionId(w), action: 'count-task' });
    expect(r.world.exceptions[0]).toMatchObject({ status: 'resolved', resolution: 'count-task' });
    expect(slotIn(r.world, SLOTS.milkA1.id).needsCount).toBe(true);
  });

  test('R10, R11: resolving with an adjustment sets the slot with the remove-and-place pair', () => {
    const w = withConflict();
    const r = run(w, 'resolveException', { exceptionId: exceptionId(w), action: 'adjust', adjust: { quantity: 15, lot: 'L999' } });
    expect(txSummary(r).map((t) => [t.type, t.quantity, t.lot])).toEqual([['adjust-remove', -15, null], ['adjust-place', 15, 'L999']]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 15, lot: 'L999', lotUnknown: false, needsCount: false });
    expect(r.world.exceptions[0]?.status).toBe('resolved');
  });

  test('R11: resolving with an adjustment of a tracked slot without a lot is refused', () => {
    const w = withConflict();
    const r = run(w, 'resolveException', { exceptionId: exceptionId(w), action: 'adjust', adjust: { quantity: 15 } });
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'lot-required' });
  });

  test('C3: an unknown exception is rejected, and a resolved one cannot be resolved again', () => {
    expect(run(makeWorld(), 'resolveException', { exceptionId: 'nope', action: 'accept' }).result)
      .toMatchObject({ outcome: 'rejected', code: 'unknown-exception' });
    const w = withConflict();
    const once = run(w, 'resolveException', { exceptionId: exceptionId(w), action: 'accept' });
    expect(run(once.world, 'resolveException', { exceptionId: exceptionId(w), action: 'accept' }).result)
      .toMatchObject({ outcome: 'rejected', code: 'exception-closed' });
  });

  test('C3: only a supervisor resolves exceptions', () => {
    const w = withConflict();
    expect(run(w, 'resolveException', { exceptionId: exceptionId(w), action: 'accept' }, 'operator').result)
      .toMatchObject({ outcome: 'rejected', code: 'forbidden' });
  });
});

describe('changeSettings', () => {
  test('R15: settings are merged and emitted whole', () => {
    const r = run(makeWorld(), 'changeSettings', { requireLotAtPack: true, scanner: { prefix: ']C1' } });
    expect(r.effects.settings).toEqual({
      requireLotAtPack: true, scanner: { gsSubstitute: '~', prefix: ']C1', suffix: '', maxGapMs: 30 }, floor: makeWorld().settings.floor, warehouse: { timeZone: 'UTC' },
    });
    expect(r.world.settings.requireLotAtPack).toBe(true);
  });

  test('the floor settings merge one value at a time; an out-of-range one is refused', () => {
    const r = run(makeWorld(), 'changeSettings', { floor: { blindCount: true, countReviewAbove: 5 } });
    expect(r.effects.settings?.floor).toEqual({ ...makeWorld().settings.floor, blindCount: true, countReviewAbove: 5 });
    expect(changeSettingsPayload.safeParse({ floor: { expiredAtReceipt: 'maybe' } }).success).toBe(false);
    expect(changeSettingsPayload.safeParse({ floor: { countReviewAbove: -1 } }).success).toBe(false);
  });

  test("the warehouse's time zone is an IANA zone; any other text is refused and the zone stays", () => {
    const r = run(makeWorld(), 'changeSettings', { warehouse: { timeZone: 'Europe/Warsaw' } });
    expect(r.effects.settings?.warehouse).toEqual({ timeZone: 'Europe/Warsaw' });
    expect(r.effects.settings?.floor).toEqual(makeWorld().settings.floor);
    for (const timeZone of ['Mars/Olympus', '', 'CET; DROP TABLE', 'x'.repeat(65)]) {
      expect(changeSettingsPayload.safeParse({ warehouse: { timeZone } }).success, timeZone).toBe(false);
    }
  });
});
