// The master-data API (sync-server/src/masterdata) called with the
// supervisor's session. Writes are bulk upserts by external key that answer
// per row; reads page through rows. Online only: master data is the server's,
// and a device learns a change through its normal pull afterwards.
import { callJson } from '../api';
import type { Item, Location, PickList, PurchaseOrder } from '../../domain';
import type { Page } from '../../domain/supervisor-api';
import type {
  AssignmentInput, AssignmentView, ItemInput, LocationInput, PickListInput, PurchaseOrderInput, UpsertResponse,
} from '../../domain/masterdata';

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
/** The rows read are the stored shapes (an item's `active` absent means active). */
interface Rows {
  items: Item;
  locations: Location;
  assignments: AssignmentView;
  purchaseOrders: PurchaseOrder;
  pickLists: PickList;
}

/** Rows of one kind; `query` holds the API's filters (search, active, status, sku, location, page, pageSize). */
export function list<K extends Kind>(kind: K, query: Record<string, string | number | undefined> = {}): Promise<Page<Rows[K]>> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const qs = params.toString();
  return callJson<Page<Rows[K]>>(`${KINDS[kind].path}${qs ? `?${qs}` : ''}`);
}

/** Creates or updates rows by their external key; the answer has one result per row. */
export function upsert<K extends Kind>(kind: K, rows: Inputs[K][]): Promise<UpsertResponse> {
  return callJson<UpsertResponse>(KINDS[kind].path, { method: 'PUT', json: { [KINDS[kind].body]: rows } });
}
