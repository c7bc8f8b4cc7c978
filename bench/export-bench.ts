// Report export speed: the transactions report as the server exports it (its
// own columns, from report-tables.ts), BENCH_EXPORT_ROWS rows (default
// 200,000, the export cap), written as CSV and as .xlsx by the server's own
// writers (no database: this times the writers alone). Prints one JSON line
// per format: seconds, rows per second, bytes, and the process's peak
// resident memory so far.
//
//   npm run bench:export
//   BENCH_EXPORT_ROWS=50000 npm run bench:export
import type { TransactionReportRow, TransactionType } from '../src/domain';
import { toCsv } from '../sync-server/src/supervisor/export/csv';
import { toGrid } from '../sync-server/src/supervisor/export/table';
import { toXlsx } from '../sync-server/src/supervisor/export/xlsx';
import { transactionsTable } from '../sync-server/src/supervisor/report-tables';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 200_000);
const TYPES: TransactionType[] = ['restock', 'pick', 'move-out', 'move-in', 'putaway-out', 'putaway-in'];

function transactions(n: number): TransactionReportRow[] {
  const start = Date.parse('2026-01-01T06:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    id: `op-${i}/t1`,
    recordedAt: new Date(start + i * 37_000).toISOString(),
    type: TYPES[i % TYPES.length] ?? 'pick',
    itemId: `itm-${i % 5000}`,
    sku: `SKU-${String(i % 5000).padStart(5, '0')}`,
    itemName: `Item number ${i % 5000}`,
    locationId: `loc-${i % 480}`,
    locationCode: `A-${String(i % 40).padStart(2, '0')}-${String(i % 12).padStart(2, '0')}`,
    condition: '',
    // Lots that look like numbers and dates: the writers must keep them as text.
    lot: i % 3 === 0 ? `00${i % 997}` : i % 3 === 1 ? '2026-08-11' : `L${i % 1_000}A`,
    lotUnknown: false,
    serial: i % 10 === 0 ? `SN-${i}` : null,
    quantity: (i % 2 === 0 ? 1 : -1) * (1 + (i % 48)),
    userId: `usr-${i % 25}`,
    userName: `Operator ${i % 25}`,
    deviceId: `dev-${i % 50}`,
    opId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  }));
}

async function time(format: string, write: () => Buffer | Promise<Buffer>): Promise<void> {
  const t0 = performance.now();
  const bytes = (await write()).length;
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({
    bench: 'export', format, rows: ROWS, seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(ROWS / seconds), bytes, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }));
}

const grid = toGrid(transactionsTable(transactions(ROWS)));
await time('csv', () => toCsv(grid));
await time('xlsx', () => toXlsx([grid]));
