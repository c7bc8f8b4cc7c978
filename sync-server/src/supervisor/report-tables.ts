// The columns of each export. Every report has its Lot column (R12).
import type { Recall } from './recall';
import type { StockReportRow } from './stock-report';
import { bool, datetime, num, text, toGrid, type Column, type Grid, type Table } from './export/table';
import type { TransactionReportRow } from './transactions-report';

const transactionColumns = [
  datetime<TransactionReportRow>('Recorded at (UTC)', (r) => r.recordedAt),
  text<TransactionReportRow>('Type', (r) => r.type),
  text<TransactionReportRow>('SKU', (r) => r.sku),
  text<TransactionReportRow>('Item', (r) => r.itemName, 28),
  text<TransactionReportRow>('Location', (r) => r.locationCode),
  text<TransactionReportRow>('Condition', (r) => r.condition),
  text<TransactionReportRow>('Lot', (r) => r.lot),
  bool<TransactionReportRow>('Lot unknown', (r) => r.lotUnknown),
  text<TransactionReportRow>('Serial', (r) => r.serial),
  num<TransactionReportRow>('Quantity', (r) => r.quantity),
  text<TransactionReportRow>('User', (r) => r.userName ?? r.userId, 20),
  text<TransactionReportRow>('Device', (r) => r.deviceId, 18),
  text<TransactionReportRow>('Operation', (r) => r.opId, 38),
];

export function transactionsTable(rows: readonly TransactionReportRow[], name = 'Transactions'): Table<TransactionReportRow> {
  return { name, columns: transactionColumns, rows };
}

export function stockTable(rows: readonly StockReportRow[]): Table<StockReportRow> {
  return {
    name: 'Stock',
    rows,
    columns: [
      text('Location', (r) => r.locationCode),
      text('Zone', (r) => r.zone),
      text('SKU', (r) => r.sku),
      text('Item', (r) => r.itemName, 28),
      text('Condition', (r) => r.condition),
      num('Quantity', (r) => r.quantity),
      num('Capacity', (r) => r.capacity),
      text('Lot', (r) => r.lot ?? (r.serialLots.length > 0 ? r.serialLots.join(' ') : null)),
      bool('Lot unknown', (r) => r.lotUnknown),
      bool('Needs count', (r) => r.needsCount),
      text('Serials', (r) => r.serials.join(' '), 30),
    ],
  };
}

type Line = { section: string; recordedAt: string | null; type: string | null; sku: string; location: string | null;
  condition: string | null; serial: string | null; quantity: number | null; status: string | null; shipment: string | null;
  user: string | null; opId: string | null; lotMismatch: boolean | null; pickList: string | null };

/** The recall as one table (CSV): a Section column says which part each line belongs to. */
export function recallLines(r: Recall): Table<Line> {
  const none = { recordedAt: null, type: null, location: null, condition: null, serial: null, quantity: null, status: null,
    shipment: null, user: null, opId: null, lotMismatch: null, pickList: null };
  const rows: Line[] = [
    ...r.now.map((n) => ({ ...none, section: 'now', sku: n.sku, location: n.locationCode, condition: n.condition, quantity: n.quantity })),
    ...r.serials.map((s) => ({ ...none, section: 'serial', sku: s.sku, location: s.locationCode, serial: s.serial, status: s.status })),
    ...r.transactions.map((t) => ({
      ...none, section: 'transaction', recordedAt: t.recordedAt, type: t.type, sku: t.sku, location: t.locationCode,
      condition: t.condition, serial: t.serial, quantity: t.quantity, user: t.userName ?? t.userId, opId: t.opId,
    })),
    ...r.shipments.map((s) => ({
      ...none, section: 'shipment', recordedAt: s.recordedAt, sku: s.sku, serial: s.serial, quantity: s.quantity,
      shipment: s.shipment, user: s.userName, opId: s.opId, lotMismatch: s.lotMismatch,
    })),
    // R12: who got it: each pick with its list and the list's shipment.
    ...r.picks.map((k) => ({
      ...none, section: 'pick', recordedAt: k.recordedAt, sku: k.sku, location: k.locationCode, serial: k.serial, quantity: k.quantity,
      status: k.packed ? 'packed' : 'picked', shipment: k.shipment, pickList: k.pickList, user: k.userName, opId: k.opId,
    })),
  ];
  return {
    name: `Recall ${r.lot}`,
    rows,
    columns: [
      text('Section', (x) => x.section),
      text('Lot', () => r.lot),
      datetime('Recorded at (UTC)', (x) => x.recordedAt),
      text('Type', (x) => x.type),
      text('SKU', (x) => x.sku),
      text('Location', (x) => x.location),
      text('Condition', (x) => x.condition),
      text('Serial', (x) => x.serial),
      num('Quantity', (x) => x.quantity),
      text('Status', (x) => x.status),
      text('Shipment', (x) => x.shipment),
      text('Pick list', (x) => x.pickList),
      bool('Lot mismatch at pack', (x) => x.lotMismatch),
      text('User', (x) => x.user, 20),
      text('Operation', (x) => x.opId, 38),
    ],
  };
}

function sheet<R>(name: string, rows: readonly R[], columns: Column<R>[]): Grid {
  return toGrid({ name, rows, columns });
}

type Now = Recall['now'][number];
type SerialRow = Recall['serials'][number];
type Shipment = Recall['shipments'][number];
type Pick = Recall['picks'][number];

/** The recall as a workbook: one sheet per part. */
export function recallSheets(r: Recall): Grid[] {
  return [
    sheet<Now>('Now', r.now, [
      text('Location', (x) => x.locationCode), text('SKU', (x) => x.sku), text('Condition', (x) => x.condition),
      text('Lot', () => r.lot), num('Quantity', (x) => x.quantity),
    ]),
    sheet<SerialRow>('Serials', r.serials, [
      text('Serial', (x) => x.serial), text('SKU', (x) => x.sku), text('Lot', (x) => x.lot), text('Status', (x) => x.status),
      text('Location', (x) => x.locationCode),
    ]),
    sheet<TransactionReportRow>('Transactions', r.transactions, transactionColumns),
    sheet<Shipment>('Shipments', r.shipments, [
      text('Shipment', (x) => x.shipment), text('SKU', (x) => x.sku), text('Lot', () => r.lot), text('Serial', (x) => x.serial),
      num('Quantity', (x) => x.quantity), text('Picked lot', (x) => x.pickedLot), bool('Lot mismatch', (x) => x.lotMismatch),
      datetime('Packed at (UTC)', (x) => x.recordedAt), text('Packed by', (x) => x.userName, 20),
    ]),
    sheet<Pick>('Picks', r.picks, [
      datetime('Picked at (UTC)', (x) => x.recordedAt), text('SKU', (x) => x.sku), text('Lot', () => r.lot), text('Location', (x) => x.locationCode),
      text('Serial', (x) => x.serial), num('Quantity', (x) => x.quantity), text('Pick list', (x) => x.pickList), num('Line', (x) => x.line),
      text('Shipment', (x) => x.shipment), bool('Packed', (x) => x.packed), text('Picked by', (x) => x.userName, 20),
    ]),
  ];
}
