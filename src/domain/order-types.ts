// Orders: master data from the ERP, replicated read-only to devices. What was
// received and picked per line is computed in orders.ts.

export type PurchaseOrderStatus = 'open' | 'closed';

/** A purchase order line: what is expected, and what restocks against the order received. */
export interface PurchaseOrderLine {
  line: number;
  itemId: string;
  sku: string;
  quantity: number;
  /** Units restocked with this order's number (applied or flagged, never rejected ones). */
  received: number;
}

/** A purchase order that restock receives against (restock payload `purchaseOrder` = number). */
export interface PurchaseOrder {
  id: string;
  /** The ERP's order number: the external key. */
  number: string;
  supplier: string;
  /** YYYY-MM-DD, or null when not given. */
  expectedDate: string | null;
  status: PurchaseOrderStatus;
  lines: PurchaseOrderLine[];
}

/** 'packed': a pack with the list's shipment was recorded, which closes the list. */
export type PickListStatus = 'open' | 'closed' | 'packed';

export interface PickListLine {
  line: number;
  itemId: string;
  sku: string;
  quantity: number;
  /** The location to pick from, when the ERP names one. */
  locationId: string | null;
  locationCode: string | null;
  /** Units picked by pick operations carrying pickList { number, line }. */
  picked: number;
}

/** A pick list that pick works through line by line; packing its shipment closes it. */
export interface PickList {
  id: string;
  number: string;
  shipment: string | null;
  status: PickListStatus;
  lines: PickListLine[];
}
