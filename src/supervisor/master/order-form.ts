// Order lines typed on the form to the API's lines: line numbers 1, 2, 3 in
// order, quantities whole and positive, one SKU per line. Pure (its messages in the user's language).
import { say } from '../../words';

export interface LineValues {
  sku: string;
  quantity: string;
  location: string;
}

export interface OrderLine {
  line: number;
  sku: string;
  quantity: number;
  location?: string;
}

export type LinesResult = { ok: true; lines: OrderLine[] } | { ok: false; message: string };

/** Empty rows are skipped; at least one line; `withLocation` keeps each line's location (pick lists). */
export function toOrderLines(rows: LineValues[], withLocation: boolean): LinesResult {
  const lines: OrderLine[] = [];
  for (const [i, row] of rows.entries()) {
    const sku = row.sku.trim();
    if (sku === '' && row.quantity.trim() === '') continue;
    const quantity = Number(row.quantity);
    if (sku === '') return { ok: false, message: say('console.master.order.line-needs-sku', { line: i + 1 }) };
    if (!Number.isInteger(quantity) || quantity < 1) return { ok: false, message: say('console.master.order.line-quantity-whole', { line: i + 1, sku }) };
    const line: OrderLine = { line: lines.length + 1, sku, quantity };
    if (withLocation && row.location.trim() !== '') line.location = row.location.trim();
    lines.push(line);
  }
  if (lines.length === 0) return { ok: false, message: say('console.master.order.no-lines') };
  return { ok: true, lines };
}
