// The master-data API (sync-server/src/masterdata) called with the
// supervisor's session. Writes are bulk upserts by external key that answer
// per row; reads page through rows. Online only: master data is the server's,
// and a device learns a change through its normal pull afterwards.
import { ApiError } from '../../net/api';
import { useSessionStore } from '../../device/session-store';
import type { Item, Location, PickList, PurchaseOrder } from '../../domain';
import type {
  AssignmentRow as AssignmentIn, ItemRow as ItemIn, LocationRow as LocationIn, PickListRow as PickListIn, PurchaseOrderRow as PurchaseOrderIn,
} from '../../domain/masterdata';

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

// The rows sent are the shared schemas' (src/domain/masterdata); the rows read are the stored shapes.
export type {
  ItemRow as ItemInput, LocationRow as LocationInput, AssignmentRow as AssignmentInput,
  PurchaseOrderRow as PurchaseOrderInput, PickListRow as PickListInput,
} from '../../domain/masterdata';

/** An item as stored; `active` absent means active. */
export type ItemRow = Item;
export type LocationRow = Location;

export interface AssignmentRow {
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

export type PurchaseOrderRow = PurchaseOrder;
export type PickListRow = PickList;

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
  items: ItemIn;
  locations: LocationIn;
  assignments: AssignmentIn;
  purchaseOrders: PurchaseOrderIn;
  pickLists: PickListIn;
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
