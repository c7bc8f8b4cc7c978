import { describe, expect, it } from 'vitest';
import type { PickListView } from '../../replica/orders';
import { listLineOf, openLines } from './pick-list';

const list: PickListView = {
  id: 'pl-1', number: 'PL-1001', shipment: 'SH-1', status: 'open',
  lines: [
    { line: 3, itemId: 'itm-box', sku: 'BOX-S', quantity: 2, locationId: null, locationCode: null, picked: 2, remaining: 0 },
    { line: 2, itemId: 'itm-ice', sku: 'ICE-2L', quantity: 4, locationId: 'loc-f-01-01', locationCode: 'F-01-01', picked: 0, remaining: 4 },
    { line: 1, itemId: 'itm-milk', sku: 'MILK-1L', quantity: 10, locationId: null, locationCode: null, picked: 3, remaining: 7 },
  ],
};

describe('picking through a pick list', () => {
  it('offers the lines still to pick, in line order; a fully picked line is done', () => {
    expect(openLines(list).map((l) => [l.line, l.sku, l.remaining])).toEqual([[1, 'MILK-1L', 7], [2, 'ICE-2L', 4]]);
  });

  it('the chosen line carries the list number, its item, the location the list names and what is left', () => {
    expect(listLineOf(list, list.lines[1]!)).toEqual({
      number: 'PL-1001', line: 2, itemId: 'itm-ice', sku: 'ICE-2L', locationCode: 'F-01-01', remaining: 4,
    });
  });
});
