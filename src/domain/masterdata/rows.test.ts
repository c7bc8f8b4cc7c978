import { describe, expect, test } from 'vitest';
import {
  ASSIGNMENT_ROWS, ITEM_ROWS, LOCATION_ROWS, PICK_LIST_ROWS, PURCHASE_ORDER_ROWS,
  assignmentKey, checkRows, gtinProblem, itemShapeErrors,
} from './rows';

describe('item rows', () => {
  test('a valid row parses with its fields trimmed', () => {
    const [row] = checkRows(ITEM_ROWS, [{ sku: ' MILK-1L ', name: 'Milk', gtins: ['5012345000015'], lotTracked: true, shelfLifeDays: 12 }]);
    expect(row).toEqual({
      index: 0, key: 'MILK-1L', ok: true,
      row: { sku: 'MILK-1L', name: 'Milk', gtins: ['5012345000015'], lotTracked: true, shelfLifeDays: 12 },
    });
  });

  test('a GTIN with a wrong check digit is an error naming the expected digit', () => {
    const [row] = checkRows(ITEM_ROWS, [{ sku: 'A', name: 'A', gtins: ['5012345000013'] }]);
    expect(row).toMatchObject({ ok: false, key: 'A', errors: [{ field: 'gtins.0', message: 'GTIN 5012345000013 has a wrong check digit (expected 5)' }] });
  });

  test('GTINs of 8, 12, 13 and 14 digits are accepted; other lengths are not', () => {
    expect(gtinProblem('96385074')).toBeNull();
    expect(gtinProblem('036000291452')).toBeNull();
    expect(gtinProblem('05012345000015')).toBeNull();
    expect(gtinProblem('12345')).toMatch(/not 8, 12, 13 or 14 digits/);
  });

  test('the same GTIN twice in one item (in two printed lengths) is an error', () => {
    const [row] = checkRows(ITEM_ROWS, [{ sku: 'A', name: 'A', gtins: ['5012345000015', '05012345000015'] }]);
    expect(row).toMatchObject({ ok: false, errors: [{ field: 'gtins', message: 'a GTIN is listed twice' }] });
  });

  test('an unknown field is an error, not silently ignored', () => {
    const [row] = checkRows(ITEM_ROWS, [{ sku: 'A', name: 'A', lottracked: true }]);
    expect(row).toMatchObject({ ok: false, errors: [{ field: 'lottracked', message: 'unknown field lottracked' }] });
  });

  test('a durable item needs conditions and only durable items have them', () => {
    expect(checkRows(ITEM_ROWS, [{ sku: 'A', name: 'A', durable: true, conditions: [] }])[0]).toMatchObject({ ok: false, errors: [{ field: 'conditions' }] });
    expect(checkRows(ITEM_ROWS, [{ sku: 'A', name: 'A', durable: false, conditions: ['new'] }])[0]).toMatchObject({ ok: false });
    expect(checkRows(ITEM_ROWS, [{ sku: 'A', name: 'A', durable: true, conditions: ['new', 'used'] }])[0]).toMatchObject({ ok: true });
    expect(itemShapeErrors({ durable: true, conditions: [], gtins: [] })).toHaveLength(1);
    // A row that leaves one of the two out is checked after merging with the stored item.
    expect(checkRows(ITEM_ROWS, [{ sku: 'A', name: 'A', durable: true }])[0]).toMatchObject({ ok: true });
    expect(checkRows(ITEM_ROWS, [{ sku: 'A', name: 'A', conditions: ['new'] }])[0]).toMatchObject({ ok: true });
  });

  test('a SKU used by an earlier row of the same request makes the later row an error; the first stays valid', () => {
    const rows = checkRows(ITEM_ROWS, [{ sku: 'A', name: 'one' }, { sku: 'B', name: 'b' }, { sku: 'A', name: 'two' }]);
    expect(rows.map((r) => r.ok)).toEqual([true, true, false]);
    expect(rows[2]).toMatchObject({ index: 2, key: 'A', errors: [{ field: 'sku', message: 'A is already in row 0 of this request' }] });
  });

  test('a row that is not an object still reports an error with its index', () => {
    const rows = checkRows(ITEM_ROWS, [null, 'x', { sku: 'A' }]);
    expect(rows.map((r) => [r.index, r.ok])).toEqual([[0, false], [1, false], [2, false]]);
    expect(rows[2]).toMatchObject({ key: 'A', errors: [{ field: 'name' }] });
  });
});

describe('location rows', () => {
  test('an unknown location type is a row error that lists the valid types', () => {
    const [row] = checkRows(LOCATION_ROWS, [{ code: 'X-1', type: 'shelf' }]);
    expect(row).toMatchObject({ ok: false, key: 'X-1', errors: [{ field: 'type', message: 'type must be storage, receiving or packing' }] });
  });

  test('a label code used twice in one request is an error on the second row', () => {
    const rows = checkRows(LOCATION_ROWS, [{ code: 'A-1', type: 'storage' }, { code: 'A-1', type: 'packing' }]);
    expect(rows.map((r) => r.ok)).toEqual([true, false]);
  });

  test('a label code with a space cannot be scanned back and is refused', () => {
    expect(checkRows(LOCATION_ROWS, [{ code: 'A 1', type: 'storage' }])[0]).toMatchObject({ ok: false, errors: [{ field: 'code' }] });
  });
});

describe('assignment, purchase order and pick list rows', () => {
  test('assignments are keyed by sku, location and condition', () => {
    const rows = checkRows(ASSIGNMENT_ROWS, [
      { sku: 'TC52', location: 'A-1', condition: 'new', capacity: 5 },
      { sku: 'TC52', location: 'A-1', condition: 'used', capacity: 5 },
      { sku: 'TC52', location: 'A-1', condition: 'new', capacity: 9 },
    ], assignmentKey);
    expect(rows.map((r) => [r.key, r.ok])).toEqual([['TC52@A-1/new', true], ['TC52@A-1/used', true], ['TC52@A-1/new', false]]);
  });

  test('a negative capacity is refused', () => {
    expect(checkRows(ASSIGNMENT_ROWS, [{ sku: 'A', location: 'B', capacity: -1 }])[0]).toMatchObject({ ok: false, errors: [{ field: 'capacity' }] });
  });

  test('a purchase order needs lines with distinct numbers, positive quantities and a real date', () => {
    const rows = checkRows(PURCHASE_ORDER_ROWS, [
      { number: 'PO-1', lines: [{ line: 1, sku: 'A', quantity: 5 }, { line: 1, sku: 'B', quantity: 5 }] },
      { number: 'PO-2', expectedDate: '2026-02-30', lines: [{ line: 1, sku: 'A', quantity: 0 }] },
      { number: 'PO-3', expectedDate: '2026-12-01', lines: [{ line: 1, sku: 'A', quantity: 3 }] },
    ]);
    expect(rows[0]).toMatchObject({ ok: false, errors: [{ field: 'lines', message: 'a line number is used twice' }] });
    expect(rows[1]).toMatchObject({ ok: false });
    expect(rows[1]?.ok === false && rows[1].errors.map((e) => e.field).sort()).toEqual(['expectedDate', 'lines.0.quantity']);
    expect(rows[2]).toMatchObject({ ok: true });
  });

  test('a pick list line may name a location; its status cannot be set to packed (packing does that)', () => {
    const rows = checkRows(PICK_LIST_ROWS, [
      { number: 'PL-1', shipment: 'SH-1', lines: [{ line: 1, sku: 'A', quantity: 2, location: 'C-01-01' }] },
      { number: 'PL-2', status: 'packed', lines: [{ line: 1, sku: 'A', quantity: 2 }] },
    ]);
    expect(rows.map((r) => r.ok)).toEqual([true, false]);
  });
});
