// The master-data API (sync-server/src/masterdata) called with the
// supervisor's session. Writes are bulk upserts by external key that answer
// per row; reads page through rows. Online only: master data is the server's,
// and a device learns a change through its normal pull afterwards.
import { ApiError } from '../../app/api';
import { useSessionStore } from '../../app/session-store';
import type { LocationType } from '../../domain';

export { ApiError };

export interface FieldError {
  field: string;
  message: string;
}

/** One row's answer to a bulk PUT, by its index in the request. */
export interface RowResult {
  index: number;
  key: string;
  status: 'created' | 'updated' | 'unchanged' | 'error';
  id?: string;
  errors?: FieldError[];
}

export interface UpsertResponse {
  results: RowResult[];
  summary: { created: number; updated: number; unchanged: number; errors: number };
}

export interface Page<T> {
  rows: T[];
  total: number;
}

export interface ItemInput {
  sku: string;
  name: string;
  gtins?: string[];
  unit?: string;
  lotTracked?: boolean;
  lotAtPack?: boolean;
  serialized?: boolean;
  durable?: boolean;
  conditions?: string[];
  shelfLifeDays?: number | null;
  specialHandling?: boolean;
  active?: boolean;
}

export interface ItemRow extends Required<Omit<ItemInput, 'shelfLifeDays'>> {
  id: string;
  shelfLifeDays: number | null;
}

export interface LocationInput {
  code: string;
  zone?: string;
  type: LocationType;
  active?: boolean;
}

export interface LocationRow extends Required<LocationInput> {
  id: string;
}

export interface AssignmentInput {
  sku: string;
  location: string;
  condition?: string;
  capacity: number;
}

export interface AssignmentRow extends Required<AssignmentInput> {
  id?: string;
  quantity?: number;
  lot?: string | null;
}

export interface PurchaseOrderInput {
  number: string;
  supplier?: string;
  expectedDate?: string;
  status?: string;
  lines: { line: number; sku: string; quantity: number }[];
}

export interface PurchaseOrderRow extends Omit<PurchaseOrderInput, 'lines'> {
  id?: string;
  status: string;
  lines: { line: number; sku: string; quantity: number; received: number }[];
}

export interface PickListInput {
  number: string;
  shipment?: string;
  status?: string;
  lines: { line: number; sku: string; quantity: number; location?: string }[];
}

export interface PickListRow extends Omit<PickListInput, 'lines'> {
  id?: string;
  status: string;
  lines: { line: number; sku: string; quantity: number; location?: string | null; picked: number }[];
}

/** What each kind is called in the API: its path and the key of its rows in a PUT body. */
export const KINDS = {
  items: { path: '/api/v1/items', body: 'items' },
  locations: { path: '/api/v1/locations', body: 'locations' },
  assignments: { path: '/api/v1/assignments', body: 'assignments' },
  purchaseOrders: { path: '/api/v1/purchase-orders', body: 'purchaseOrders' },
  pickLists: { path: '/api/v1/pick-lists', body: 'pickLists' },
} as const;
export type Kind = keyof typeof KINDS;

interface Inputs {
  items: ItemInput;
  locations: LocationInput;
  assignments: AssignmentInput;
  purchaseOrders: PurchaseOrderInput;
  pickLists: PickListInput;
}
interface Rows {
  items: ItemRow;
  locations: LocationRow;
  assignments: AssignmentRow;
  purchaseOrders: PurchaseOrderRow;
  pickLists: PickListRow;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function call<T>(method: 'GET' | 'PUT', path: string, body?: unknown): Promise<T> {
  const session = useSessionStore.getState().session;
  if (!session) throw new ApiError('Log in first.', 'unauthenticated', 401);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        authorization: `Bearer ${session.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError('The server cannot be reached: master data needs a connection.', 'NETWORK', 0);
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : {};
    const message = typeof error.message === 'string' ? error.message : `${response.status} ${response.statusText}`;
    throw new ApiError(message, typeof error.code === 'string' ? error.code : 'HTTP_ERROR', response.status);
  }
  return parsed as T;
}

/** Rows of one kind; `query` holds the API's filters (search, active, status, sku, location, page, pageSize). */
export function list<K extends Kind>(kind: K, query: Record<string, string | number | undefined> = {}): Promise<Page<Rows[K]>> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const qs = params.toString();
  return call<Page<Rows[K]>>('GET', `${KINDS[kind].path}${qs ? `?${qs}` : ''}`);
}

/** Creates or updates rows by their external key; the answer has one result per row. */
export function upsert<K extends Kind>(kind: K, rows: Inputs[K][]): Promise<UpsertResponse> {
  return call<UpsertResponse>('PUT', KINDS[kind].path, { [KINDS[kind].body]: rows });
}

/** A sentence for a failed call: the server's own message, or why nothing was sent. */
export function describeApiError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return error.message;
    if (error.status === 403) return 'Only a supervisor may change master data.';
    return `${error.message} (${error.code})`;
  }
  return error instanceof Error ? error.message : String(error);
}
