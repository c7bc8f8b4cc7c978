import { describe, expect, test } from 'vitest';
import { parseCsv, detectDelimiter } from './csv';
import { readXlsx, XlsxError } from './xlsx';
import { makeXlsx, zip } from '../../../../sync-server/test/support/make-xlsx';
import { mapItemRows, mapLocationRows, parseFlag } from './map-rows';

describe('CSV', () => {
  test('quoted cells keep the delimiter, doubled quotes and line breaks', () => {
    expect(parseCsv('sku,name\r\nA-1,"Milk, 1 l ""fresh"""\r\nB-2,"two\nlines"\r\n')).toEqual([
      ['sku', 'name'], ['A-1', 'Milk, 1 l "fresh"'], ['B-2', 'two\nlines'],
    ]);
  });

  test('a semicolon file (Excel in many locales) is read by its header line; a BOM and blank lines are dropped', () => {
    const text = '\uFEFFsku;name;gtin\n\nA-1;Milk;4006381333931\n';
    expect(detectDelimiter(text.slice(1))).toBe(';');
    expect(parseCsv(text)).toEqual([['sku', 'name', 'gtin'], ['A-1', 'Milk', '4006381333931']]);
  });
});

describe('XLSX', () => {
  test('the first sheet is read through the workbook relationships: shared strings, numbers, booleans, gaps', async () => {
    const file = makeXlsx([['SKU', 'Name', 'GTIN', 'Lot tracked'], ['A-1', 'Milk <1 l> & co', 4006381333931, true], ['B-2', null, null, false]]);
    expect(await readXlsx(file)).toEqual([
      ['SKU', 'Name', 'GTIN', 'Lot tracked'],
      ['A-1', 'Milk <1 l> & co', '4006381333931', 'TRUE'],
      ['B-2', '', '', 'FALSE'],
    ]);
  });

  test('stored (uncompressed) parts and inline strings are read too', async () => {
    const file = zip({
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>code</t></is></c></row><row r="2"/></sheetData></worksheet>',
    }, { store: true });
    expect(await readXlsx(file)).toEqual([['', 'code']]);
  });

  test('a file that is not a workbook is refused with words, not a crash', async () => {
    await expect(readXlsx(new TextEncoder().encode('sku,name\nA,B\n'))).rejects.toThrow(XlsxError);
    await expect(readXlsx(new TextEncoder().encode('sku,name\nA,B\n'))).rejects.toThrow('not an .xlsx workbook');
  });
});

describe('item rows', () => {
  test('headers are found in any order and spelling; flags, lists and shelf life become the API row', () => {
    const mapped = mapItemRows([
      ['Lot_Tracking', 'Item number', 'Description', 'EAN', 'Shelf life (days)', 'Durable', 'Conditions', 'Colour'],
      ['yes', 'A-1', 'Milk', '4006381333931|96385074', '12', 'no', '', 'white'],
    ]);
    expect(mapped.missing).toEqual([]);
    expect(mapped.ignored).toEqual(['Colour']);
    expect(mapped.rows).toEqual([{
      line: 2, key: 'A-1', errors: [],
      input: { sku: 'A-1', name: 'Milk', gtins: ['4006381333931', '96385074'], lotTracked: true, durable: false, conditions: [], shelfLifeDays: 12 },
    }]);
  });

  test('a bad GTIN check digit, a non-flag and a fractional shelf life are errors of their row only', () => {
    const mapped = mapItemRows([
      ['sku', 'name', 'gtin', 'serialized', 'shelf life'],
      ['A-1', 'Milk', '4006381333932', 'maybe', '1.5'],
      ['B-2', 'Tape', '4006381333931', 'yes', ''],
    ]);
    const [bad, good] = mapped.rows;
    expect(bad!.input).toBeNull();
    // Cell problems first, then the shared row rules (the server's words).
    expect(bad!.errors.map((e) => e.field)).toEqual(['serialized', 'shelfLifeDays', 'gtins.0']);
    expect(bad!.errors[2]!.message).toBe('GTIN 4006381333932 has a wrong check digit (expected 1)');
    expect(good!.input).toEqual({ sku: 'B-2', name: 'Tape', gtins: ['4006381333931'], serialized: true });
  });

  test('a SKU twice in one file refuses both rows, naming the other line', () => {
    const mapped = mapItemRows([['sku', 'name'], ['A-1', 'Milk'], ['A-1', 'Milk 2']]);
    expect(mapped.rows.map((r) => r.errors.at(-1)?.message)).toEqual(['SKU A-1 is also on line 3', 'SKU A-1 is also on line 2']);
    expect(mapped.rows.every((r) => r.input === null)).toBe(true);
  });

  test('a durable item with an empty conditions cell is refused; without the column the server decides with the stored item', () => {
    expect(mapItemRows([['sku', 'name', 'durable', 'conditions'], ['P', 'Pump', 'yes', '']]).rows[0]!.errors).toEqual([
      { field: 'conditions', message: 'a durable item needs at least one condition (e.g. new, used)' },
    ]);
    expect(mapItemRows([['sku', 'name', 'durable'], ['P', 'Pump', 'yes']]).rows[0]).toMatchObject({ errors: [], input: { sku: 'P', durable: true } });
  });

  test('without a SKU column nothing is mapped, and the missing column is named', () => {
    expect(mapItemRows([['name'], ['Milk']])).toEqual({ rows: [], ignored: [], missing: ['SKU'] });
  });

  test('yes/no cells: empty keeps the server default', () => {
    expect([parseFlag('Yes'), parseFlag('0'), parseFlag(''), parseFlag('perhaps')]).toEqual([true, false, undefined, 'invalid']);
  });
});

describe('location rows', () => {
  test('a dock is a receiving location; an unknown type is named in the row error', () => {
    const mapped = mapLocationRows([['Location', 'Zone', 'Type', 'Active'], ['D-01', 'DOCK', 'Dock', 'yes'], ['Z-9', '', 'freezer', '']]);
    expect(mapped.rows[0]).toEqual({ line: 2, key: 'D-01', errors: [], input: { code: 'D-01', zone: 'DOCK', type: 'receiving', active: true } });
    expect(mapped.rows[1]!.errors).toEqual([{ field: 'type', message: 'type must be storage, receiving or packing, not "freezer"' }]);
  });
});
