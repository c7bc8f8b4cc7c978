// What the master-data API (sync-server/src/masterdata) answers, shared by the
// server that builds the answers and the console that reads them. A bulk
// upsert answers per row; errors are values, so the good rows of a request
// apply even when others are refused.
import type { RowError } from './rows';

export type RowStatus = 'created' | 'updated' | 'unchanged' | 'error';

/** One row's answer to a bulk PUT, by its index in the request. */
export interface RowResult {
  index: number;
  key: string;
  status: RowStatus;
  id?: string;
  errors?: RowError[];
}

export interface UpsertResponse {
  results: RowResult[];
  summary: { created: number; updated: number; unchanged: number; errors: number };
}

/** A stocked slot as the assignments list shows it: item and location by their codes. */
export interface AssignmentView {
  id: string;
  sku: string;
  location: string;
  condition: string;
  capacity: number;
  quantity: number;
  lot: string | null;
  lotUnknown: boolean;
  needsCount: boolean;
}
