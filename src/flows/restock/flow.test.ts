import { describe, expect, test } from 'vitest';
import { restockPayload, type Item } from '../../domain';
import { lotsComplete, placementNeeds, unplacedOf } from './flow';
import { build as buildRestockPayload } from './payload';

const item = (over: Partial<Item> = {}): Item => ({
  id: 'itm-milk', sku: 'MILK-1L', name: 'Milk', gtins: [], unit: 'carton', lotTracked: true, lotAtPack: false,
  serialized: false, durable: false, conditions: [], specialHandling: false, ...over,
});
const slots = [
  { id: 's1', condition: '', location: { code: 'C-01-01' } },
  { id: 's2', condition: '', location: { code: 'C-01-02' } },
];

describe('restock wizard: lots, needs and the recorded operation', () => {
  test('R5: the lots step is complete only when every unit has a lot', () => {
    expect(lotsComplete(50, [{ key: 'a', lot: 'L1', quantity: 20 }, { key: 'b', lot: 'L2', quantity: 30 }])).toBe(true);
    expect(lotsComplete(50, [{ key: 'a', lot: 'L1', quantity: 20 }])).toBe(false);
    expect(lotsComplete(50, [{ key: 'a', lot: 'L1', quantity: 60 }])).toBe(false);
  });

  test('R5/R7: a restock split over two lots becomes one line per slot and lot', () => {
    const needs = placementNeeds(item(), 50, [{ key: 'a', lot: 'L1', quantity: 20 }, { key: 'b', lot: 'L2', quantity: 30 }], []);
    expect(needs).toEqual([{ lot: 'L1', quantity: 20 }, { lot: 'L2', quantity: 30 }]);
    const placements = [{ slotId: 's1', lot: 'L1', quantity: 20 }, { slotId: 's2', lot: 'L2', quantity: 30 }];
    expect(needs.map((n) => unplacedOf(n, placements))).toEqual([0, 0]);
    expect(buildRestockPayload(item(), placements, slots, [])).toEqual({
      item: 'MILK-1L',
      lines: [
        { location: 'C-01-01', condition: '', quantity: 20, lot: 'L1' },
        { location: 'C-01-02', condition: '', quantity: 30, lot: 'L2' },
      ],
    });
  });

  test('issue 8: each lot line carries the expiry its label or the operator gave; a lot without one carries none', () => {
    const placements = [{ slotId: 's1', lot: 'L1', quantity: 20 }, { slotId: 's2', lot: 'L2', quantity: 30 }];
    expect(buildRestockPayload(item(), placements, slots, [], null, new Map([['L1', '2027-03-31']])).lines).toEqual([
      { location: 'C-01-01', condition: '', quantity: 20, lot: 'L1', expiry: '2027-03-31' },
      { location: 'C-01-02', condition: '', quantity: 30, lot: 'L2' },
    ]);
  });

  test('untracked items skip lots: one need for the whole quantity, lines without lot', () => {
    const untracked = item({ lotTracked: false });
    expect(placementNeeds(untracked, 12, [], [])).toEqual([{ lot: null, quantity: 12 }]);
    expect(buildRestockPayload(untracked, [{ slotId: 's1', lot: null, quantity: 12 }], slots, []).lines)
      .toEqual([{ location: 'C-01-01', condition: '', quantity: 12 }]);
  });

  test('R13: serials go to their lines with their own lots', () => {
    const pump = item({ serialized: true });
    const serials = [{ serial: 'P1', lot: 'A' }, { serial: 'P2', lot: 'B' }, { serial: 'P3', lot: 'A' }];
    expect(placementNeeds(pump, 3, [], serials)).toEqual([{ lot: 'A', quantity: 2 }, { lot: 'B', quantity: 1 }]);
    const payload = buildRestockPayload(pump, [{ slotId: 's1', lot: 'A', quantity: 2 }, { slotId: 's1', lot: 'B', quantity: 1 }], slots, serials);
    expect(payload.lines).toEqual([
      { location: 'C-01-01', condition: '', quantity: 2, serials: [{ serial: 'P1', lot: 'A' }, { serial: 'P3', lot: 'A' }] },
      { location: 'C-01-01', condition: '', quantity: 1, serials: [{ serial: 'P2', lot: 'B' }] },
    ]);
  });

  test('a restock received against a purchase order carries the order number; without one the payload has none', () => {
    const placements = [{ slotId: 's1', lot: 'L1', quantity: 5 }];
    const withOrder = buildRestockPayload(item(), placements, slots, [], 'PO-4711');
    expect(withOrder).toEqual({ item: 'MILK-1L', purchaseOrder: 'PO-4711', lines: [{ location: 'C-01-01', condition: '', quantity: 5, lot: 'L1' }] });
    expect(restockPayload.safeParse(withOrder).success).toBe(true);
    expect(buildRestockPayload(item(), placements, slots, [], null)).not.toHaveProperty('purchaseOrder');
  });
});
