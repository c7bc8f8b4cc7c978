// The near-expiry report as CSV (RFC 4180), opened by spreadsheets as text:
// a cell that starts like a formula is prefixed with ' so it is never run.
// The header is in the user's language; the cells are data (the status its code).
import type { NearExpiryRow } from '../../replica/lots';
import { say, type SentenceKey } from '../../words';

const HEADER: readonly SentenceKey[] = [
  'console.shell.label.sku', 'console.shell.label.lot', 'console.lots.page.expiry', 'console.lots.near-expiry.days-left',
  'console.shell.label.status', 'console.shell.label.location', 'console.shell.label.quantity',
];

function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function nearExpiryCsv(rows: readonly (NearExpiryRow & { sku: string })[]): string {
  const lines = [HEADER.map((key) => say(key)), ...rows.map((r) => [r.sku, r.lot, r.expiry, r.daysLeft, r.status, r.locationCode, r.quantity])];
  return `${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
