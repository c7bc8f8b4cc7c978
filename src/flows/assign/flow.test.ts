import { describe, expect, test } from 'vitest';
import { assignPayload, parseScan, type Item } from '../../domain';
import {
  addSerialCheck, conditionRows, itemCode, locationScan, rowBlock, stockScan, type ConditionRow,
} from './flow';
import { build as buildAssignPayload } from './payload';
import { say } from '../../words';

const item = (over: Partial<Item> = {}): Item => ({
  id: 'itm-yog', sku: 'YOG-500', name: 'Greek yoghurt', gtins: ['5012345000022'], unit: 'pot', lotTracked: true, lotAtPack: true,
  serialized: false, durable: false, conditions: [], specialHandling: false, ...over,
});
const yog = item();
const box = item({ id: 'itm-box', sku: 'BOX-S', gtins: [], lotTracked: false, lotAtPack: false });
const tc52 = item({ id: 'itm-tc52', sku: 'TC52', gtins: ['5012345000084'], durable: true, conditions: ['new', 'used', 'damaged'] });
const meter = item({ id: 'itm-meter', sku: 'METER-G5', gtins: ['5012345000077'], serialized: true });
const row = (over: Partial<ConditionRow> = {}): ConditionRow => ({ condition: '', quantity: 0, lot: '', serials: [], ...over });

describe('assign wizard: rows, scans and the recorded assignment', () => {
  test('R8: a tracked item with a non-zero quantity requires a lot; zero needs none', () => {
    expect(rowBlock(yog, row({ quantity: 5 }))).toBe(say('assign.lot-required'));
    expect(rowBlock(yog, row({ quantity: 5, lot: 'Y25-1' }))).toBeNull();
    expect(rowBlock(yog, row({ quantity: 0 }))).toBeNull();
    expect(rowBlock(box, row({ quantity: 5 }))).toBeNull();
    const payload = buildAssignPayload(yog, 'A-01-03', 20, [row({ quantity: 5, lot: ' Y25-1 ' })]);
    expect(payload).toEqual({ item: 'YOG-500', location: 'A-01-03', capacity: 20, conditions: [{ condition: '', quantity: 5, lot: 'Y25-1' }] });
    expect(assignPayload.safeParse(payload).success).toBe(true);
    expect(buildAssignPayload(yog, 'A-01-03', 20, [row({ lot: 'X' })]).conditions).toEqual([{ condition: '', quantity: 0 }]);
  });

  test('R8: a durable item has one row per condition, each with its own lot', () => {
    const rows = conditionRows(tc52);
    expect(rows.map((r) => r.condition)).toEqual(['new', 'used', 'damaged']);
    expect(conditionRows(yog).map((r) => r.condition)).toEqual(['']);
    const filled = [row({ condition: 'new', quantity: 2, lot: 'T1' }), row({ condition: 'used', quantity: 1 }), row({ condition: 'damaged' })];
    expect(filled.map((r) => rowBlock(tc52, r))).toEqual([null, say('assign.lot-required'), null]);
    const payload = buildAssignPayload(tc52, 'A-02-04', 10, filled);
    expect(payload.conditions).toEqual([
      { condition: 'new', quantity: 2, lot: 'T1' }, { condition: 'used', quantity: 1 }, { condition: 'damaged', quantity: 0 },
    ]);
    expect(assignPayload.safeParse(payload).success).toBe(true);
  });

  test('R13: serials are created with their lots; the quantity is the number of serials', () => {
    const rows = [row({ quantity: 99, serials: [{ serial: 'MG5-2001', lot: 'MG-2501' }, { serial: 'MG5-2002', lot: 'MG-2501' }] })];
    const payload = buildAssignPayload(meter, 'A-02-04', 20, rows);
    expect(payload.conditions).toEqual([{ condition: '', quantity: 2, serials: [{ serial: 'MG5-2001', lot: 'MG-2501' }, { serial: 'MG5-2002', lot: 'MG-2501' }] }]);
    expect(assignPayload.safeParse(payload).success).toBe(true);
    expect(addSerialCheck(meter, 'MG5-2003', '', rows, false)).toMatch(/lot/);
    expect(addSerialCheck(meter, 'MG5-2001', 'MG-2501', rows, false)).toMatch(/already in this assignment/);
    expect(addSerialCheck(meter, 'MG5-1001', 'MG-2501', rows, true)).toMatch(/already in stock/);
    expect(addSerialCheck(meter, 'MG5-2003', 'MG-2501', rows, false)).toBeNull();
  });

  test('R8, R13: at the stock step a scan is the lot, or the serial (a GS1 label may carry its lot)', () => {
    expect(stockScan(yog, parseScan('Y25-7'))).toEqual({ kind: 'lot', lot: 'Y25-7' });
    expect(stockScan(yog, parseScan('(01)05012345000022(10)Y25-8'))).toEqual({ kind: 'lot', lot: 'Y25-8' });
    expect(stockScan(yog, parseScan('(01)05012345000077(10)Y25-8'))).toMatchObject({ kind: 'refused', message: expect.stringContaining('Wrong item') });
    expect(stockScan(box, parseScan('ANY-1'))).toMatchObject({ kind: 'refused' });
    expect(stockScan(meter, parseScan('MG5-2009'))).toEqual({ kind: 'serial', serial: 'MG5-2009' });
    expect(stockScan(meter, parseScan('(01)05012345000077(10)MG-2501(21)MG5-2010'))).toEqual({ kind: 'serial', serial: 'MG5-2010', lot: 'MG-2501' });
    expect(locationScan(parseScan('A-02-04'))).toEqual({ kind: 'location', code: 'A-02-04' });
    expect(itemCode(parseScan('METER-G5'))).toEqual({ kind: 'item', code: 'METER-G5' });
  });
});
