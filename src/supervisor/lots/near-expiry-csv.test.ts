import { describe, expect, test } from 'vitest';
import { nearExpiryCsv } from './near-expiry-csv';

describe('near-expiry CSV', () => {
  test('one line per lot and location with its quantity; text that could be a formula is kept as text', () => {
    const csv = nearExpiryCsv([
      { sku: 'MILK-1L', itemId: 'i', lot: 'L1', expiry: '2026-03-31', daysLeft: 30, status: 'available', locationCode: 'A-01', quantity: 20 },
      { sku: 'YOG,500', itemId: 'j', lot: '=HYPERLINK()', expiry: '2026-02-01', daysLeft: -28, status: 'expired', locationCode: 'B "2"', quantity: 3 },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'SKU,Lot,Expiry,Days left,Status,Location,Quantity',
      'MILK-1L,L1,2026-03-31,30,available,A-01,20',
      '"YOG,500",\'=HYPERLINK(),2026-02-01,-28,expired,"B ""2""",3',
      '',
    ]);
  });
});
