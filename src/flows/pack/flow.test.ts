import { describe, expect, test } from 'vitest';
import { packPayload, parseScan, type Item } from '../../domain';
import { build as buildPackPayload } from './payload';
import { asks, isLotMismatch, lineBlock, lineScan, shipmentScan, type PackLine } from './flow';

const item = (over: Partial<Item> = {}): Item => ({
  id: 'itm-yog', sku: 'YOG-500', name: 'Greek yoghurt', gtins: ['5012345000022'], unit: 'pot', lotTracked: true, lotAtPack: true,
  serialized: false, durable: false, conditions: [], specialHandling: false, ...over,
});
const yog = item();
const pump = item({ id: 'itm-pump', sku: 'PUMP-X2', gtins: ['5012345000060'], serialized: true });
const milk = item({ id: 'itm-milk', sku: 'MILK-1L', gtins: ['5012345000015'], lotAtPack: false });
const atPackOnly = item({ id: 'itm-x', sku: 'X-1', lotTracked: false, lotAtPack: true });
const ON = { requireLotAtPack: true };
const OFF = { requireLotAtPack: false };
const line = (over: Partial<PackLine> = {}): PackLine => ({ key: 'l1', item: yog, quantity: 2, lot: '', serial: '', pickedLot: '', ...over });

describe('pack wizard: what a line records, and the recorded pack', () => {
  test('R15: with the setting on, an item that requires lots asks a lot (and a serial where serialized)', () => {
    expect(asks(yog, ON)).toEqual({ lot: true, serial: false });
    expect(asks(pump, ON)).toEqual({ lot: true, serial: true });
    expect(asks(yog, OFF)).toEqual({ lot: false, serial: false });
    expect(lineBlock(line(), asks(yog, ON))).toMatch(/lot/);
    expect(lineBlock(line({ lot: 'Y1' }), asks(yog, ON))).toBeNull();
    expect(lineBlock(line({ item: pump, quantity: 1, lot: 'PX-L01' }), asks(pump, ON))).toMatch(/serial/);
    expect(lineBlock(line(), asks(yog, OFF))).toBeNull();
  });

  test('R15a: asking follows lotAtPack, not lot tracking', () => {
    expect(asks(milk, ON)).toEqual({ lot: false, serial: false });
    expect(asks(atPackOnly, ON)).toEqual({ lot: true, serial: false });
  });

  test('R15: a lot other than the picked lot is shown, not blocked, and both are recorded', () => {
    const l = line({ lot: 'Y25-0001', pickedLot: 'Y25-0917' });
    expect(isLotMismatch(l)).toBe(true);
    expect(lineBlock(l, asks(yog, ON))).toBeNull();
    expect(isLotMismatch(line({ lot: 'Y25-0917', pickedLot: 'Y25-0917' }))).toBe(false);
    expect(isLotMismatch(line({ lot: 'Y25-0917' }))).toBe(false);
    const payload = buildPackPayload(' SHP-1 ', [l], ON);
    expect(payload).toEqual({ shipment: 'SHP-1', lines: [{ item: 'YOG-500', quantity: 2, lot: 'Y25-0001', pickedLot: 'Y25-0917' }] });
    expect(packPayload.safeParse(payload).success).toBe(true);
  });

  test('R15: with recording off, a line carries no lot unless its label was scanned with one; serialized lines carry their serial', () => {
    expect(buildPackPayload('S', [line()], OFF).lines).toEqual([{ item: 'YOG-500', quantity: 2 }]);
    expect(buildPackPayload('S', [line({ lot: 'Y1', pickedLot: 'Y0' })], OFF).lines).toEqual([{ item: 'YOG-500', quantity: 2, lot: 'Y1' }]);
    expect(buildPackPayload('S', [line({ item: milk, lot: 'M1' })], ON).lines).toEqual([{ item: 'MILK-1L', quantity: 2, lot: 'M1' }]);
    const payload = buildPackPayload('S', [line({ item: pump, quantity: 1, lot: 'PX-L01', serial: 'PX2-0001' })], ON);
    expect(payload.lines).toEqual([{ item: 'PUMP-X2', quantity: 1, lot: 'PX-L01', serial: 'PX2-0001' }]);
    expect(packPayload.safeParse(payload).success).toBe(true);
  });

  test('R15: a GS1 label names the item and fills lot and serial; plain codes fill what is asked', () => {
    expect(shipmentScan(parseScan('SHP-2026-001'))).toEqual({ kind: 'shipment', reference: 'SHP-2026-001' });
    expect(shipmentScan(parseScan('(01)05012345000022(10)Y1'))).toMatchObject({ kind: 'refused' });
    expect(lineScan(parseScan('(01)05012345000060(10)PX-L01(21)PX2-0002'), null, asks(pump, ON)))
      .toEqual({ kind: 'item', code: '05012345000060', lot: 'PX-L01', serial: 'PX2-0002' });
    expect(lineScan(parseScan('YOG-500'), null, asks(yog, ON))).toEqual({ kind: 'item', code: 'YOG-500' });
    expect(lineScan(parseScan('Y25-0001'), line(), asks(yog, ON))).toEqual({ kind: 'fill', lot: 'Y25-0001' });
    expect(lineScan(parseScan('PX2-0003'), line({ item: pump, lot: 'PX-L01' }), asks(pump, ON))).toEqual({ kind: 'fill', serial: 'PX2-0003' });
    expect(lineScan(parseScan('(01)05012345000022(10)Y9'), line(), asks(yog, ON))).toEqual({ kind: 'fill', lot: 'Y9' });
    expect(lineScan(parseScan('(01)05012345000015(10)M1'), line(), asks(yog, ON))).toMatchObject({ kind: 'refused' });
    expect(lineScan(parseScan('ANY'), line({ lot: 'Y1' }), asks(yog, ON))).toMatchObject({ kind: 'refused', message: expect.stringContaining('Add the YOG-500 line') });
  });
});
