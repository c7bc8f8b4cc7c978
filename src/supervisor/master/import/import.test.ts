// The master-data import's mapping: sheet rows, as the server's sheet reader
// answers them (its parsing is tested in sync-server/test/read-table.test.ts),
// to the API's item and location rows with each row's problems.
import { describe, expect, test } from 'vitest';
import type { SheetRow, SheetTable } from '../../../domain';
import { mapItemRows, mapLocationRows, parseFlag } from './map-rows';

/** A sheet with its rows on spreadsheet lines 2, 3, ... (as the server answers a sheet without empty rows). */
function sheet(header: string[], ...rows: (string[] | SheetRow)[]): SheetTable {
  return { header, rows: rows.map((r, i) => (Array.isArray(r) ? { line: i + 2, cells: r } : r)) };
}

describe('item rows', () => {
  test('headers are found in any order and spelling; flags, lists and shelf life become the API row', () => {
    const mapped = mapItemRows(sheet(
      ['Lot_Tracking', 'Item number', 'Description', 'EAN', 'Shelf life (days)', 'Durable', 'Conditions', 'Colour'],
      ['yes', 'A-1', 'Milk', '4006381333931|96385074', '12', 'no', '', 'white'],
    ));
    expect(mapped.missing).toEqual([]);
    expect(mapped.ignored).toEqual(['Colour']);
    expect(mapped.rows).toEqual([{
      line: 2, key: 'A-1', errors: [],
      input: { sku: 'A-1', name: 'Milk', gtins: ['4006381333931', '96385074'], lotTracked: true, durable: false, conditions: [], shelfLifeDays: 12 },
    }]);
  });

  test('a bad GTIN check digit, a non-flag and a fractional shelf life are errors of their row only', () => {
    const mapped = mapItemRows(sheet(
      ['sku', 'name', 'gtin', 'serialized', 'shelf life'],
      ['A-1', 'Milk', '4006381333932', 'maybe', '1.5'],
      ['B-2', 'Tape', '4006381333931', 'yes', ''],
    ));
    const [bad, good] = mapped.rows;
    expect(bad!.input).toBeNull();
    // Cell problems first, then the shared row rules (the server's words).
    expect(bad!.errors.map((e) => e.field)).toEqual(['serialized', 'shelfLifeDays', 'gtins.0']);
    expect(bad!.errors[2]!.message).toBe('GTIN 4006381333932 has a wrong check digit (expected 1)');
    expect(good!.input).toEqual({ sku: 'B-2', name: 'Tape', gtins: ['4006381333931'], serialized: true });
  });

  test('a SKU twice in one file refuses both rows, naming the other row by its spreadsheet number (empty rows counted)', () => {
    const mapped = mapItemRows(sheet(['sku', 'name'], { line: 2, cells: ['A-1', 'Milk'] }, { line: 5, cells: ['A-1', 'Milk 2'] }));
    expect(mapped.rows.map((r) => [r.line, r.errors.at(-1)?.message])).toEqual([[2, 'SKU A-1 is also on line 5'], [5, 'SKU A-1 is also on line 2']]);
    expect(mapped.rows.every((r) => r.input === null)).toBe(true);
  });

  test('a durable item with an empty conditions cell is refused; without the column the server decides with the stored item', () => {
    expect(mapItemRows(sheet(['sku', 'name', 'durable', 'conditions'], ['P', 'Pump', 'yes', ''])).rows[0]!.errors).toEqual([
      { field: 'conditions', message: 'a durable item needs at least one condition (e.g. new, used)' },
    ]);
    expect(mapItemRows(sheet(['sku', 'name', 'durable'], ['P', 'Pump', 'yes'])).rows[0]).toMatchObject({ errors: [], input: { sku: 'P', durable: true } });
  });

  test('without a SKU column nothing is mapped, and the missing column is named', () => {
    expect(mapItemRows(sheet(['name'], ['Milk']))).toEqual({ rows: [], ignored: [], missing: ['SKU'] });
  });

  test('a cell the server could not read refuses its row in the server\'s words when the column is used, and is ignored in an ignored column', () => {
    const formula = 'cell B2 (Name) is a formula without a saved value: type the value, or open and save the file in Excel first';
    const mapped = mapItemRows(sheet(['SKU', 'Name', 'Colour'],
      { line: 2, cells: ['A-1', '', 'red'], unreadable: [{ column: 1, message: formula }] },
      { line: 3, cells: ['A-2', 'Tape', ''], unreadable: [{ column: 2, message: 'cell C3 (Colour) shows an error value' }] }));
    expect(mapped.rows.map((r) => [r.input === null, r.errors])).toEqual([
      [true, [{ field: 'name', message: formula }]],
      [false, []],
    ]);
  });

  test('yes/no cells: empty keeps the server default', () => {
    expect([parseFlag('Yes'), parseFlag('0'), parseFlag(''), parseFlag('perhaps')]).toEqual([true, false, undefined, 'invalid']);
  });
});

describe('location rows', () => {
  test('a dock is a receiving location; an unknown type is named in the row error', () => {
    const mapped = mapLocationRows(sheet(['Location', 'Zone', 'Type', 'Active'], ['D-01', 'DOCK', 'Dock', 'yes'], ['Z-9', '', 'freezer', '']));
    expect(mapped.rows[0]).toEqual({ line: 2, key: 'D-01', errors: [], input: { code: 'D-01', zone: 'DOCK', type: 'receiving', active: true } });
    expect(mapped.rows[1]!.errors).toEqual([{ field: 'type', message: 'type must be storage, receiving or packing, not "freezer"' }]);
  });

  test('an unreadable type cell is refused once, in the server\'s words', () => {
    const message = 'cell B2 (Type) shows an error value';
    const mapped = mapLocationRows(sheet(['Code', 'Type'], { line: 2, cells: ['Z-1', ''], unreadable: [{ column: 1, message }] }));
    expect(mapped.rows[0]).toMatchObject({ input: null, errors: [{ field: 'type', message }] });
  });
});
