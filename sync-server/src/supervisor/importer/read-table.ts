// Any uploaded sheet as a table for the browser's own mapping (the
// master-data import): the header row and the rows under it as text, each
// with its spreadsheet row number, read by the same reader and text rules as
// the stock import (encodings, leading zeros, dates as shown, formulas never
// evaluated). A cell with no value to take is named with the words the stock
// import uses, so the mapping can refuse its row when the column matters.
import type { SheetRow, SheetTable } from '../../domain';
import { HttpError } from '../../http/errors';
import { unreadableMessage } from './messages';
import { cellAddress, headerOf, storable, type RawRow } from './raw-sheet';
import { readRawRows } from './read-sheet';

export async function readTable(bytes: Buffer): Promise<SheetTable> {
  return toTable(await readRawRows(bytes));
}

export function toTable(rows: RawRow[]): SheetTable {
  const [first, ...data] = rows;
  if (!first) throw new HttpError(400, 'no-header', 'the sheet is empty: its first row must name the columns');
  if (data.length === 0) throw new HttpError(400, 'no-rows', `the sheet has a header row (row ${first.number}) but no rows under it`);
  const header = headerOf(first);
  return { header, rows: data.map((r) => toRow(r, header)) };
}

function toRow(r: RawRow, header: string[]): SheetRow {
  const cells: string[] = [];
  const unreadable: SheetRow['unreadable'] = [];
  r.cells.forEach((raw, column) => {
    const c = storable(raw, column, r.number);
    cells.push(c.text ?? '');
    if ('unreadable' in c) {
      const name = header[column] || `column ${cellAddress(column, r.number).replace(/\d+$/, '')}`;
      unreadable.push({ column, message: unreadableMessage(c.cell, name, c.unreadable) });
    }
  });
  return unreadable.length > 0 ? { line: r.number, cells, unreadable } : { line: r.number, cells };
}
