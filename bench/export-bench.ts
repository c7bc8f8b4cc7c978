// Report export speed: the transactions report's columns, BENCH_EXPORT_ROWS
// rows (default 200,000, the export cap), written as CSV and as .xlsx by the
// server's own writers (no database: this times the writers alone). Prints
// one JSON line per format: seconds, rows per second, bytes, and the process's
// peak resident memory so far.
//
//   npm run bench:export
//   BENCH_EXPORT_ROWS=50000 npm run bench:export
import { toCsv } from '../sync-server/src/supervisor/export/csv';
import { datetime, num, text, toGrid, type Table } from '../sync-server/src/supervisor/export/table';
import { toXlsx } from '../sync-server/src/supervisor/export/xlsx';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 200_000);

interface Tx { at: string; type: string; sku: string; lot: string; location: string; quantity: number; operator: string; device: string }

function transactions(n: number): Tx[] {
  const start = Date.parse('2026-01-01T06:00:00Z');
  const types = ['restock', 'pick', 'move-out', 'move-in', 'count-adjust', 'return'];
  return Array.from({ length: n }, (_, i) => ({
    at: new Date(start + i * 37_000).toISOString(),
    type: types[i % types.length] ?? 'pick',
    sku: `SKU-${String(i % 5000).padStart(5, '0')}`,
    // Lots that look like numbers and dates: the writers must keep them as text.
    lot: i % 3 === 0 ? `00${i % 997}` : i % 3 === 1 ? '2026-08-11' : `L${i % 1_000}A`,
    location: `A-${String(i % 40).padStart(2, '0')}-${String(i % 12).padStart(2, '0')}`,
    quantity: (i % 2 === 0 ? 1 : -1) * (1 + (i % 48)),
    operator: `OP-${1000 + (i % 25)}`,
    device: `dev-${i % 50}`,
  }));
}

const table: Table<Tx> = {
  name: 'Transactions',
  columns: [
    datetime('Time', (r) => r.at), text('Type', (r) => r.type), text('SKU', (r) => r.sku), text('Lot', (r) => r.lot),
    text('Location', (r) => r.location), num('Quantity', (r) => r.quantity), text('Operator', (r) => r.operator), text('Device', (r) => r.device),
  ],
  rows: transactions(ROWS),
};

async function time(format: string, write: () => Buffer | Promise<Buffer>): Promise<void> {
  const t0 = performance.now();
  const bytes = (await write()).length;
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({
    bench: 'export', format, rows: ROWS, seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(ROWS / seconds), bytes, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
}

const grid = toGrid(table);
await time('csv', () => toCsv(grid));
await time('xlsx', () => toXlsx([grid]));
