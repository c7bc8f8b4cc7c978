// An uploaded sheet read into rows (readRawRows, shared by every import), and
// a stock sheet turned into importStock rows: the file kind is sniffed from
// its bytes (a .xlsx is a ZIP; an old .xls is refused with what to do), the
// header row (the first non-empty one) names the columns, case and spaces
// ignored. A bad file or a missing column is a 400 that says which
// columns are expected; nothing is applied.
import type { ImportRow } from '../../domain';
import { MAX_IMPORT_ROWS } from '../../domain';
import { HttpError } from '../../http/errors';
import { headerOf, isBlank, storable, type RawCell, type RawRow } from './raw-sheet';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

type Field = 'item' | 'location' | 'quantity' | 'lot' | 'condition';

const ALIASES: Record<string, Field> = {
  sku: 'item', item: 'item', location: 'location', locationcode: 'location', quantity: 'quantity', qty: 'quantity',
  lot: 'lot', lotnumber: 'lot', batch: 'lot', condition: 'condition',
};
const REQUIRED: Field[] = ['item', 'location', 'quantity', 'lot'];
export const EXPECTED_COLUMNS = 'sku (or item), location, quantity, lot, and optionally condition';

export interface Sheet {
  /** The header row as found. */
  columns: string[];
  rows: ImportRow[];
}

const normalize = (header: string) => header.toLowerCase().replace(/[\s_]+/g, '');

export function kindOf(bytes: Buffer): 'xlsx' | 'xls' | 'text' {
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) return 'xlsx';
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0) return 'xls';
  return 'text';
}

/**
 * The sheet's non-empty rows, read by the file's kind (sniffed from its bytes,
 * not its name or content type). A file that is empty, an old .xls or neither
 * text nor .xlsx is a 400; `send` says what to send instead of an empty file.
 */
export async function readRawRows(bytes: Buffer, send = 'a CSV or .xlsx file'): Promise<RawRow[]> {
  if (bytes.length === 0) throw new HttpError(400, 'bad-file', `the file is empty: send ${send}`);
  const kind = kindOf(bytes);
  if (kind === 'xls') throw new HttpError(400, 'bad-file', 'this is an old .xls workbook: save it as .xlsx (Excel Workbook) or CSV and import that');
  if (kind === 'text' && bytes.subarray(0, 4096).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw new HttpError(400, 'bad-file', 'this file is neither CSV text nor an .xlsx workbook');
  }
  const raw = kind === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  return raw.filter((r) => !isBlank(r));
}

export async function readSheet(bytes: Buffer): Promise<Sheet> {
  return toSheet(await readRawRows(bytes, `a CSV or .xlsx with the columns ${EXPECTED_COLUMNS}`));
}

export function toSheet(rows: RawRow[]): Sheet {
  const [header, ...data] = rows;
  if (!header) throw new HttpError(400, 'no-header', `the sheet is empty: its first row must name the columns ${EXPECTED_COLUMNS}`);
  const columns = headerOf(header);
  const at = new Map<Field, number>();
  columns.forEach((name, index) => {
    const field = ALIASES[normalize(name)];
    if (field === undefined) return;
    if (at.has(field)) throw new HttpError(400, 'bad-columns', `the column "${name}" appears twice in the header row`, { column: name, columns });
    at.set(field, index);
  });
  const missing = REQUIRED.filter((f) => !at.has(f));
  if (missing.length > 0) {
    const names = missing.map((f) => (f === 'item' ? 'sku' : f));
    throw new HttpError(400, 'bad-columns',
      `the header row (row ${header.number}) lacks ${names.join(', ')}: expected columns ${EXPECTED_COLUMNS}; found ${columns.filter(Boolean).join(', ') || 'nothing'}`,
      { expected: ['sku', 'location', 'quantity', 'lot', 'condition'], missing: names, columns });
  }
  if (data.length === 0) throw new HttpError(400, 'no-rows', 'the sheet has a header row but no rows to import');
  if (data.length > MAX_IMPORT_ROWS) {
    throw new HttpError(400, 'too-many-rows', `the sheet has ${data.length.toLocaleString('en')} rows; one import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en')}: split it`,
      { rows: data.length, max: MAX_IMPORT_ROWS });
  }
  return { columns, rows: data.map((r) => toRow(r, at)) };
}

function toRow(r: RawRow, at: Map<Field, number>): ImportRow {
  const cell = (f: Field): RawCell => {
    const index = at.get(f);
    const c = (index === undefined ? undefined : r.cells[index]) ?? { text: '' };
    return storable(c, index ?? 0, r.number);
  };
  const text = (f: Field): string => {
    const c = cell(f);
    return (c.text ?? '').slice(0, 200);
  };
  const row: ImportRow = {
    row: r.number, item: text('item'), location: text('location'), condition: text('condition'),
    quantity: text('quantity'), lot: text('lot'),
  };
  for (const f of ['item', 'location', 'quantity', 'lot', 'condition'] as const) {
    const c = cell(f);
    if ('unreadable' in c) return { ...row, unreadable: { column: f === 'item' ? 'sku' : f, cell: c.cell, reason: c.unreadable } };
  }
  return row;
}
