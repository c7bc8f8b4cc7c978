import { describe, expect, test } from 'vitest';
import { itemRefOf, locationOf, lotOf, quantityOf } from './operation-facts';

describe('an exception card names the lot and quantity it is about', () => {
  test('the lot scanned on the goods comes first, then the one recorded, then the slot\'s', () => {
    expect(lotOf({ scannedLot: 'L2', slotLot: 'L1' }, { lot: 'L3' })).toBe('L2');
    expect(lotOf({ slotLot: 'L1' }, { lot: 'L3' })).toBe('L3');
    expect(lotOf({ slotLot: 'L1' }, { lines: [{ location: 'A', quantity: 2 }] })).toBe('L1');
    expect(lotOf({}, { lines: [{ location: 'A', quantity: 2, lot: 'L9' }] })).toBe('L9');
    expect(lotOf(null, null)).toBeNull();
  });

  test('the quantity is the operation\'s, a count\'s counted quantity, or a restock\'s lines added up', () => {
    expect(quantityOf({ quantity: 5 })).toBe(5);
    expect(quantityOf({ counted: { quantity: 7 } })).toBe(7);
    expect(quantityOf({ lines: [{ quantity: 2 }, { quantity: 3 }] })).toBe(5);
    expect(quantityOf({ item: 'X' })).toBeNull();
  });

  test('the place is the one refused, else the location, destination, source or first line\'s', () => {
    expect(locationOf({ location: 'Z-9' }, { from: 'A-1', to: 'Z-9' })).toBe('Z-9');
    expect(locationOf({}, { from: 'A-1', to: 'B-2' })).toBe('B-2');
    expect(locationOf(null, { lines: [{ location: 'C-3', quantity: 1 }] })).toBe('C-3');
    expect(locationOf(null, 'not a payload')).toBeNull();
    expect([itemRefOf({ item: 'MILK-1L' }), itemRefOf({})]).toEqual(['MILK-1L', null]);
  });
});
