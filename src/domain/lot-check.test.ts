import { describe, expect, test } from 'vitest';
import { checkLot, lotLeaving } from './lot-check';
import { codesOf, makeWorld, run, SLOTS, txSummary } from './test-fixtures';

// The wizards show checkLot/lotLeaving before anything is recorded: these prove
// the engine decides with the very same functions, so the screen never says
// "matches" where the server raises a mismatch.
describe('the lot check the wizards show is the one the engine applies', () => {
  test.each(['L100', 'L555'])('R8a: scanning lot %s on a move: the engine raises lot-mismatch exactly when checkLot says mismatch', (scanned) => {
    const r = run(makeWorld(), 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 1, lot: scanned }, 'operator');
    const shown = checkLot(SLOTS.milkA1, scanned);
    expect(codesOf(r).includes('lot-mismatch')).toBe(shown.kind === 'mismatch');
  });

  test('R4, R8a: the lot that leaves is the scanned one when scanned, else the slot\'s, as the engine records it', () => {
    for (const scanned of ['L555', undefined]) {
      const r = run(makeWorld(), 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 1, lot: scanned }, 'operator');
      expect(txSummary(r)[0]?.lot).toBe(lotLeaving(SLOTS.milkA1, scanned));
    }
  });

  test('R2: a slot of unknown lot has no lot to check against, and nothing leaves with a known lot unless scanned', () => {
    const unknown = { lot: null, lotUnknown: true };
    expect(checkLot(unknown, 'L1')).toEqual({ kind: 'slot-unknown', found: 'L1' });
    expect(lotLeaving(unknown, null)).toBeNull();
    expect(lotLeaving(unknown, 'L1')).toBe('L1');
  });
});
