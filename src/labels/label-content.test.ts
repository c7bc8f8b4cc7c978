import { describe, expect, test } from 'vitest';
import { parseScan, formatElementString } from '../domain';
import { itemLabel, locationLabel } from './label-content';

const MILK = { sku: 'MILK-1L', name: 'Milk 1 l', gtins: ['5012345000015'] };

describe('location labels', () => {
  test('a location label is a Code 128 of its code, with code and zone printed under it', () => {
    expect(locationLabel({ code: 'C-01-01', zone: 'C' })).toEqual({
      ok: true, label: { key: 'location:C-01-01', bcid: 'code128', text: 'C-01-01', lines: ['C-01-01', 'Zone C'] },
    });
  });

  test('a code Code 128 cannot carry is refused by name', () => {
    expect(locationLabel({ code: 'KÜHL-1' })).toMatchObject({ ok: false, message: 'Location KÜHL-1: Code 128 carries plain ASCII only.' });
  });
});

describe('item labels', () => {
  test('an item label carries (01) its GTIN as GTIN-14 and (10) the lot, and scans back to the same item and lot', () => {
    const result = itemLabel(MILK, { symbology: 'gs1datamatrix', lot: 'L2699Q' });
    expect(result).toEqual({
      ok: true,
      label: { key: 'item:MILK-1L:L2699Q', bcid: 'gs1datamatrix', text: '(01)05012345000015(10)L2699Q', lines: ['MILK-1L', 'Milk 1 l', '(01)05012345000015(10)L2699Q'] },
    });
    // What a scanner sends for it (FNC1 as the ]d2 prefix) reads back as the same GTIN and lot.
    const scanned = parseScan(formatElementString([{ ai: '01', value: '05012345000015' }, { ai: '10', value: 'L2699Q' }], { prefix: ']d2' }));
    expect(scanned).toMatchObject({ ok: true, gtin: '05012345000015', lot: 'L2699Q' });
  });

  test('without a lot the label is (01) alone, in GS1-128 when asked', () => {
    expect(itemLabel(MILK, { symbology: 'gs1-128' })).toMatchObject({ ok: true, label: { bcid: 'gs1-128', text: '(01)05012345000015' } });
  });

  test('an item without a GTIN gets a Code 128 of its SKU, and cannot carry a lot', () => {
    const tape = { sku: 'TAPE-48', name: 'Tape', gtins: [] };
    expect(itemLabel(tape, { symbology: 'gs1datamatrix' })).toMatchObject({ ok: true, label: { bcid: 'code128', text: 'TAPE-48' } });
    expect(itemLabel(tape, { symbology: 'gs1datamatrix', lot: 'X1' })).toMatchObject({ ok: false, message: 'TAPE-48 has no GTIN: a lot can only be printed in a GS1 code.' });
  });

  test('GS1 AI (10) rules: a lot over 20 characters or with parentheses is refused with the reason', () => {
    expect(itemLabel(MILK, { symbology: 'gs1datamatrix', lot: 'L'.repeat(21) })).toMatchObject({ ok: false, message: expect.stringContaining('at most 20 characters') });
    expect(itemLabel(MILK, { symbology: 'gs1datamatrix', lot: 'A(1)' })).toMatchObject({ ok: false, message: 'Lot A(1): parentheses cannot be printed in a GS1 lot.' });
  });

  test('a stored GTIN with a wrong check digit is not printed', () => {
    expect(itemLabel({ ...MILK, gtins: ['5012345000014'] }, { symbology: 'gs1datamatrix' })).toMatchObject({ ok: false, message: expect.stringContaining('check digit should be 5') });
  });
});
