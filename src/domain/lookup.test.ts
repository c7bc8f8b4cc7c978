import { describe, expect, test } from 'vitest';
import { findItemByCode, hasGtin, isCodeOf } from './lookup';

const item = (sku: string, gtins: string[] = []) => ({ sku, gtins });

describe('an operator code names one item the same way everywhere', () => {
  const items = [item('MILK-1L', ['4006381333931']), item('milk-1l'), item('12345670', []), item('BOLT', ['12345670'])];

  test('an exact SKU wins over the same SKU in another case', () => {
    expect(findItemByCode(items, 'milk-1l')).toBe(items[1]);
    expect(findItemByCode(items, ' MILK-1L ')).toBe(items[0]);
  });

  test('a SKU typed in another letter case still finds its item', () => {
    expect(findItemByCode([items[0]!], 'Milk-1l')).toBe(items[0]);
  });

  test('a GTIN in any printed length finds its item, but a SKU wins over a GTIN', () => {
    expect(findItemByCode(items, '04006381333931')).toBe(items[0]);
    expect(findItemByCode(items, '12345670')).toBe(items[2]);
  });

  test('an empty code names nothing', () => {
    expect(findItemByCode(items, '  ')).toBeUndefined();
    expect(isCodeOf(item(''), '')).toBe(false);
  });

  test('isCodeOf and hasGtin agree with the lookup', () => {
    expect(isCodeOf(items[0]!, 'milk-1L')).toBe(true);
    expect(isCodeOf(items[0]!, '4006381333931')).toBe(true);
    expect(hasGtin(items[0]!, '4006381333932')).toBe(false);
  });
});
