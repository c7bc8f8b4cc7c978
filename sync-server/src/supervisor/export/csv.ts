// CSV export (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs
// read accents right). Safe against formula injection: a text cell starting
// with = + - @ (or a tab or carriage return) is prefixed with a quote, so a
// lot or name typed as "=HYPERLINK(...)" is shown, never run. Numbers we
// produce ourselves (quantities, possibly negative) are written as numbers.
import type { CellValue, Column, Grid } from './table';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CellValue, kind: Column<unknown>['kind']): string {
  if (value === null) return '';
  if (typeof value === 'number' && kind === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n;]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(grid: Grid): Buffer {
  const lines = [grid.columns.map((c) => csvCell(c.header, 'text')).join(',')];
  for (const row of grid.rows) lines.push(row.map((v, i) => csvCell(v, grid.columns[i]?.kind ?? 'text')).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
