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
