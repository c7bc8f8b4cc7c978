import { describe, expect, test } from 'vitest';
import { parseScan, returnPayload, type Item, type Serial } from '../../domain';
import { build as buildReturnPayload } from './payload';
import { labelCount, returnFit, returnQuantityScan, returnSerial, returnTarget, type ReturnSlot } from './flow';

const item = (over: Partial<Item> = {}): Item => ({
  id: 'itm-ice', sku: 'ICE-2L', name: 'Ice cream', gtins: ['5012345000039'], unit: 'tub', lotTracked: true, lotAtPack: false,
  serialized: false, durable: false, conditions: [], specialHandling: false, ...over,
});
const slot = (code: string, over: Partial<ReturnSlot> = {}): ReturnSlot => ({
  id: `s-${code}`, itemId: 'itm-ice', locationId: `loc-${code}`, condition: '', capacity: 60, quantity: 0, lot: null,
  lotUnknown: false, needsCount: false, location: { code }, ...over,
});
const slots = [
  slot('F-01-01', { quantity: 40, lot: 'IC240811' }),
  slot('F-01-02', { quantity: 25, lot: 'IC240902' }),
  slot('F-01-03'),
  slot('F-01-04', { quantity: 5, lotUnknown: true }),
];

describe('return wizard: where returned stock may go and the recorded return', () => {
  test('R3: the slot holding the same lot takes the return', () => {
    expect(returnTarget(item(), 'IC240811', 'F-01-01', slots)).toMatchObject({ kind: 'slot', slot: { id: 's-F-01-01' } });
    expect(returnFit(item(), slots[0]!, 'IC240811')).toEqual({ ok: true, text: 'Holds lot IC240811 · 20 free' });
  });

  test('R3: an empty slot takes any lot', () => {
    expect(returnTarget(item(), 'IC240811', 'F-01-03', slots)).toMatchObject({ kind: 'slot', slot: { id: 's-F-01-03' } });
    expect(returnTarget(item(), null, 'F-01-03', slots)).toMatchObject({ kind: 'slot' });
  });

  test('R3: a slot holding another lot is refused with a message naming that lot', () => {
    const refused = returnTarget(item(), 'IC240811', 'F-01-02', slots);
    expect(refused).toEqual({
      kind: 'refused', message: 'F-01-02 holds lot IC240902: lot IC240811 can only go back into a slot holding it or an empty slot.',
    });
    expect(returnFit(item(), slots[1]!, 'IC240811')).toEqual({ ok: false, text: 'Holds lot IC240902' });
    expect(returnTarget(item(), 'IC240811', 'F-01-04', slots)).toMatchObject({ kind: 'refused', message: expect.stringContaining('unknown lot') });
  });

  test('R3: stock of unknown lot goes only into an empty slot', () => {
    expect(returnTarget(item(), null, 'F-01-01', slots)).toMatchObject({ kind: 'refused', message: expect.stringContaining('holds lot IC240811') });
  });

  test('R3: of a durable item\'s conditions at one location, the slot holding the lot is chosen before an empty one', () => {
    const tc52 = item({ id: 'itm-tc52', sku: 'TC52', durable: true, conditions: ['new', 'used', 'damaged'] });
    const conditions = [
      slot('A-02-03', { id: 'damaged', condition: 'damaged' }),
      slot('A-02-03', { id: 'new', condition: 'new', quantity: 4, lot: 'TC-2501' }),
      slot('A-02-03', { id: 'used', condition: 'used', quantity: 2, lot: 'TC-2409' }),
    ];
    expect(returnTarget(tc52, 'TC-2501', 'A-02-03', conditions)).toMatchObject({ kind: 'slot', slot: { id: 'new' } });
    expect(returnTarget(tc52, 'TC-2409', 'A-02-03', conditions)).toMatchObject({ kind: 'slot', slot: { id: 'used' } });
    expect(returnTarget(tc52, 'TC-9999', 'A-02-03', conditions)).toMatchObject({ kind: 'slot', slot: { id: 'damaged' } });
  });

  test('R3: a location the item is not assigned to is refused', () => {
    expect(returnTarget(item(), 'IC240811', 'A-01-01', slots)).toMatchObject({ kind: 'refused', message: 'ICE-2L is not assigned to A-01-01.' });
  });

  test('R3/R4: a lot-tracked return carries its lot, or null when unknown', () => {
    const draft = { item: item(), lot: 'IC240811', locationCode: 'F-01-01', condition: '', quantity: 3, serials: [] };
    expect(buildReturnPayload(draft)).toEqual({ item: 'ICE-2L', location: 'F-01-01', condition: '', quantity: 3, lot: 'IC240811' });
    expect(buildReturnPayload({ ...draft, lot: null })).toMatchObject({ lot: null });
    expect(buildReturnPayload({ ...draft, item: item({ lotTracked: false }) })).not.toHaveProperty('lot');
    expect(returnPayload.safeParse(buildReturnPayload(draft)).success).toBe(true);
  });

  test('R13: serialized units return by serial, each with its lot; a lot never splits them from a slot', () => {
    const meter = item({ id: 'itm-meter', sku: 'METER-G5', serialized: true });
    const known: Serial = { id: 'x', itemId: 'itm-meter', serial: 'MG5-1001', lot: 'MG-2407', slotId: null, status: 'picked' };
    expect(returnSerial(meter, 'MG5-1001', known, [])).toEqual({ kind: 'serial', returned: { serial: 'MG5-1001', lot: 'MG-2407', inStock: false }, warning: null });
    expect(returnSerial(meter, 'MG5-1001', { ...known, status: 'in-stock', slotId: 's' }, [])).toMatchObject({ warning: expect.stringContaining('still in stock') });
    expect(returnSerial(meter, 'NOPE', undefined, [])).toMatchObject({ kind: 'refused' });
    const payload = buildReturnPayload({ item: meter, lot: null, locationCode: 'A-02-02', condition: '', quantity: 7, serials: [{ serial: 'MG5-1001', lot: 'MG-2407', inStock: false }] });
    expect(payload).toEqual({ item: 'METER-G5', location: 'A-02-02', condition: '', quantity: 1, serials: ['MG5-1001'] });
    expect(returnPayload.safeParse(payload).success).toBe(true);
    expect(returnTarget(meter, null, 'F-01-02', slots.map((s) => ({ ...s, itemId: 'itm-meter', lot: null })))).toMatchObject({ kind: 'slot' });
  });

  test("the returned quantity is the label's (30)/(37) count; another unit of the item adds one; anything else is refused", () => {
    expect(labelCount(parseScan('(01)05012345000039(10)IC240811(30)6'))).toBe(6);
    expect(labelCount(parseScan('(01)05012345000039(10)IC240811'))).toBeUndefined();
    expect(labelCount(parseScan('ICE-2L'))).toBeUndefined();
    expect(returnQuantityScan(item(), 'IC240811', parseScan('(01)05012345000039(10)IC240811(37)4'))).toEqual({ kind: 'set', quantity: 4 });
    expect(returnQuantityScan(item(), 'IC240811', parseScan('ICE-2L'))).toEqual({ kind: 'add-one' });
    expect(returnQuantityScan(item(), 'IC240811', parseScan('5012345000039'))).toEqual({ kind: 'add-one' });
    expect(returnQuantityScan(item(), 'IC240811', parseScan('(01)05012345000039(10)IC240902(30)2'))).toMatchObject({ kind: 'refused', message: expect.stringContaining('lot IC240902') });
    expect(returnQuantityScan(item(), 'IC240811', parseScan('(01)05012345000022(30)2'))).toMatchObject({ kind: 'refused', message: expect.stringContaining('Wrong item') });
    expect(returnQuantityScan(item(), 'IC240811', parseScan('F-01-01'))).toMatchObject({ kind: 'refused', message: expect.stringContaining('scan another unit of ICE-2L') });
  });
});
