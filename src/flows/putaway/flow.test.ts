import { describe, expect, test } from 'vitest';
import { suggestPlacement, type Item, type Slot } from '../../domain';
import { build as buildPutawayPayloads } from './payload';
import { isStaging, placeByScan, putawayNeeds, unplacedOf } from './flow';

const milk = (over: Partial<Item> = {}): Item => ({
  id: 'itm-milk', sku: 'MILK-1L', name: 'Milk', gtins: [], unit: 'carton', lotTracked: true, lotAtPack: false,
  serialized: false, durable: false, conditions: [], specialHandling: false, ...over,
});
const slot = (code: string, over: Partial<Slot> = {}) => ({
  id: `s-${code}`, itemId: 'itm-milk', locationId: `loc-${code}`, condition: '', capacity: 120, quantity: 0, lot: null,
  lotUnknown: false, needsCount: false, location: { code }, ...over,
});
const dock = slot('DOCK-01', { capacity: 500, quantity: 48, lot: 'L2612B' });
const c1 = slot('C-01-01', { quantity: 80, lot: 'L2611A' });
const c2 = slot('C-01-02');

describe('putaway wizard: staging, needs and the recorded operations', () => {
  test('putaway starts only at a receiving location', () => {
    expect(isStaging({ type: 'receiving' })).toBe(true);
    expect(isStaging({ type: 'storage' })).toBe(false);
  });

  test('R4: the staged slot\'s lot is what is put away unless the goods were scanned (R8a)', () => {
    expect(putawayNeeds(milk(), dock, null, 10, [])).toEqual([{ lot: 'L2612B', quantity: 10 }]);
    expect(putawayNeeds(milk(), dock, 'L2699Z', 10, [])).toEqual([{ lot: 'L2699Z', quantity: 10 }]);
  });

  test('R3/R6: a slot holding another lot is passed over; the empty slot takes the goods', () => {
    const plan = suggestPlacement(milk(), [c1, c2], putawayNeeds(milk(), dock, null, 10, []));
    expect(plan).toEqual({ lines: [{ slotId: c2.id, lot: 'L2612B', quantity: 10 }], unplaced: [] });
  });

  test('R6: with no empty slot and no slot of the same lot there is not enough space', () => {
    const plan = suggestPlacement(milk(), [c1, slot('C-01-02', { quantity: 30, lot: 'L2614Z' })], [{ lot: 'L2612B', quantity: 10 }]);
    expect(plan.unplaced).toEqual([{ lot: 'L2612B', quantity: 10 }]);
  });

  test('R6: a putaway split over two slots becomes one operation per target slot', () => {
    const small = [slot('C-01-02', { capacity: 6 }), slot('C-01-03', { capacity: 20 })];
    const needs = putawayNeeds(milk(), dock, null, 10, []);
    const plan = suggestPlacement(milk(), small, needs);
    expect(unplacedOf(needs[0]!, plan.lines)).toBe(0);
    expect(buildPutawayPayloads(milk(), dock, plan.lines, small, null, [])).toEqual([
      { item: 'MILK-1L', from: 'DOCK-01', to: 'C-01-02', condition: '', quantity: 6 },
      { item: 'MILK-1L', from: 'DOCK-01', to: 'C-01-03', condition: '', quantity: 4 },
    ]);
  });

  test('R8a: a scanned lot goes on every putaway operation so the engine verifies it', () => {
    expect(buildPutawayPayloads(milk(), dock, [{ slotId: c2.id, lot: 'L2612B', quantity: 10 }], [c2], 'L2612B', []))
      .toEqual([{ item: 'MILK-1L', from: 'DOCK-01', to: 'C-01-02', condition: '', quantity: 10, lot: 'L2612B' }]);
  });

  test('R13: serials of several lots each go with their lot to their target', () => {
    const pump = milk({ sku: 'PUMP-X2', serialized: true });
    const serials = [{ serial: 'P1', lot: 'A' }, { serial: 'P2', lot: 'B' }, { serial: 'P3', lot: 'A' }];
    expect(putawayNeeds(pump, dock, null, 3, serials)).toEqual([{ lot: 'A', quantity: 2 }, { lot: 'B', quantity: 1 }]);
    expect(buildPutawayPayloads(pump, dock, [{ slotId: c1.id, lot: 'A', quantity: 2 }, { slotId: c2.id, lot: 'B', quantity: 1 }], [c1, c2], null, serials)).toEqual([
      { item: 'PUMP-X2', from: 'DOCK-01', to: 'C-01-01', condition: '', quantity: 2, serials: ['P1', 'P3'] },
      { item: 'PUMP-X2', from: 'DOCK-01', to: 'C-01-02', condition: '', quantity: 1, serials: ['P2'] },
    ]);
  });

  test('R3/R6: a scanned shelf takes all that is left when it fits; another lot\'s shelf and a shelf not of the item are refused', () => {
    const needs = putawayNeeds(milk(), dock, null, 48, []);
    expect(placeByScan(milk(), [c1, c2], needs, [], 'c-01-02')).toEqual({ ok: true, line: { slotId: c2.id, lot: 'L2612B', quantity: 48 } });
    expect(placeByScan(milk(), [c1, c2], needs, [], 'C-01-01')).toMatchObject({ ok: false, message: expect.stringContaining('holds lot L2611A') });
    expect(placeByScan(milk(), [c1, c2], needs, [], 'Z-9')).toMatchObject({ ok: false, message: 'MILK-1L has no storage slot in Z-9.' });
  });

  test('R6: a shelf without room for all takes what fits; the next scan places the rest; then everything is placed', () => {
    const small = [slot('C-01-02', { capacity: 6 }), slot('C-01-03', { capacity: 20 })];
    const needs = putawayNeeds(milk(), dock, null, 10, []);
    const first = placeByScan(milk(), small, needs, [], 'C-01-02');
    expect(first).toEqual({ ok: true, line: { slotId: 's-C-01-02', lot: 'L2612B', quantity: 6 } });
    const placed = [first.ok ? first.line : { slotId: '', lot: null, quantity: 0 }];
    expect(placeByScan(milk(), small, needs, placed, 'C-01-02')).toMatchObject({ ok: false, message: expect.stringContaining('no room') });
    expect(placeByScan(milk(), small, needs, placed, 'C-01-03')).toEqual({ ok: true, line: { slotId: 's-C-01-03', lot: 'L2612B', quantity: 4 } });
    const all = [...placed, { slotId: 's-C-01-03', lot: 'L2612B', quantity: 4 }];
    expect(placeByScan(milk(), small, needs, all, 'C-01-03')).toMatchObject({ ok: false, message: expect.stringContaining('Everything is placed') });
  });
});
