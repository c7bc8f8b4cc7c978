// The whole device schema, in one file. Versions are appended to VERSIONS and
// never edited: a device that updates the app upgrades in place and keeps its
// outbox, the only copy of unsynced work.
//
// Layout (why): IndexedDB in Chromium costs per record AND per index entry
// (measured in headless Chromium: ~12,000 small records/s with 3 indexes).
// Server items and slots are therefore stored in BLOCKS of up to 100 rows, as
// pulled, with multiEntry indexes over the keys inside: "item by GTIN/SKU" is
// one look-up in itemBlocks, "slots of item X" one in slotBlocks (by item id),
// "slots at location L" one in slotBlocks (by location id). A first sync of
// 100,000 items + 200,000 slots writes 3,000 records instead of 300,000
// (measured ~25,000 rows/s vs ~11,000 with one record per item holding its
// slots, which had to be rewritten when the slots arrived after the items).
// A row is replaced inside the block that holds it; new rows go into new blocks.
// Locations, serials and exceptions keep one record per row (few, or small).
//
// The overlay (rows changed by this device's pending operations, C4) is small
// and keeps one ItemRecord per item (item + all its slots). Reads take the
// overlay's record of an item when there is one (see view.ts).
import Dexie, { type Table } from 'dexie';
import type {
  CountTask, Item, Location, LotException, LotRecord, OperationType, PickList, PulledOutcome, PurchaseOrder, Role, Serial, Slot,
} from '../domain';

/** Up to BLOCK_SIZE pulled items and the keys they are found by. */
export interface ItemBlock {
  id: string;
  items: Item[];
  itemIds: string[];
  /** Lower-cased SKUs. */
  skus: string[];
  /** GTIN-14 forms of the items' GTINs. */
  gtins: string[];
}

/** Up to BLOCK_SIZE pulled slots (of any items). */
export interface SlotBlock {
  id: string;
  slots: Slot[];
  itemIds: string[];
  locations: string[];
}

export const BLOCK_SIZE = 100;

/** An item with all its slots, plus the keys it is found by (the view's unit; the overlay's record). */
export interface ItemRecord {
  id: string;
  /** Null while a slot arrived before its item (not expected, but never dropped). */
  item: Item | null;
  slots: Slot[];
  /** Lower-cased SKU: scans and searches ignore case. */
  sku: string;
  /** GTIN-14 forms of the item's GTINs. */
  gtins: string[];
  /** Location ids of the item's slots. */
  locations: string[];
}

export type OutboxState = 'pending' | 'acked' | 'rejected';

/** One operation this device recorded, kept until the server's outcome comes back by pull. */
export interface OutboxRow {
  id: string;
  seq: number;
  type: OperationType;
  payload: unknown;
  deviceTime: string;
  userId: string;
  /** The role the operation was recorded under: the view re-applies it with the same role (C4). */
  role: Role;
  /** The sign-in it was recorded under (StoredSession.signInId); absent for work queued before sign-ins existed. */
  signIn?: string;
  state: OutboxState;
  outcome: PulledOutcome | null;
  createdAt: string;
}

/** This device's operations whose outcome was pulled: tells which exceptions this device raised. */
export interface HistoryRow extends PulledOutcome {
  type: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

const ITEM_INDEXES = '&id, sku, *gtins, *locations';
const SERIAL_INDEXES = '&id, serial, slotId';
const EXCEPTION_INDEXES = '&id, opId';

/** Append new versions; never edit one that shipped. Exported so a test can extend it. */
export const VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      itemBlocks: '&id, *itemIds, *skus, *gtins',
      slotBlocks: '&id, *itemIds, *locations',
      locations: '&id, code',
      serials: SERIAL_INDEXES,
      exceptions: EXCEPTION_INDEXES,
      overlayItems: ITEM_INDEXES,
      overlaySerials: SERIAL_INDEXES,
      overlayExceptions: EXCEPTION_INDEXES,
      outbox: '&id, seq',
      history: '&id, outcome',
      meta: '&key',
    },
  },
  {
    // Orders pulled from the server, one record per order with its lines (few
    // and small). Dexie keeps the stores of earlier versions as they were.
    version: 2,
    stores: {
      purchaseOrders: '&id, number, status',
      pickLists: '&id, number, status, shipment',
    },
  },
  {
    // Lot records (issue 8): expiry and hold per item and lot, server rows only.
    version: 3,
    stores: {
      lots: '&id, itemId, lot, expiry',
    },
  },
  {
    // Count tasks planned by a supervisor (issue 16): open ones, with their lines.
    version: 4,
    stores: {
      countTasks: '&id, status',
    },
  },
];

export const DEFAULT_DB_NAME = 'lotline';

export class ReplicaDb extends Dexie {
  declare itemBlocks: Table<ItemBlock, string>;
  declare slotBlocks: Table<SlotBlock, string>;
  declare locations: Table<Location, string>;
  declare serials: Table<Serial, string>;
  declare exceptions: Table<LotException, string>;
  declare overlayItems: Table<ItemRecord, string>;
  declare overlaySerials: Table<Serial, string>;
  declare overlayExceptions: Table<LotException, string>;
  declare outbox: Table<OutboxRow, string>;
  declare history: Table<HistoryRow, string>;
  declare meta: Table<MetaRow, string>;
  declare purchaseOrders: Table<PurchaseOrder, string>;
  declare pickLists: Table<PickList, string>;
  declare lots: Table<LotRecord, string>;
  declare countTasks: Table<CountTask, string>;

  constructor(name: string = DEFAULT_DB_NAME, versions: readonly SchemaVersion[] = VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export function openReplica(name: string = DEFAULT_DB_NAME): ReplicaDb {
  return new ReplicaDb(name);
}

/** Every table: sync writes (pull pages, overlay rebuilds) take them all in one transaction. */
export function allTables(db: ReplicaDb): Table[] {
  return [
    db.itemBlocks, db.slotBlocks, db.locations, db.serials, db.exceptions, db.overlayItems, db.overlaySerials,
    db.overlayExceptions, db.outbox, db.history, db.meta, db.purchaseOrders, db.pickLists, db.lots, db.countTasks,
  ];
}
