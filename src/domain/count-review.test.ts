import { describe, expect, test } from 'vitest';
import { codesOf, makeWorld, run, SLOTS, slotIn, txSummary, withRows } from './test-fixtures';
import { countNeedsReview } from './count-review';
import type { World } from './engine';

const withThreshold = (countReviewAbove: number, w: World = makeWorld()): World =>
  ({ ...w, settings: { ...w.settings, floor: { ...w.settings.floor, countReviewAbove } } });
const count = (counted: { quantity: number; lot?: string }) =>
  ({ item: 'MILK-1L', location: 'A-01-01', condition: '', expected: { lot: 'L100', quantity: 10 }, counted });

describe('R9: a count difference above the review threshold goes to a supervisor', () => {
  test('the threshold counts units either way; 0 means every count applies', () => {
    expect(countNeedsReview({ countReviewAbove: 5 }, 10, 15)).toBe(false);
    expect(countNeedsReview({ countReviewAbove: 5 }, 10, 16)).toBe(true);
    expect(countNeedsReview({ countReviewAbove: 5 }, 10, 4)).toBe(true);
    expect(countNeedsReview({ countReviewAbove: 0 }, 10, 1000)).toBe(false);
  });

  test('a difference within the threshold is applied as counted', () => {
    const r = run(withThreshold(5), 'count', count({ quantity: 6 }), 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([{ type: 'count-adjust', quantity: -4, lot: 'L100', lotUnknown: false, serial: null }]);
  });

  test('a larger difference books nothing: a count-review exception holds the count and the slot waits for a count', () => {
    const r = run(withThreshold(5), 'count', count({ quantity: 3 }), 'operator');
    expect(r.result.outcome).toBe('exception');
    expect(codesOf(r)).toEqual(['count-review']);
    expect(r.effects.exceptions[0]).toMatchObject({
      rule: 'R9', slotId: SLOTS.milkA1.id,
      details: { recorded: { lot: 'L100', quantity: 10 }, counted: { quantity: 3, lot: null }, difference: -7, reviewAbove: 5 },
    });
    expect(r.effects.transactions).toEqual([]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 10, lot: 'L100', needsCount: true });
  });

  test('accepting the held count books the counted difference on the slot as it is now', () => {
    const held = run(withThreshold(5), 'count', count({ quantity: 30, lot: 'L101' }), 'operator').world;
    // Meanwhile 2 were picked: accepting must not undo that pick.
    const picked = run(held, 'pick', { item: 'MILK-1L', location: 'A-01-01', condition: '', quantity: 2 }, 'picker').world;
    const r = run(picked, 'resolveException', { exceptionId: picked.exceptions[0]!.id, action: 'accept' }, 'supervisor');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r).map((t) => [t.type, t.quantity, t.lot])).toEqual([['adjust-remove', -8, 'L100'], ['adjust-place', 28, 'L101']]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 28, lot: 'L101', needsCount: false });
    expect(r.world.exceptions.find((e) => e.code === 'count-review')).toMatchObject({ status: 'resolved', resolution: 'accept' });
  });

  test('rejecting the held count (count task) books nothing and leaves the slot to be counted again', () => {
    const held = run(withThreshold(5), 'count', count({ quantity: 30 }), 'operator').world;
    const r = run(held, 'resolveException', { exceptionId: held.exceptions[0]!.id, action: 'count-task' }, 'supervisor');
    expect(r.effects.transactions).toEqual([]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 10, needsCount: true });
  });

  test('serial counts are not held: each serial is its own finding (R14)', () => {
    const w = withThreshold(1, withRows(makeWorld(), {}));
    const r = run(w, 'count', { item: 'PUMP-X1', location: 'B-02-01', condition: '', expected: { lot: null, quantity: 2 }, counted: { quantity: 0 }, serials: [] }, 'operator');
    expect(codesOf(r)).toEqual(['serial-missing']);
  });
});
