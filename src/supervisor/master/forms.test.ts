import { describe, expect, test } from 'vitest';
import { EMPTY_ITEM, formToItem } from './item-form';
import { toOrderLines } from './order-form';

describe('item form', () => {
  test('a lot-tracked item with two GTINs becomes the API row, untouched flags false', () => {
    expect(formToItem({ ...EMPTY_ITEM, sku: ' CHEESE-1 ', name: 'Cheese', gtins: '4006381333931, 96385074', lotTracked: true, shelfLifeDays: '30' })).toEqual({
      ok: true,
      input: {
        sku: 'CHEESE-1', name: 'Cheese', gtins: ['4006381333931', '96385074'], unit: 'pcs', lotTracked: true, lotAtPack: false,
        serialized: false, durable: false, conditions: [], shelfLifeDays: 30, specialHandling: false, active: true,
      },
    });
  });

  test('each field says what is wrong: no SKU, a GTIN check digit, days not whole', () => {
    expect(formToItem({ ...EMPTY_ITEM, name: 'X', gtins: '4006381333932', shelfLifeDays: '-1' })).toEqual({
      ok: false,
      errors: {
        sku: 'Enter the SKU.',
        gtins: 'GTIN 4006381333932 has a wrong check digit (expected 1).',
        shelfLifeDays: 'Shelf life is a whole number of days.',
      },
    });
  });

  test('the shared row rules apply before saving: a durable item needs its conditions', () => {
    expect(formToItem({ ...EMPTY_ITEM, sku: 'PUMP', name: 'Pump', durable: true })).toEqual({
      ok: false, errors: { conditions: 'A durable item needs at least one condition (e.g. new, used).' },
    });
  });
});

describe('order lines', () => {
  test('empty rows are skipped and lines are numbered in order; pick lists keep the location', () => {
    const rows = [{ sku: 'A', quantity: '5', location: 'C-01' }, { sku: '', quantity: '', location: '' }, { sku: 'B', quantity: '2', location: '' }];
    expect(toOrderLines(rows, true)).toEqual({ ok: true, lines: [{ line: 1, sku: 'A', quantity: 5, location: 'C-01' }, { line: 2, sku: 'B', quantity: 2 }] });
    expect(toOrderLines(rows, false)).toEqual({ ok: true, lines: [{ line: 1, sku: 'A', quantity: 5 }, { line: 2, sku: 'B', quantity: 2 }] });
  });

  test('a quantity that is not a whole positive number names its line; no lines at all is refused', () => {
    expect(toOrderLines([{ sku: 'A', quantity: '0.5', location: '' }], false)).toEqual({ ok: false, message: 'Line 1 (A): the quantity is a whole number of at least 1.' });
    expect(toOrderLines([], false)).toEqual({ ok: false, message: 'Add at least one line.' });
  });
});
