// POST /api/supervisor/import/read: any sheet read by the stock import's own
// reader and answered as header + rows of text, each with its spreadsheet row
// number; the master-data import maps these rows in the browser. Files are
// real bytes: CSV in the encodings Excel writes, .xlsx from exceljs and from
// a tool that names its sheet part other than sheetN.xml.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SheetTable } from '../src/domain';
import { SUPERVISOR, loginAs, startHarness, type Harness } from './harness';
import { makeXlsx } from './support/make-xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Items'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** UTF-16 with its byte-order mark, as Excel's "Unicode text" is saved. */
function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe('reading a sheet for the master-data import (PGlite)', () => {
  let h: Harness;
  let token = '';

  const send = (body: string | Buffer, type = 'text/csv') => h.app.inject({
    method: 'POST', url: '/api/supervisor/import/read', headers: { authorization: `Bearer ${token}`, 'content-type': type }, payload: body,
  });
  const read = async (body: string | Buffer, type?: string): Promise<SheetTable> => {
    const response = await send(body, type);
    if (response.statusCode !== 200) throw new Error(`read: ${response.statusCode} ${response.body}`);
    return response.json<SheetTable>();
  };
  const refusal = async (body: string | Buffer, type?: string) => {
    const response = await send(body, type);
    return { status: response.statusCode, ...response.json<{ error: { code: string; message: string } }>().error };
  };

  beforeAll(async () => {
    h = await startHarness('pglite');
    token = await loginAs(h.app, ...SUPERVISOR);
  });
  afterAll(async () => h?.close());

  test('UTF-16 CSV (Excel\'s "Unicode text", tab separated) and Windows-1252 CSV are read with their accents and euro signs', async () => {
    const unicode = await read(utf16le('SKU\tName\r\nA-1\tCrème brûlée €\r\nB-2\tÄpfel – süß\r\n'), 'text/plain');
    expect(unicode).toEqual({
      header: ['SKU', 'Name'],
      rows: [{ line: 2, cells: ['A-1', 'Crème brûlée €'] }, { line: 3, cells: ['B-2', 'Äpfel – süß'] }],
    });
    // é = 0xE9, € = 0x80, – = 0x96, ’ = 0x92 in Windows-1252: not valid UTF-8, so read as 1252.
    const ansi = Buffer.from([...Buffer.from('sku;name\nC-3;Caf'), 0xe9, 0x20, 0x80, 0x20, 0x96, 0x20, 0x92, ...Buffer.from('\n')]);
    expect((await read(ansi, 'application/vnd.ms-excel')).rows).toEqual([{ line: 2, cells: ['C-3', 'Café € – ’'] }]);
  });

  test('leading zeros and dates stay as the cell shows them, in CSV and in .xlsx; Excel\'s ="…" is its text', async () => {
    const csv = await read('sku,gtin,lot,zone\n007,04006381333931,2024-08-11,="0042"\n');
    expect(csv.rows[0]?.cells).toEqual(['007', '04006381333931', '2024-08-11', '0042']);
    const file = await workbook((sheet) => {
      sheet.addRow(['SKU', 'Shelf life days', 'Since', 'Lot tracked']);
      const row = sheet.addRow([7, 30, new Date(Date.UTC(2024, 7, 11)), true]);
      row.getCell(1).numFmt = '000';
      row.getCell(3).numFmt = 'yyyy-mm-dd';
    });
    expect((await read(file, XLSX)).rows).toEqual([{ line: 2, cells: ['007', '30', '2024-08-11', 'TRUE'] }]);
  });

  test('line numbers are the spreadsheet\'s: empty rows are skipped, not renumbered, and a header below empty rows keeps its number', async () => {
    const table = await read('\n\nCode,Type\nA-1,storage\n,\n\nA-2,dock\n');
    expect(table).toEqual({ header: ['Code', 'Type'], rows: [{ line: 4, cells: ['A-1', 'storage'] }, { line: 7, cells: ['A-2', 'dock'] }] });
  });

  test('a formula is never evaluated: a CSV formula or an .xlsx formula without a saved value is an empty cell with the reason; a saved value is read', async () => {
    const csv = await read('sku,name,unit\nA-1,=HYPERLINK("http://x"),pcs\n');
    expect(csv.rows).toEqual([{
      line: 2, cells: ['A-1', '', 'pcs'],
      unreadable: [{ column: 1, message: 'cell B2 (name) is a formula without a saved value: type the value, or open and save the file in Excel first' }],
    }]);
    const file = await workbook((sheet) => {
      sheet.addRow(['SKU', 'Name', 'Shelf life']);
      sheet.addRow(['A-1', 'Milk', { formula: '10+5', result: 15 }]);
      sheet.addRow(['A-2', { error: '#N/A' }, { formula: 'C2*2' }]);
    });
    const rows = (await read(file, XLSX)).rows;
    expect(rows[0]).toEqual({ line: 2, cells: ['A-1', 'Milk', '15'] });
    expect(rows[1]?.unreadable?.map((u) => u.message)).toEqual([
      'cell B3 (Name) shows an error value',
      'cell C3 (Shelf life) is a formula without a saved value: type the value, or open and save the file in Excel first',
    ]);
  });

  test('a character that cannot be stored (NUL) is shown as a replacement character and named', async () => {
    // In UTF-16 (in UTF-8 a NUL in the first 4 KiB means "not a text file").
    const row = (await read(utf16le('sku,name\nA-1,Mi\u0000lk\n'))).rows[0];
    expect(row).toEqual({
      line: 2, cells: ['A-1', 'Mi\uFFFDlk'],
      unreadable: [{ column: 1, message: 'cell B2 (name) contains a character that cannot be stored (NUL or a broken character): retype it' }],
    });
  });

  test('an .xlsx whose sheet part is not named sheetN.xml (other tools) is read through the workbook\'s relationships', async () => {
    const file = makeXlsx([['SKU', 'Name', 'GTIN', 'Lot tracked'], ['A-1', 'Milk <1 l> & co', 4006381333931, true], ['B-2', null, null, false]]);
    expect(await read(Buffer.from(file), XLSX)).toEqual({
      header: ['SKU', 'Name', 'GTIN', 'Lot tracked'],
      rows: [{ line: 2, cells: ['A-1', 'Milk <1 l> & co', '4006381333931', 'TRUE'] }, { line: 3, cells: ['B-2', '', '', 'FALSE'] }],
    });
  });

  test('a header row without rows under it is a 400 no-rows that says so; an empty sheet says its first row names the columns', async () => {
    expect(await refusal('sku,name\n\n')).toEqual({ status: 400, code: 'no-rows', message: 'the sheet has a header row (row 1) but no rows under it' });
    expect(await refusal(Buffer.from(makeXlsx([['Code', 'Type']])), XLSX)).toMatchObject({ status: 400, code: 'no-rows' });
    expect(await refusal('\n,,\n\n')).toMatchObject({ status: 400, code: 'no-header', message: expect.stringContaining('its first row must name the columns') as unknown });
  });

  test('empty, garbage, old .xls and oversized files are a clear 4xx; JSON and other content types are 415', async () => {
    expect(await refusal('')).toMatchObject({ status: 400, code: 'bad-file', message: 'the file is empty: send a CSV or .xlsx file' });
    expect(await refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), XLSX)).toMatchObject({
      status: 400, code: 'bad-file', message: expect.stringContaining('the .xlsx file could not be read') as unknown,
    });
    expect(await refusal(Buffer.from([0x00, 0x01, 0x02, 0x7f, 0x00, 0x10]), 'application/octet-stream')).toMatchObject({
      status: 400, code: 'bad-file', message: 'this file is neither CSV text nor an .xlsx workbook',
    });
    expect(await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'application/vnd.ms-excel')).toMatchObject({
      status: 400, code: 'bad-file', message: expect.stringContaining('old .xls workbook: save it as .xlsx') as unknown,
    });
    expect(await refusal(Buffer.alloc(26 * 1024 * 1024, 0x41))).toMatchObject({ status: 413, code: 'body-too-large' });
    const json = await h.app.inject({
      method: 'POST', url: '/api/supervisor/import/read', headers: { authorization: `Bearer ${token}` }, payload: { rows: [] },
    });
    expect(json.statusCode).toBe(415);
    expect(await refusal(Buffer.from('x'), 'image/png')).toMatchObject({ status: 415, code: 'unsupported-media-type' });
  });
});
