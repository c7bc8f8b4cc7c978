import { describe, expect, test } from 'vitest';
import { fields, labelOf, valueText } from './describe';

describe('exception details in words', () => {
  test('known keys get their warehouse label; unknown camelCase keys are split into words', () => {
    expect(labelOf('scannedLot')).toBe('Scanned lot');
    expect(labelOf('deviceClockSkew')).toBe('Device Clock Skew');
  });

  test('values: lists joined, nested objects flattened, null shown as none', () => {
    expect(valueText(['S1', 'S2'])).toBe('S1, S2');
    expect(valueText({ lot: 'L1', quantity: 3 })).toBe('Lot L1; Quantity 3');
    expect(valueText(null)).toBe('none');
    expect(valueText(false)).toBe('no');
  });

  test('a payload becomes labelled fields; a non-object gives none', () => {
    expect(fields({ item: 'MILK-1L', lot: '00123' })).toEqual([{ label: 'Item', value: 'MILK-1L' }, { label: 'Lot', value: '00123' }]);
    expect(fields('x')).toEqual([]);
  });
});
