// The Content-Type an import file is sent with, from its name (browsers give
// CSV files different types, or none).
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function importContentType(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'text/csv';
  if (lower.endsWith('.xlsx')) return XLSX_TYPE;
  return null;
}
