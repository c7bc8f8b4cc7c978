// A report as a table of typed columns: one description feeds both the CSV
// and the .xlsx export, so their columns never differ.
export type CellValue = string | number | boolean | null;

export interface Column<R> {
  header: string;
  value: (row: R) => CellValue;
  /** text: always written as text (lots, SKUs: "007" stays "007"); datetime: an ISO string shown as a date. */
  kind: 'text' | 'number' | 'boolean' | 'datetime';
  width?: number;
}

export interface Table<R> {
  /** The worksheet's name. */
  name: string;
  columns: Column<R>[];
  rows: readonly R[];
}

export const text = <R>(header: string, value: (row: R) => CellValue, width = 14): Column<R> => ({ header, value, kind: 'text', width });
export const num = <R>(header: string, value: (row: R) => CellValue, width = 10): Column<R> => ({ header, value, kind: 'number', width });
export const bool = <R>(header: string, value: (row: R) => CellValue, width = 10): Column<R> => ({ header, value, kind: 'boolean', width });
export const datetime = <R>(header: string, value: (row: R) => CellValue, width = 20): Column<R> => ({ header, value, kind: 'datetime', width });

/** A table with its cells computed: what the CSV and .xlsx writers take, whatever the row type was. */
export interface Grid {
  name: string;
  columns: Pick<Column<unknown>, 'header' | 'kind' | 'width'>[];
  rows: CellValue[][];
}

export function toGrid<R>(table: Table<R>): Grid {
  return {
    name: table.name,
    columns: table.columns.map(({ header, kind, width }) => ({ header, kind, ...(width === undefined ? {} : { width }) })),
    rows: table.rows.map((row) => table.columns.map((c) => c.value(row))),
  };
}
