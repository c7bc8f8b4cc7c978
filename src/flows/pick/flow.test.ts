import { describe, expect, test } from 'vitest';
import { parseScan, pickPayload, type Item, type Serial } from '../../domain';
import { build as buildPickPayload } from './payload';
import {
  isShortPick, itemCode, labelCount, labelLot, locationForLine, locationScan, lotOnGoods, pickSerial, serialCode, slotLotText, slotsForPick,
} from './flow';

const item = (over: Partial<Item> = {}): Item => ({
  id: 'itm-ice', sku: 'ICE-2L', name: 'Ice cream', gtins: ['5012345000039'], unit: 'tub', lotTracked: true, lotAtPack: false,
  serialized: false, durable: false, conditions: [], specialHandling: false, ...over,
});
const meter = item({ id: 'itm-meter', sku: 'METER-G5', gtins: ['5012345000077'], serialized: true });
const slot = { lot: 'IC240811', lotUnknown: false, quantity: 40 };
const serial = (over: Partial<Serial> = {}): Serial => ({
  id: 'ser-1', itemId: 'itm-meter', serial: 'MG5-1001', lot: 'MG-2407', slotId: 'slot-a', status: 'in-stock', ...over,
});
const draft = { item: item(), locationCode: 'F-01-01', condition: '', quantity: 5, requested: null, pickList: '', serials: [] };

describe('pick wizard: scans, guidance and the recorded pick', () => {
  test('R4: the slot\'s lot is shown, and the payload never carries a lot', () => {
    expect(slotLotText(item(), slot)).toBe('Lot IC240811');
    const payload = buildPickPayload(draft);
    expect(payload).toEqual({ item: 'ICE-2L', location: 'F-01-01', condition: '', quantity: 5 });
    expect(payload).not.toHaveProperty('lot');
    expect(pickPayload.safeParse(payload).success).toBe(true);
  });

  test('R2: a slot of unknown lot is picked from, and the screen says it will be flagged', () => {
    expect(slotLotText(item(), { lot: null, lotUnknown: true, quantity: 12 })).toMatch(/Lot unknown.*flagged/);
  });

  test('C2: a short pick keeps the requested quantity and the list so the engine flags it', () => {
    expect(isShortPick(4, 10)).toBe(true);
    expect(isShortPick(10, 10)).toBe(false);
    expect(isShortPick(4, null)).toBe(false);
    const payload = buildPickPayload({ ...draft, quantity: 4, requested: 10, pickList: ' PL-77 ' });
    expect(payload).toEqual({ item: 'ICE-2L', location: 'F-01-01', condition: '', quantity: 4, requested: 10, pickList: 'PL-77' });
    expect(pickPayload.safeParse(payload).success).toBe(true);
  });

  test('R13: a serialized pick lists its serials, one per unit, each with its lot shown', () => {
    const picked = pickSerial(meter, 'MG5-1001', serial(), 'slot-a', []);
    expect(picked).toEqual({ kind: 'serial', picked: { serial: 'MG5-1001', lot: 'MG-2407', inSlot: true }, warning: null });
    const payload = buildPickPayload({ ...draft, item: meter, locationCode: 'A-02-02', quantity: 99, serials: [{ serial: 'MG5-1001', lot: 'MG-2407', inSlot: true }] });
    expect(payload).toEqual({ item: 'METER-G5', location: 'A-02-02', condition: '', quantity: 1, serials: ['MG5-1001'] });
    expect(pickPayload.safeParse(payload).success).toBe(true);
  });

  test('R13/C2: a serial the system has in another slot is warned about but taken', () => {
    const picked = pickSerial(meter, 'MG5-1001', serial({ slotId: 'slot-b' }), 'slot-a', []);
    expect(picked).toMatchObject({ kind: 'serial', picked: { inSlot: false }, warning: expect.stringContaining('not in this slot') });
  });

  test('R13: unknown serials, another item\'s serials and repeats are refused', () => {
    expect(pickSerial(meter, 'X1', undefined, 'slot-a', [])).toMatchObject({ kind: 'refused' });
    expect(pickSerial(meter, 'MG5-1001', serial({ itemId: 'itm-other' }), 'slot-a', [])).toMatchObject({ kind: 'refused', message: expect.stringContaining('Wrong item') });
    expect(pickSerial(meter, 'MG5-1001', serial(), 'slot-a', [{ serial: 'MG5-1001', lot: 'MG-2407', inSlot: true }])).toMatchObject({ kind: 'refused' });
  });

  test('R4: the item must be stored in the scanned location; another product is the wrong item', () => {
    const slotsHere = [{ itemId: 'itm-ice', id: 's1' }, { itemId: 'itm-box', id: 's2' }];
    expect(slotsForPick(item(), 'ICE-2L', 'F-01-01', slotsHere)).toEqual({ kind: 'slots', slots: [{ itemId: 'itm-ice', id: 's1' }] });
    expect(slotsForPick(item({ id: 'itm-milk', sku: 'MILK-1L' }), 'MILK-1L', 'F-01-01', slotsHere))
      .toMatchObject({ kind: 'refused', message: 'Wrong item: MILK-1L is not stored in F-01-01.' });
    expect(slotsForPick(undefined, '05012345000022', 'F-01-01', slotsHere)).toMatchObject({ kind: 'refused', message: expect.stringContaining('Wrong item') });
  });

  test('R13: a serial label must be this item\'s; a location is a plain label, an item may be a GS1 label', () => {
    expect(locationScan(parseScan('F-01-01'))).toEqual({ kind: 'location', code: 'F-01-01' });
    expect(locationScan(parseScan('(01)05012345000039(10)IC240811'))).toMatchObject({ kind: 'refused' });
    expect(itemCode(parseScan('(01)05012345000039(10)IC240811'))).toEqual({ kind: 'item', code: '05012345000039', gs1: true });
    expect(serialCode(meter, parseScan('(01)05012345000039(21)S1'))).toMatchObject({ kind: 'refused', message: expect.stringContaining('Wrong item') });
    expect(serialCode(meter, parseScan('(01)05012345000077(21)MG5-1002'))).toEqual({ kind: 'serial', serial: 'MG5-1002' });
    expect(serialCode(meter, parseScan('MG5-1003'))).toEqual({ kind: 'serial', serial: 'MG5-1003' });
  });

  test('R8a: a GS1 label\'s lot is checked against the slot; a different one is a mismatch, recorded on the payload as the scanned lot', () => {
    const label = parseScan('(01)05012345000039(10)IC999999(37)4');
    expect(labelLot(label)).toBe('IC999999');
    expect(labelCount(label)).toBe(4);
    expect(labelLot(parseScan('ICE-2L'))).toBeNull();
    expect(lotOnGoods(item(), slot, 'IC999999')).toEqual({ kind: 'mismatch', expected: 'IC240811', found: 'IC999999' });
    expect(lotOnGoods(item(), slot, 'IC240811')).toEqual({ kind: 'match', lot: 'IC240811' });
    expect(lotOnGoods(item(), slot, null)).toBeNull();
    expect(lotOnGoods(item({ lotTracked: false }), slot, 'IC999999')).toBeNull();
    expect(lotOnGoods(meter, slot, 'IC999999')).toBeNull();
    const payload = buildPickPayload({ ...draft, scannedLot: 'IC999999' });
    expect(payload).toMatchObject({ lot: 'IC999999' });
    expect(pickPayload.safeParse(payload).success).toBe(true);
    expect(buildPickPayload({ ...draft, item: meter, serials: [{ serial: 'MG5-1001', lot: 'MG-2407', inSlot: true }], scannedLot: 'X' })).not.toHaveProperty('lot');
  });

  test('verify by scan: a list line\'s location is the one sent to; another is refused with where to go, unless it holds the item', () => {
    expect(locationForLine('F-01-02', 'F-01-02', true, true)).toEqual({ kind: 'go', warning: false });
    expect(locationForLine('F-01-03', 'F-01-02', false, false)).toEqual({ kind: 'refused', message: 'Wrong location: F-01-03. Go to F-01-02.' });
    expect(locationForLine('F-01-01', 'F-01-02', true, true)).toEqual({ kind: 'go', warning: false });
    expect(locationForLine('F-01-01', 'F-01-02', true, false)).toEqual({ kind: 'go', warning: true });
    expect(locationForLine('F-01-01', null, false, false)).toEqual({ kind: 'go', warning: false });
  });
});
