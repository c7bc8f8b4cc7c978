import { describe, expect, it } from 'vitest';
import type { PickListView } from '../../replica/orders';
import { listLineOf, nextOpenLine, openLines, remainderDefault, walkingOrder } from './pick-list';

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

describe('walking a pick list', () => {
  const at = (where: Record<number, string | null>) => (l: { line: number }) => where[l.line] ?? null;
  const walk: PickListView = {
    ...list,
    lines: [
      { line: 1, itemId: 'itm-a', sku: 'A', quantity: 3, locationId: null, locationCode: 'F-01-10', picked: 0, remaining: 3 },
      { line: 2, itemId: 'itm-b', sku: 'B', quantity: 2, locationId: null, locationCode: 'A-01-02', picked: 0, remaining: 2 },
      { line: 3, itemId: 'itm-c', sku: 'C', quantity: 5, locationId: null, locationCode: null, picked: 1, remaining: 4 },
      { line: 4, itemId: 'itm-d', sku: 'D', quantity: 1, locationId: null, locationCode: null, picked: 0, remaining: 1 },
    ],
  };
  const where = at({ 1: 'F-01-10', 2: 'A-01-02', 3: 'F-01-2', 4: null });

  it('walking order: lines in location code order (F-01-2 before F-01-10), lines placed nowhere last, by line', () => {
    expect(walkingOrder(walk.lines, where).map((l) => l.line)).toEqual([2, 3, 1, 4]);
  });

  it('the next line is the first open one in walking order that this walk has not picked (a short line is not offered again)', () => {
    expect(nextOpenLine(walk, new Set(), where)?.line).toBe(2);
    expect(nextOpenLine(walk, new Set([2]), where)?.line).toBe(3);
    expect(nextOpenLine(walk, new Set([2, 3, 1]), where)?.line).toBe(4);
    expect(nextOpenLine(walk, new Set([1, 2, 3, 4]), where)).toBeUndefined();
    const done = { ...walk, lines: walk.lines.map((l) => ({ ...l, remaining: l.line === 2 ? 0 : l.remaining })) };
    expect(nextOpenLine(done, new Set(), where)?.line).toBe(3);
  });

  it('the pick quantity starts at the line\'s remainder, no more than the slot holds, never 1 by default', () => {
    expect(remainderDefault(4, 40)).toBe(4);
    expect(remainderDefault(30, 25)).toBe(25);
    expect(remainderDefault(3, 0)).toBe(0);
    expect(remainderDefault(3, -2)).toBe(0);
  });
});
