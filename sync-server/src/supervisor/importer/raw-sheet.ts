// What a file reader hands over: the sheet's non-empty rows as cells of text,
// each row with the number a spreadsheet shows for it. A cell that holds no
// readable value (a formula without its saved result, an error) is marked,
// never guessed.
export type RawCell = { text: string } | { unreadable: 'formula' | 'error' | 'invalid-text'; cell: string; text?: string };

export interface RawRow {
  /** 1-based, as the spreadsheet numbers it (the header row counts). */
  number: number;
  cells: RawCell[];
}

export function isBlank(row: RawRow): boolean {
  return row.cells.every((c) => !('unreadable' in c) && c.text.trim() === '');
}

/** A1-style address of a cell: column index 0 → A. */
export function cellAddress(column: number, row: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row}`;
}

/** NUL and unpaired surrogates: text PostgreSQL cannot store. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

/** Text with what cannot be stored shown as replacement characters. */
export function shown(text: string): string {
  return text.replace(UNSTORABLE_ALL, '\uFFFD');
}

/** A cell whose text cannot be stored is marked invalid-text (shown with replacement characters): its row is refused, never a failed write. */
export function storable(c: RawCell, column: number, row: number): RawCell {
  if ('unreadable' in c || !UNSTORABLE.test(c.text)) return c;
  return { unreadable: 'invalid-text', cell: cellAddress(column, row), text: shown(c.text) };
}

/** The header row's column names: trimmed, an unreadable cell as no name. */
export function headerOf(row: RawRow): string[] {
  return row.cells.map((c) => ('unreadable' in c ? '' : shown(c.text.trim())));
}
