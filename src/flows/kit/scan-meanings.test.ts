import { describe, expect, test } from 'vitest';
import { parseScan, type Item } from '../../domain';
import { itemScan, lotScan } from './scan-meanings';

const GS = '\u001d';
const milk: Item = {
  id: 'itm-milk', sku: 'MILK-1L', name: 'Milk', gtins: ['5012345000015'], unit: 'carton', lotTracked: true,
  lotAtPack: false, serialized: false, durable: false, conditions: [], specialHandling: false,
};

describe('what a scan means in the restock wizard', () => {
  test('one GS1 DataMatrix scan gives the item, its lot, serial and expiry at once', () => {
    const scan = itemScan(parseScan(`]d2010501234500001510L2699Q${GS}21SN7${GS}17261231`));
    expect(scan).toEqual({ kind: 'item', code: '05012345000015', lot: 'L2699Q', serial: 'SN7', expiry: '2026-12-31' });
  });

  test('issue 8: a label with a best-before date (15) and no expiry (17) gives that date as the expiry, at the item and lots steps', () => {
    expect(itemScan(parseScan('(01)05012345000015(15)270300(10)L77'))).toMatchObject({ lot: 'L77', expiry: '2027-03-31' });
    expect(lotScan(milk, parseScan('(01)05012345000015(17)270415(10)L78'), 'lot')).toEqual({ kind: 'lot', lot: 'L78', expiry: '2027-04-15' });
    expect(lotScan(milk, parseScan('L79'), 'lot')).toEqual({ kind: 'lot', lot: 'L79' });
  });

  test('a plain code at the item step is an SKU or a retail GTIN', () => {
    expect(itemScan(parseScan('MILK-1L'))).toEqual({ kind: 'item', code: 'MILK-1L' });
    expect(itemScan(parseScan('5012345000015'))).toMatchObject({ kind: 'item', code: expect.stringMatching(/5012345000015$/) });
  });

  test('a bad label is refused with the reason the parser gives', () => {
    expect(itemScan(parseScan('(01)05012345000016(10)X'))).toMatchObject({ kind: 'refused', message: expect.stringContaining('(01)') });
  });

  test('at the lots step a label of another product is refused as the wrong item', () => {
    const other = lotScan(milk, parseScan('(01)05012345000022(10)Y1'), 'lot');
    expect(other).toMatchObject({ kind: 'refused', message: expect.stringContaining('Wrong item') });
    expect(lotScan(milk, parseScan('(01)05012345000015(10)L77'), 'lot')).toEqual({ kind: 'lot', lot: 'L77' });
    expect(lotScan(milk, parseScan('L78'), 'lot')).toEqual({ kind: 'lot', lot: 'L78' });
  });
});
