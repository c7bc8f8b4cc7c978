// What the supervisor endpoints answer (sync-server/src/supervisor/**).
import type { LotException, OperationType } from '../domain';

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface TransactionRow {
  id: string;
  recordedAt: string;
  type: string;
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

export interface StockRow {
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
  serials: string[];
}

export interface ExceptionRow {
  exception: LotException & { createdAt: string };
  itemSku: string | null;
  locationCode: string | null;
  operation: {
    id: string;
    type: OperationType;
    deviceId: string;
    userId: string;
    userName: string | null;
    payload: unknown;
    deviceTime: string | null;
    receivedAt: string;
  } | null;
  resolvedBy: { opId: string; userName: string | null; type: string } | null;
}

export interface RecallResult {
  lot: string;
  items: { itemId: string; sku: string; name: string }[];
  now: { slotId: string; itemId: string; sku: string; locationId: string; locationCode: string; condition: string; quantity: number }[];
  serials: { serial: string; itemId: string; sku: string; status: string; lot: string | null; locationCode: string | null }[];
  transactions: TransactionRow[];
  /** All transactions of the lot; more than `transactions` when the server capped the list. */
  transactionsTotal?: number;
  shipments: {
    shipment: string; itemId: string; sku: string; quantity: number; serial: string | null; pickedLot: string | null;
    lotMismatch: boolean; recordedAt: string; opId: string; userName: string | null;
  }[];
}

export type ImportStatus = 'set' | 'lot-change' | 'unchanged' | 'refused';

export interface ImportRow {
  row: number;
  sku: string;
  locationCode: string;
  condition: string;
  quantity: number | null;
  lot: string | null;
  status: ImportStatus;
  /** Why a row was refused (or a note on it), in words; null when there is nothing to say. */
  message: string | null;
  current: { quantity: number; lot: string | null } | null;
}

export interface ImportSummary {
  total: number;
  set: number;
  lotChange: number;
  unchanged: number;
  refused: number;
}

export interface ImportPreview {
  columns: string[];
  rows: ImportRow[];
  summary: ImportSummary;
}

export interface ImportCommit {
  opId: string;
  outcome: string;
  duplicate: boolean;
  rows: ImportRow[];
  summary: ImportSummary;
}
