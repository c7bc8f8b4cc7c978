// The near-expiry report as CSV (RFC 4180), opened by spreadsheets as text:
// a cell that starts like a formula is prefixed with ' so it is never run.
import type { NearExpiryRow } from '../../replica/lots';

const HEADER = ['SKU', 'Lot', 'Expiry', 'Days left', 'Status', 'Location', 'Quantity'];

function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function nearExpiryCsv(rows: readonly (NearExpiryRow & { sku: string })[]): string {
  const lines = [HEADER, ...rows.map((r) => [r.sku, r.lot, r.expiry, r.daysLeft, r.status, r.locationCode, r.quantity])];
  return `${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
