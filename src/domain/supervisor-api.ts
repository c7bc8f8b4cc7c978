// What the supervisor endpoints answer (sync-server/src/supervisor/**), shared
// by the server that builds the answers and the console that reads them.
import type { ImportRowResult, ImportSummary } from './operations/import-stock';
import type { ClockVerdict } from './device-clock';
import type { LotException, TransactionType } from './types';

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** R12: one transaction with its lot, as the transactions report lists it. */
export interface TransactionReportRow {
  id: string;
  recordedAt: string;
  type: TransactionType;
  itemId: string;
  sku: string;
  itemName: string;
  locationId: string;
  locationCode: string;
  condition: string;
  lot: string | null;
  lotUnknown: boolean;
  serial: string | null;
  quantity: number;
  userId: string;
  userName: string | null;
  deviceId: string;
  opId: string;
}

/** One slot with its lot, as the stock report lists it. */
export interface StockReportRow {
  slotId: string;
  itemId: string;
  sku: string;
  itemName: string;
  locationId: string;
  locationCode: string;
  zone: string;
  condition: string;
  quantity: number;
  capacity: number;
  lot: string | null;
  lotUnknown: boolean;
  needsCount: boolean;
  /** Serials in stock in the slot. */
  serials: string[];
  /** The distinct lots of those serials (R13). */
  serialLots: string[];
}

/** An exception with the operation behind it and, once resolved, the resolving one. */
export interface ExceptionRow {
  exception: LotException & { createdAt: string };
  itemSku: string | null;
  itemName: string | null;
  locationCode: string | null;
  operation: {
    id: string; type: string; deviceId: string; userId: string; userName: string | null;
    /** The device's name (DeviceRow.name); null: not named. */
    deviceName: string | null;
    payload: unknown; deviceTime: string | null; receivedAt: string;
    outcome: string;
    /** Who synced it, when that was not who recorded it (a shared device); null otherwise. */
    pushedByName: string | null;
  };
  resolvedBy: { opId: string; userName: string | null; type: string; deviceId: string; receivedAt: string } | null;
}

/** Where a lot is now, where it went (picks, their pick lists and shipments), and which shipments recorded it at packing (R15). */
export interface Recall {
  lot: string;
  items: { itemId: string; sku: string; name: string }[];
  now: { slotId: string; itemId: string; sku: string; locationId: string; locationCode: string; condition: string; quantity: number }[];
  serials: { serial: string; itemId: string; sku: string; status: string; lot: string; locationCode: string | null }[];
  transactions: TransactionReportRow[];
  /** All transactions of the lot; more than `transactions` when the list was capped. */
  transactionsTotal: number;
  shipments: {
    shipment: string; itemId: string; sku: string; quantity: number; serial: string | null; pickedLot: string | null;
    lotMismatch: boolean; recordedAt: string; opId: string; userName: string | null;
  }[];
  /**
   * R12: who got the lot: every pick of it, with the pick list it was picked for
   * (or the free reference typed), that list's shipment and whether it was packed.
   */
  picks: {
    itemId: string; sku: string; locationCode: string; quantity: number; serial: string | null;
    pickList: string | null; line: number | null; shipment: string | null; packed: boolean;
    recordedAt: string; opId: string; userName: string | null;
  }[];
}

/** One sheet row of a stock import, as previewed or committed. */
export interface ImportRowResponse {
  row: number;
  sku: string;
  locationCode: string;
  condition: string;
  quantity: number | null;
  lot: string | null;
  status: ImportRowResult['status'];
  /** Why a row was refused (or a note on it), in words; null when there is nothing to say. */
  message: string | null;
  code: ImportRowResult['code'];
  rule: ImportRowResult['rule'];
  current: ImportRowResult['current'];
}

export interface ImportPreviewResponse {
  columns: string[];
  rows: ImportRowResponse[];
  summary: ImportSummary;
}

export interface ImportCommitResponse {
  opId: string;
  outcome: 'applied';
  duplicate: boolean;
  rows: ImportRowResponse[];
  summary: ImportSummary;
}

/** A cell of a sheet row with no value to take: why, in words (the cell's address and column named). */
export interface UnreadableCell {
  /** 0-based, as in `cells`. */
  column: number;
  message: string;
}

/** One data row of a sheet as POST /api/supervisor/import/read answers it. */
export interface SheetRow {
  /** The row's number in the spreadsheet (the header row counts; empty rows are skipped, not renumbered). */
  line: number;
  /** Each cell as the text a person sees in it; an unreadable cell is '' (or its text with replacement characters). */
  cells: string[];
  unreadable?: UnreadableCell[];
}

/** A sheet read by the server's one reader: the header row (the first non-empty one) and the rows under it. */
export interface SheetTable {
  header: string[];
  rows: SheetRow[];
}

/** One device as GET /api/supervisor/devices lists it (issue 9): who used it last, when, and its clock. */
export interface DeviceRow {
  deviceId: string;
  /** What people call it, given at login or by a supervisor; null: not named yet (show the id). */
  name: string | null;
  lastUser: { id: string; name: string | null } | null;
  firstSeen: string;
  lastSeen: string;
  /** The highest operation sequence received from it. */
  lastSeq: number;
  /** How often its sequence started over: its storage was wiped (app data cleared, reinstalled). */
  seqRestarts: number;
  /** How far its clock ran ahead of the server's on its latest push that said (negative: behind); null: never measured. */
  clockAheadMs: number | null;
  clockCheckedAt: string | null;
  clock: ClockVerdict;
}

/** Worst clocks first (largest skew either way), then on time, then never measured. */
export interface DevicesResponse {
  rows: DeviceRow[];
  /** The server's clock when it answered. */
  serverTime: string;
}

/** An operation the server rejected (C3), from any device, with what it named and who sent it. */
export interface RejectedRow {
  opId: string;
  type: string;
  code: string | null;
  rule: string | null;
  details: Record<string, unknown> | null;
  deviceId: string;
  /** The device's name (DeviceRow.name); null: not named. */
  deviceName: string | null;
  userId: string;
  userName: string | null;
  /** Who synced it, when that was not who recorded it (a shared device); null otherwise. */
  pushedByName: string | null;
  deviceTime: string | null;
  receivedAt: string;
  /** The item as the payload named it (SKU or GTIN), with the SKU and name the server knows it by (null: unknown). */
  item: { ref: string; sku: string | null; name: string | null } | null;
  /** The location it named: its location, else its destination, else its source. */
  location: string | null;
  quantity: number | null;
  lot: string | null;
  payload: unknown;
}
