// .xlsx through exceljs (its worksheet parts named as it expects, see
// sheet-parts.ts): the first visible worksheet, each cell read as the
// text a person sees in it. Never evaluates a formula: its saved (cached)
// result is used, and a formula saved without one marks the cell unreadable.
// Traps handled: a number formatted with leading zeros ("000" shows 7 as
// 007) is read as shown; a lot Excel turned into a date is read in the cell's
// date format (2024-08-11 stays 2024-08-11), not as a serial number.
import ExcelJS from 'exceljs';
import { HttpError } from '../../http/errors';
import { cellAddress, type RawCell, type RawRow } from './raw-sheet';
import { withSheetParts } from './sheet-parts';

const { ValueType } = ExcelJS;

export async function readXlsx(bytes: Buffer): Promise<RawRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(await withSheetParts(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new HttpError(400, 'bad-file', `the .xlsx file could not be read (${(error as Error).message}): save it again from Excel, or export CSV`);
  }
  const sheet = workbook.worksheets.find((w) => w.state !== 'hidden' && w.state !== 'veryHidden') ?? workbook.worksheets[0];
  if (!sheet) throw new HttpError(400, 'bad-file', 'the workbook has no worksheet');
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: RawCell[] = [];
    const count = Math.max(row.cellCount, 0);
    for (let column = 1; column <= count; column++) cells.push(readCell(row.getCell(column), column - 1, number));
    rows.push({ number, cells });
  });
  return rows;
}

function readCell(cell: ExcelJS.Cell, column: number, row: number): RawCell {
  const address = cellAddress(column, row);
  const source = cell.type === ValueType.Merge ? cell.master : cell;
  const value = source.value;
  const numFmt = source.numFmt;
  switch (source.type) {
    case ValueType.Null:
      return { text: '' };
    case ValueType.Formula: {
      const result = (value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue).result;
      if (result === undefined || result === null || result === '') return { unreadable: 'formula', cell: address };
      if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return { unreadable: 'error', cell: address };
      return { text: valueText(result, numFmt) };
    }
    case ValueType.Error:
      return { unreadable: 'error', cell: address };
    default:
      return { text: valueText(value, numFmt) };
  }
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value, numFmt);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) {
    const t: unknown = value.text;
    return typeof t === 'string' ? t : t && typeof t === 'object' && 'richText' in t ? (t as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') : '';
  }
  return '';
}

/** The first section of a number format without its quoted literals' quotes: `"L-"000;...` → `L-000` parts. */
function literalParts(format: string): { prefix: string; core: string; suffix: string } {
  const section = format.split(';')[0] ?? '';
  const match = /^((?:"[^"]*"|\\.)*)([^"\\]*?)((?:"[^"]*"|\\.)*)$/.exec(section);
  const unquote = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  return match ? { prefix: unquote(match[1] ?? ''), core: match[2] ?? '', suffix: unquote(match[3] ?? '') } : { prefix: '', core: section, suffix: '' };
}

/** A number as its cell shows it, for the formats an import meets: zero-padded codes, plain and general numbers. */
export function formatNumber(n: number, numFmt: string | undefined): string {
  if (numFmt && numFmt !== 'General' && numFmt !== '@') {
    const { prefix, core, suffix } = literalParts(numFmt);
    if (/^0+$/.test(core) && Number.isInteger(n) && n >= 0) return `${prefix}${String(n).padStart(core.length, '0')}${suffix}`;
  }
  // Spreadsheets keep 15 significant digits: 0.1+0.2 is shown as 0.3.
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as its cell's format shows it (exceljs gives the serial as a UTC
 * date). Covers y, m, d, h, m (minutes after h), s; anything else keeps ISO.
 */
export function formatDate(date: Date, numFmt: string | undefined): string {
  const format = (numFmt ?? '').split(';')[0]?.replace(/\[[^\]]*\]/g, '').replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1') ?? '';
  if (!/[yd]/i.test(format)) return date.toISOString().slice(0, 10);
  const tokens = format.match(/y+|m+|d+|h+|s+|AM\/PM|[^ymdhs]+/gi) ?? [];
  let afterHour = false;
  return tokens.map((token, i) => {
    const t = token.toLowerCase();
    if (t.startsWith('y')) return t.length <= 2 ? pad(date.getUTCFullYear() % 100) : String(date.getUTCFullYear());
    if (t.startsWith('d')) return t.length === 1 ? String(date.getUTCDate()) : t.length === 2 ? pad(date.getUTCDate()) : '';
    if (t.startsWith('h')) {
      afterHour = true;
      return t.length === 1 ? String(date.getUTCHours()) : pad(date.getUTCHours());
    }
    if (t.startsWith('s')) return pad(date.getUTCSeconds());
    if (t.startsWith('m')) {
      const minutes = afterHour || tokens.slice(i + 1).find((x) => /[a-z]/i.test(x))?.toLowerCase().startsWith('s');
      afterHour = false;
      if (minutes) return pad(date.getUTCMinutes());
      const month = date.getUTCMonth();
      if (t.length === 1) return String(month + 1);
      if (t.length === 2) return pad(month + 1);
      return t.length === 3 ? (MONTHS[month] ?? '').slice(0, 3) : (MONTHS[month] ?? '');
    }
    return token;
  }).join('');
}
