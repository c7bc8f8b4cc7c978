// Spreadsheet rows (CSV or XLSX, as the server's sheet reader answers them)
// to the API's item and location rows, each with the problems found before
// anything is sent. Columns are found by their
// header, in any order and spelling a person would use ("Lot tracked",
// "lot_tracking", "LotTracked"). Each row is then checked by the same rules
// the server applies (src/domain/masterdata), so the preview says what the
// server would. Pure (its messages in the user's language): the preview shows the result row by row.
import type { ItemInput, LocationInput } from '../../../domain/masterdata';
import type { SheetRow, SheetTable } from '../../../domain';
import { checkRows, ITEM_ROWS, LOCATION_ROWS, type RowKind } from '../../../domain/masterdata';
import { say } from '../../../words';

export interface RowProblem {
  field: string;
  message: string;
}

/** One data row: its row number in the spreadsheet (header = 1), what will be sent, and why not. */
export interface MappedRow<T> {
  line: number;
  key: string;
  input: T | null;
  errors: RowProblem[];
}

export interface Mapped<T> {
  rows: MappedRow<T>[];
  /** Header cells that name no known column (ignored, shown to the person). */
  ignored: string[];
  /** A missing required column: nothing can be imported. */
  missing: string[];
}

function normalize(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

type ItemField = keyof ItemInput;
const ITEM_COLUMNS: Record<string, ItemField> = {
  sku: 'sku', itemnumber: 'sku', article: 'sku', articlenumber: 'sku',
  name: 'name', description: 'name',
  gtin: 'gtins', gtins: 'gtins', ean: 'gtins', barcode: 'gtins',
  unit: 'unit', uom: 'unit',
  lottracked: 'lotTracked', lottracking: 'lotTracked', lots: 'lotTracked',
  lotatpack: 'lotAtPack', lotatpacking: 'lotAtPack',
  serialized: 'serialized', serialised: 'serialized', serials: 'serialized',
  durable: 'durable',
  conditions: 'conditions',
  shelflifedays: 'shelfLifeDays', shelflife: 'shelfLifeDays',
  specialhandling: 'specialHandling',
  active: 'active',
};

type LocationField = keyof LocationInput;
const LOCATION_COLUMNS: Record<string, LocationField> = {
  code: 'code', location: 'code', label: 'code', locationcode: 'code',
  zone: 'zone', area: 'zone',
  type: 'type', locationtype: 'type',
  active: 'active',
};

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', 'on', 'ja', 'oui']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off', 'nein', 'non']);

/** A yes/no cell: undefined when empty (the server keeps or defaults it). */
export function parseFlag(cell: string): boolean | undefined | 'invalid' {
  const v = cell.trim().toLowerCase();
  if (v === '') return undefined;
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return 'invalid';
}

/** A list cell: GTINs or conditions separated by '|', ',', ';' or spaces. */
export function parseList(cell: string): string[] {
  return cell.split(/[|,;\s]+/).map((s) => s.trim()).filter((s) => s !== '');
}

/** The shared row rules on one row; cell problems found while reading come first. */
function withRules<T>(kind: RowKind<T>, line: number, key: string, input: T, cellErrors: RowProblem[]): MappedRow<T> {
  const [checked] = checkRows(kind, [input]);
  const errors = [...cellErrors];
  if (checked && !checked.ok) {
    for (const e of checked.errors) if (!errors.some((x) => x.field === e.field.split('.')[0])) errors.push(e);
  }
  return { line, key, input: errors.length === 0 ? input : null, errors };
}

function columnsOf<F extends string>(header: string[], known: Record<string, F>): { at: Map<F, number>; ignored: string[] } {
  const at = new Map<F, number>();
  const ignored: string[] = [];
  header.forEach((cell, i) => {
    const field = known[normalize(cell)];
    if (field && !at.has(field)) at.set(field, i);
    else if (cell.trim() !== '') ignored.push(cell.trim());
  });
  return { at, ignored };
}

function cellOf<F>(row: SheetRow, at: Map<F, number>, field: F): string {
  const i = at.get(field);
  return i === undefined ? '' : (row.cells[i] ?? '').trim();
}

/** Cells the server could not read (a formula without its value...) in a column this import uses: the row is refused in the server's words. */
function unreadableIn<F extends string>(row: SheetRow, at: Map<F, number>): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const [field, column] of at) {
    const cell = row.unreadable?.find((u) => u.column === column);
    if (cell) problems.push({ field, message: cell.message });
  }
  return problems;
}

/** Items: SKU and name required; GTIN check digits; flags as yes/no; shelf life in whole days. */
export function mapItemRows(table: SheetTable): Mapped<ItemInput> {
  const { at, ignored } = columnsOf(table.header, ITEM_COLUMNS);
  const missing = (['sku', 'name'] as const).filter((f) => !at.has(f));
  if (missing.length > 0) return { rows: [], ignored, missing: missing.map((f) => say(`console.master.import.column.${f}`)) };
  const rows = table.rows.map((row): MappedRow<ItemInput> => {
    const errors = unreadableIn(row, at);
    const cell = (f: ItemField) => cellOf(row, at, f);
    const input: ItemInput = { sku: cell('sku'), name: cell('name') };
    if (at.has('gtins')) input.gtins = parseList(cell('gtins'));
    if (cell('unit') !== '') input.unit = cell('unit');
    for (const flag of ['lotTracked', 'lotAtPack', 'serialized', 'durable', 'specialHandling', 'active'] as const) {
      if (!at.has(flag)) continue;
      const value = parseFlag(cell(flag));
      if (value === 'invalid') errors.push({ field: flag, message: say('console.master.import.not-yes-no', { field: flag, value: cell(flag) }) });
      else if (value !== undefined) input[flag] = value;
    }
    if (at.has('conditions')) input.conditions = parseList(cell('conditions'));
    const shelfLife = cell('shelfLifeDays');
    if (shelfLife !== '') {
      const days = Number(shelfLife);
      if (!Number.isInteger(days) || days < 0) errors.push({ field: 'shelfLifeDays', message: say('console.master.import.shelf-life', { value: shelfLife }) });
      else input.shelfLifeDays = days;
    }
    return withRules(ITEM_ROWS, row.line, input.sku, input, errors);
  });
  return { rows: flagDuplicates(rows, say('console.master.import.column.sku')), ignored, missing: [] };
}

const LOCATION_TYPES = { storage: 'storage', receiving: 'receiving', dock: 'receiving', packing: 'packing' } as const;

/** Locations: code required; type storage, receiving (or dock) or packing. */
export function mapLocationRows(table: SheetTable): Mapped<LocationInput> {
  const { at, ignored } = columnsOf(table.header, LOCATION_COLUMNS);
  const missing = (['code', 'type'] as const).filter((f) => !at.has(f));
  if (missing.length > 0) return { rows: [], ignored, missing: missing.map((f) => say(`console.master.import.column.${f}`)) };
  const rows = table.rows.map((row): MappedRow<LocationInput> => {
    const errors = unreadableIn(row, at);
    const code = cellOf(row, at, 'code');
    const typeCell = cellOf(row, at, 'type');
    const type = (LOCATION_TYPES as Record<string, LocationInput['type']>)[typeCell.toLowerCase()];
    if (!type && !errors.some((e) => e.field === 'type')) errors.push({ field: 'type', message: say('console.master.import.location-type', { value: typeCell }) });
    const input: LocationInput = { code, type: type ?? 'storage' };
    if (cellOf(row, at, 'zone') !== '') input.zone = cellOf(row, at, 'zone');
    if (at.has('active')) {
      const active = parseFlag(cellOf(row, at, 'active'));
      if (active === 'invalid') errors.push({ field: 'active', message: say('console.master.import.not-yes-no', { field: 'active', value: cellOf(row, at, 'active') }) });
      else if (active !== undefined) input.active = active;
    }
    return withRules(LOCATION_ROWS, row.line, code, input, errors);
  });
  return { rows: flagDuplicates(rows, say('console.master.import.column.code')), ignored, missing: [] };
}

/** A key twice in one file: the later row would silently win, so both are refused. */
function flagDuplicates<T>(rows: MappedRow<T>[], column: string): MappedRow<T>[] {
  const lines = new Map<string, number[]>();
  for (const r of rows) if (r.key !== '') lines.set(r.key, [...(lines.get(r.key) ?? []), r.line]);
  return rows.map((r) => {
    const same = lines.get(r.key) ?? [];
    if (same.length < 2) return r;
    const others = same.filter((l) => l !== r.line);
    return { ...r, input: null, errors: [...r.errors, { field: 'key', message: say('console.master.import.duplicate', { column, key: r.key, lines: others }) }] };
  });
}
