import { describe, expect, test } from 'vitest';
import { countExpectation, countPayload, parseScan, type Item, type Serial } from '../../domain';
import { build as buildCountPayload } from './payload';
import { countedAtStart, countLotScan, countSerial, countStepScan, expectedLotText, finishBlock, isLotCorrection, itemCode, locationScan, serialCode } from './flow';
import { say } from '../../words';

const item = (over: Partial<Item> = {}): Item => ({
  id: 'itm-yog', sku: 'YOG-500', name: 'Greek yoghurt', gtins: ['5012345000022'], unit: 'pot', lotTracked: true, lotAtPack: true,
  serialized: false, durable: false, conditions: [], specialHandling: false, ...over,
});
const pump = item({ id: 'itm-pump', sku: 'PUMP-X2', gtins: ['5012345000060'], serialized: true });
const box = item({ id: 'itm-box', sku: 'BOX-S', gtins: [], lotTracked: false, lotAtPack: false });
const slot = { lot: 'Y25-0917', lotUnknown: false, quantity: 150 };
const serial = (over: Partial<Serial> = {}): Serial => ({
  id: 'ser-1', itemId: 'itm-pump', serial: 'PX2-0001', lot: 'PX-L01', slotId: 'slot-a', status: 'in-stock', ...over,
});
const draft = { item: item(), locationCode: 'C-01-03', condition: '', expected: { lot: 'Y25-0917', quantity: 150 }, counted: 150, lot: 'Y25-0917', serials: [] };

describe('count wizard: what is shown, what a scan means, the recorded count', () => {
  test('R9: the expected lot and quantity are the slot as the device sees it', () => {
    expect(countExpectation(item(), slot)).toEqual({ lot: 'Y25-0917', quantity: 150 });
    expect(expectedLotText(item(), slot)).toBe('Y25-0917');
    expect(countExpectation(item(), { lot: null, lotUnknown: true, quantity: 12 })).toEqual({ lot: null, quantity: 12 });
    expect(expectedLotText(item(), { lot: null, lotUnknown: true, quantity: 12 })).toBe('Lot unknown');
    expect(countExpectation(box, { lot: null, lotUnknown: false, quantity: 3 })).toEqual({ lot: null, quantity: 3 });
  });

  test('R9: confirming the expected lot records it; the payload is valid', () => {
    const payload = buildCountPayload({ ...draft, counted: 148 });
    expect(payload).toEqual({ item: 'YOG-500', location: 'C-01-03', condition: '', expected: { lot: 'Y25-0917', quantity: 150 }, counted: { quantity: 148, lot: 'Y25-0917' } });
    expect(countPayload.safeParse(payload).success).toBe(true);
    expect(isLotCorrection(item(), 'Y25-0917', 148, 'Y25-0917')).toBe(false);
  });

  test('R10: a scanned lot label corrects the lot: shown as the remove-and-place pair', () => {
    expect(countLotScan(item(), parseScan('Y25-0999'))).toEqual({ kind: 'lot', lot: 'Y25-0999' });
    expect(countLotScan(item(), parseScan('(01)05012345000022(10)Y25-0999'))).toEqual({ kind: 'lot', lot: 'Y25-0999' });
    expect(countLotScan(item(), parseScan('(01)05012345000039(10)X'))).toMatchObject({ kind: 'refused', message: expect.stringContaining('Wrong item') });
    expect(isLotCorrection(item(), 'Y25-0917', 150, 'Y25-0999')).toBe(true);
    const payload = buildCountPayload({ ...draft, lot: 'Y25-0999' });
    expect(payload.counted).toEqual({ quantity: 150, lot: 'Y25-0999' });
    expect(countPayload.safeParse(payload).success).toBe(true);
  });

  test('R9: a slot with unknown lot cannot finish without one', () => {
    expect(finishBlock(item(), 12, '')).toBe(say('count.lot-required'));
    expect(finishBlock(item(), 12, '  ')).toBe(say('count.lot-required'));
    expect(finishBlock(item(), 12, 'Y1')).toBeNull();
    // R3: counted empty needs no lot; untracked items never do.
    expect(finishBlock(item(), 0, '')).toBeNull();
    expect(finishBlock(box, 5, '')).toBeNull();
    expect(buildCountPayload({ ...draft, item: box, expected: { lot: null, quantity: 300 }, counted: 299, lot: 'X' }).counted).toEqual({ quantity: 299 });
    expect(buildCountPayload({ ...draft, counted: 0 }).counted).toEqual({ quantity: 0 });
  });

  test('R14: serials are counted by scanning; each keeps its lot; the payload carries no lot', () => {
    expect(countSerial(pump, 'PX2-0001', serial(), 'slot-a', [])).toEqual({ kind: 'serial', counted: { serial: 'PX2-0001', lot: 'PX-L01', inSlot: true } });
    expect(countSerial(pump, 'PX2-0001', serial({ slotId: 'slot-b' }), 'slot-a', [])).toMatchObject({ counted: { inSlot: false } });
    expect(countSerial(pump, 'PX2-0001', serial(), 'slot-a', [{ serial: 'PX2-0001', lot: 'PX-L01', inSlot: true }])).toMatchObject({ kind: 'refused' });
    expect(countSerial(pump, 'NOPE', undefined, 'slot-a', [])).toMatchObject({ kind: 'refused' });
    expect(countSerial(pump, 'PX2-0001', serial({ itemId: 'itm-meter' }), 'slot-a', [])).toMatchObject({ kind: 'refused', message: expect.stringContaining('Wrong item') });
    expect(countLotScan(pump, parseScan('PX-L09'))).toMatchObject({ kind: 'refused' });
    const payload = buildCountPayload({
      ...draft, item: pump, locationCode: 'A-02-01', expected: { lot: null, quantity: 4 }, counted: 99, lot: 'IGNORED',
      serials: [{ serial: 'PX2-0001', lot: 'PX-L01', inSlot: true }, { serial: 'PX2-0003', lot: 'PX-L02', inSlot: true }],
    });
    expect(payload.counted).toEqual({ quantity: 2 });
    expect(payload.serials).toEqual(['PX2-0001', 'PX2-0003']);
    expect(countPayload.safeParse(payload).success).toBe(true);
  });

  test('R9: a location is a plain label; an item may be a GS1 label; a serial label must be this item\'s', () => {
    expect(locationScan(parseScan('C-01-03'))).toEqual({ kind: 'location', code: 'C-01-03' });
    expect(locationScan(parseScan('(01)05012345000022(10)Y1'))).toMatchObject({ kind: 'refused' });
    expect(itemCode(parseScan('(01)05012345000022(10)Y1'))).toEqual({ kind: 'item', code: '05012345000022' });
    expect(serialCode(pump, parseScan('(01)05012345000060(21)PX2-0002'))).toEqual({ kind: 'serial', serial: 'PX2-0002' });
    expect(serialCode(pump, parseScan('(01)05012345000022(21)S1'))).toMatchObject({ kind: 'refused' });
  });

  test('blind count: the counted quantity starts empty and cannot finish until entered; otherwise it starts as recorded', () => {
    expect(countedAtStart(item(), 150, true)).toBeNull();
    expect(countedAtStart(item(), 150, false)).toBe(150);
    expect(finishBlock(item(), null, 'Y25-0917')).toBe(say('count.count.enter-quantity'));
    expect(isLotCorrection(item(), 'Y25-0917', null, 'Y25-0999')).toBe(false);
  });

  test("R9: a label's (30)/(37) count sets the counted quantity (with its lot); the item's own barcode is not a lot", () => {
    expect(countStepScan(item(), parseScan('(01)05012345000022(10)Y25-0917(30)148'))).toEqual({ kind: 'quantity', quantity: 148, lot: 'Y25-0917' });
    expect(countStepScan(box, parseScan('(37)12'))).toEqual({ kind: 'quantity', quantity: 12 });
    expect(countStepScan(item(), parseScan('(01)05012345000039(30)5'))).toMatchObject({ kind: 'refused', message: expect.stringContaining('Wrong item') });
    expect(countStepScan(item(), parseScan('YOG-500'))).toMatchObject({ kind: 'refused', message: expect.stringContaining("own barcode") });
    expect(countStepScan(item(), parseScan('5012345000022'))).toMatchObject({ kind: 'refused' });
    expect(countStepScan(item(), parseScan('Y25-0999'))).toEqual({ kind: 'lot', lot: 'Y25-0999' });
    expect(countStepScan(box, parseScan('ANYTHING'))).toMatchObject({ kind: 'refused', message: expect.stringContaining('does not track lots') });
  });
});
