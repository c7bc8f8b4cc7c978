import { describe, expect, test } from 'vitest';
import { applyOperation } from '../apply';
import { ctxFor, makeWorld, op, SLOTS, withRows } from '../test-fixtures';
import type { World } from '../engine';
import { importStock, parseQuantity, type ImportRow, type ImportStockResult } from './import-stock';

let nextRow = 1;
const row = (item: string, location: string, quantity: string, lot = '', condition = ''): ImportRow => {
  nextRow += 1;
  return { row: nextRow, item, location, quantity, lot, condition };
};

function runImport(rows: ImportRow[], world: World = makeWorld()): ImportStockResult & { opId: string } {
  const operation = op('importStock', { file: 'stock.csv', rows });
  if (operation.type !== 'importStock') throw new Error('not an import');
  return { ...importStock(operation.payload, world, ctxFor(operation)), opId: operation.id };
}

const effectsOf = (r: ImportStockResult) => {
  if (r.result.outcome === 'rejected') throw new Error('rejected');
  return r.result.effects;
};

describe('importStock', () => {
  test('R11: a tracked item row without a lot is refused with its reason while the other rows apply', () => {
    const r = runImport([
      row('MILK-1L', 'A-01-01', '15'),
      row('BOLT-M8', 'A-01-01', '120'),
      row('MILK-1L', 'A-01-02', '8', 'L300'),
    ]);
    expect(r.rows.map((x) => [x.sku, x.status, x.code, x.rule])).toEqual([
      ['MILK-1L', 'refused', 'lot-required', 'R11'],
      ['BOLT-M8', 'set', null, null],
      ['MILK-1L', 'set', null, null],
    ]);
    expect(r.summary).toEqual({ total: 3, set: 2, lotChange: 0, unchanged: 0, refused: 1 });
    const slots = effectsOf(r).slots;
    expect(slots.find((s) => s.id === SLOTS.milkA1.id)).toBeUndefined();
    expect(slots.find((s) => s.id === SLOTS.boltA1.id)).toMatchObject({ quantity: 120 });
    expect(slots.find((s) => s.id === SLOTS.milkA2.id)).toMatchObject({ quantity: 8, lot: 'L300' });
  });

  test('R11: a tracked row setting zero needs no lot', () => {
    const r = runImport([row('MILK-1L', 'A-01-01', '0')]);
    expect(r.rows[0]).toMatchObject({ status: 'set', current: { quantity: 10, lot: 'L100' } });
    expect(effectsOf(r).transactions.map((t) => [t.type, t.quantity, t.lot])).toEqual([['adjust', -10, 'L100']]);
  });

  test('R10: a lot change by import writes the remove-and-place pair', () => {
    const r = runImport([row('MILK-1L', 'A-01-01', '12', 'L101')]);
    expect(r.rows[0]).toMatchObject({ status: 'lot-change', code: 'lot-changed', rule: 'R10', details: { from: 'L100', to: 'L101' } });
    expect(effectsOf(r).transactions.map((t) => [t.type, t.quantity, t.lot])).toEqual([
      ['adjust-remove', -10, 'L100'],
      ['adjust-place', 12, 'L101'],
    ]);
    expect(effectsOf(r).slots[0]).toMatchObject({ quantity: 12, lot: 'L101', lotUnknown: false });
  });

  test('R11: an import gives a slot of unknown lot its lot (the pair) and closes its count task', () => {
    const world = withRows(makeWorld(), { slots: [{ ...SLOTS.milkA1, lot: null, lotUnknown: true, needsCount: true }] });
    const r = runImport([row('MILK-1L', 'A-01-01', '10', 'L7')], world);
    expect(r.rows[0]).toMatchObject({ status: 'lot-change', current: { quantity: 10, lot: null, lotUnknown: true } });
    expect(effectsOf(r).transactions.map((t) => [t.type, t.quantity, t.lot, t.lotUnknown])).toEqual([
      ['adjust-remove', -10, null, true],
      ['adjust-place', 10, 'L7', false],
    ]);
    expect(effectsOf(r).slots[0]).toMatchObject({ lot: 'L7', lotUnknown: false, needsCount: false });
  });

  test('R12: a quantity change of the same lot is one adjust transaction carrying the lot', () => {
    const r = runImport([row('MILK-1L', 'A-01-01', '4', 'L100'), row('MILK-1L', 'RCV-01', '20', 'L200')]);
    expect(r.rows.map((x) => x.status)).toEqual(['set', 'unchanged']);
    expect(effectsOf(r).transactions).toEqual([
      expect.objectContaining({ type: 'adjust', quantity: -6, lot: 'L100', lotUnknown: false, slotId: SLOTS.milkA1.id, deviceId: 'dev-1' }),
    ]);
  });

  test('lots keep their leading zeros and date-like text as typed', () => {
    const r = runImport([row('MILK-1L', 'A-01-02', '5', '007'), row('VAC-5', 'A-01-01', '3', '2024-08-11')]);
    expect(effectsOf(r).transactions.map((t) => t.lot)).toEqual(['007', '2024-08-11']);
  });

  test('R13: serialized stock is refused: it is set by counting its serials', () => {
    const r = runImport([row('PUMP-X1', 'B-02-01', '5', 'P1')]);
    expect(r.rows[0]).toMatchObject({ status: 'refused', code: 'serials-required', rule: 'R13' });
  });

  test('C3: unknown items, locations and conditions, empty cells and bad quantities are refused per row', () => {
    const r = runImport([
      row('NOPE-1', 'A-01-01', '1'),
      row('BOLT-M8', 'B-99-9', '1'),
      row('DRILL-18V', 'A-01-02', '1', 'D1', 'broken'),
      row('BOLT-M8', 'A-01-01', '1.5'),
      row('BOLT-M8', 'A-01-01', '-3'),
      row('', 'A-01-01', '1'),
      row('BOLT-M8', ' ', '1'),
      { ...row('BOLT-M8', 'A-01-01', ''), unreadable: { column: 'quantity', cell: 'C9', reason: 'formula' } },
    ]);
    expect(r.rows.map((x) => x.code)).toEqual([
      'unknown-item', 'unknown-location', 'unknown-condition', 'bad-quantity', 'bad-quantity',
      'item-missing', 'location-missing', 'unreadable-cell',
    ]);
    expect(r.rows.every((x) => x.status === 'refused')).toBe(true);
    expect(effectsOf(r).transactions).toEqual([]);
  });

  test('C3: a location taken out of use can be counted down or emptied by a sheet, never stocked up', () => {
    const world = makeWorld({ locations: makeWorld().locations.map((l) => (l.code === 'A-01-01' ? { ...l, active: false } : l)) });
    // A-01-01 holds 100 BOLT-M8, 10 MILK-1L (L100) and 0 VAC-5.
    const r = runImport([row('BOLT-M8', 'A-01-01', '120'), row('MILK-1L', 'A-01-01', '0'), row('VAC-5', 'A-01-01', '1', 'V1')], world);
    expect(r.rows.map((x) => [x.status, x.code])).toEqual([['refused', 'inactive-location'], ['set', null], ['refused', 'inactive-location']]);
    expect(r.rows[0]?.details).toEqual({ location: 'A-01-01', current: 100 });
    const down = runImport([row('BOLT-M8', 'A-01-01', '60'), row('BOLT-M8', 'A-01-02', '0')], world);
    expect(down.rows.map((x) => [x.status, x.code])).toEqual([['set', null], ['unchanged', null]]);
  });

  test('C3: an item taken out of use can be counted down or emptied by a sheet, never stocked up, in any location', () => {
    const world = makeWorld({ items: makeWorld().items.map((i) => (i.sku === 'BOLT-M8' ? { ...i, active: false } : i)) });
    const r = runImport([row('BOLT-M8', 'A-01-01', '101'), row('BOLT-M8', 'A-01-02', '3'), row('BOLT-M8', 'RCV-01', '10'), row('MILK-1L', 'A-01-02', '4', 'L9')], world);
    expect(r.rows.map((x) => [x.status, x.code])).toEqual([
      ['refused', 'inactive-item'], ['refused', 'inactive-item'], ['set', null], ['set', null],
    ]);
    expect(r.rows[0]?.details).toEqual({ item: 'BOLT-M8', current: 100 });
    expect(effectsOf(r).slots.find((s) => s.id === SLOTS.boltDock.id)).toMatchObject({ quantity: 10 });
    expect(effectsOf(r).slots.find((s) => s.id === SLOTS.boltA1.id)).toBeUndefined();
  });

  test('a slot named twice in one sheet is refused the second time, whatever the order', () => {
    const r = runImport([row('BOLT-M8', 'A-01-01', '50'), row('012345678905', 'A-01-01', '70')]);
    expect(r.rows[1]).toMatchObject({ status: 'refused', code: 'duplicate-slot', details: { firstRow: r.rows[0]?.row } });
    expect(effectsOf(r).slots[0]).toMatchObject({ quantity: 50 });
  });

  test('a GTIN names the item; durable items are set per condition', () => {
    const r = runImport([row('4006381333931', 'A-01-02', '6', 'L9'), row('DRILL-18V', 'A-01-02', '2', 'D2', 'used')]);
    expect(r.rows.map((x) => [x.sku, x.status])).toEqual([['MILK-1L', 'set'], ['DRILL-18V', 'set']]);
    expect(effectsOf(r).slots.map((s) => s.id)).toEqual([SLOTS.milkA2.id, SLOTS.drillUsed.id]);
  });

  test('R1: a lot given for an untracked item is ignored and said so', () => {
    const r = runImport([row('BOLT-M8', 'A-01-01', '100', 'X1')]);
    expect(r.rows[0]).toMatchObject({ status: 'unchanged', lot: null, code: 'lot-ignored', rule: 'R1' });
  });

  test('a missing assignment is created by a non-zero row, never by a zero one', () => {
    const r = runImport([row('BOLT-M8', 'C-03-01', '7'), row('BOLT-M8', 'B-02-01', '0')]);
    expect(r.rows.map((x) => [x.status, x.code])).toEqual([['set', 'new-assignment'], ['unchanged', null]]);
    expect(effectsOf(r).slots).toEqual([expect.objectContaining({ locationId: 'l-c1', capacity: 0, quantity: 7 })]);
  });

  test('C1: ids derive from the operation across rows, so the same sheet gives the same effects', () => {
    const rows = [row('MILK-1L', 'A-01-01', '12', 'L101'), row('BOLT-M8', 'C-03-01', '7')];
    const r = runImport(rows);
    expect(effectsOf(r).transactions.map((t) => t.id)).toEqual([`${r.opId}/t1`, `${r.opId}/t2`, `${r.opId}/t3`]);
    expect(effectsOf(r).slots.map((s) => s.id)).toContain(`${r.opId}/s1`);
  });

  test('C3: only a supervisor imports', () => {
    const operation = op('importStock', { rows: [row('BOLT-M8', 'A-01-01', '1')] });
    expect(applyOperation(operation, makeWorld(), ctxFor(operation, 'operator'))).toMatchObject({ outcome: 'rejected', code: 'forbidden' });
  });

  test('quantities are whole numbers ≥ 0 as a spreadsheet writes them', () => {
    expect(['12', ' 12 ', '12.0', '0', '1000000'].map(parseQuantity)).toEqual([12, 12, 12, 0, 1_000_000]);
    expect(['', '1.5', '-3', '1e3', 'twelve', '1000001'].map(parseQuantity)).toEqual([null, null, null, null, null, null]);
  });
});
