import { describe, expect, test } from 'vitest';
import { readBackText, spelled } from './read-back';

describe('spoken read-back: what a step says', () => {
  test('codes are spelled a character at a time, with a pause at each separator', () => {
    expect(spelled('A-01-02')).toBe('A, 0 1, 0 2');
    expect(spelled('L2611A')).toBe('L 2 6 1 1 A');
    expect(spelled('DOCK 1/B')).toBe('D O C K, 1, B');
  });

  test('the location, lot and quantity the operator must read, in that order', () => {
    expect(readBackText({ location: 'F-01-02', lot: 'IC240902', quantity: 12, unit: 'pcs' }))
      .toBe('Location F, 0 1, 0 2. Lot I C 2 4 0 9 0 2. 12 pcs.');
  });

  test('what the step does not ask for is not said; a quantity without a unit says units', () => {
    expect(readBackText({ location: 'A-01-01' })).toBe('Location A, 0 1, 0 1.');
    expect(readBackText({ lot: null, quantity: 1200 })).toBe('1,200 units.');
    expect(readBackText({ location: null, lot: '', quantity: null })).toBe('');
  });

  test('a quantity of zero is still read (nothing left to take is news)', () => {
    expect(readBackText({ quantity: 0, unit: 'boxes' })).toBe('0 boxes.');
  });
});
