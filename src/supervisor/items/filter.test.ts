import { describe, expect, test } from 'vitest';
import type { Item } from '../../domain';
import type { ItemOverview } from '../../replica/supervisor-queries';
import { filterItems } from './filter';

const row = (sku: string, name: string, lotTracked: boolean, gtins: string[] = []): ItemOverview => ({
  item: { id: sku, sku, name, gtins, unit: 'each', lotTracked, lotAtPack: false, serialized: false, durable: false, conditions: [], specialHandling: false } satisfies Item,
  stock: 0, unknownLotSlots: 0,
});
const rows = [row('MILK-1L', 'Whole milk 1 L', true, ['5012345000014']), row('BOX-S', 'Shipping box, small', false), row('TAPE-48', 'Packing tape', false)];

describe('items grid search', () => {
  test('matches SKU or name in any case, and a GTIN by its digits', () => {
    expect(filterItems(rows, 'milk', 'all').map((r) => r.item.sku)).toEqual(['MILK-1L']);
    expect(filterItems(rows, 'PACKING', 'all').map((r) => r.item.sku)).toEqual(['TAPE-48']);
    expect(filterItems(rows, '50123450', 'all').map((r) => r.item.sku)).toEqual(['MILK-1L']);
  });

  test('R1: the tracking filter shows only tracked or only untracked items', () => {
    expect(filterItems(rows, '', 'tracked').map((r) => r.item.sku)).toEqual(['MILK-1L']);
    expect(filterItems(rows, '', 'untracked').map((r) => r.item.sku)).toEqual(['BOX-S', 'TAPE-48']);
  });
});
