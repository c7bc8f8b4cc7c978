// Rows the rule engine reads and writes. Plain data, no behaviour: the same
// shapes live in PostgreSQL on the server and in IndexedDB on the device.

export type Role = 'operator' | 'picker' | 'supervisor';

export type LocationType = 'storage' | 'receiving' | 'packing';

export interface Item {
  id: string;
  sku: string;
  name: string;
  /** GTIN-8/12/13/14 as printed; matched after padding to 14 digits. */
  gtins: string[];
  unit: string;
  /** R1: lots are tracked on stock in slots. */
  lotTracked: boolean;
  /** R15a: a lot (and serial) is recorded at packing, independent of tracking. */
  lotAtPack: boolean;
  serialized: boolean;
  /** Durable items hold one slot per condition in a location. */
  durable: boolean;
  /** Allowed conditions of a durable item; empty for others. */
  conditions: string[];
  /** R7: several target locations, a lot per target. */
  specialHandling: boolean;
  /** Days from production to expiry; null or absent when the item does not expire. */
  shelfLifeDays?: number | null;
  /** False once deactivated (master data with history is never deleted); absent means active. */
  active?: boolean;
}

export interface Location {
  id: string;
  /** The code printed on the location's label, as scanned. */
  code: string;
  zone: string;
  type: LocationType;
  active: boolean;
}

/** The condition of a non-durable item's slot. */
export const NO_CONDITION = '';

/**
 * An assignment of an item to a location (per condition for durable items):
 * the unit the lot rules work on.
 */
export interface Slot {
  id: string;
  itemId: string;
  locationId: string;
  condition: string;
  capacity: number;
  /** May go below zero when offline facts contradict each other (C2). */
  quantity: number;
  /** R3: the one lot in the slot; null when empty, untracked, serialized or unknown. */
  lot: string | null;
  /** R2 / C2: stock is in the slot but its lot is not known (or was mixed). */
  lotUnknown: boolean;
  /** A count task is open for the slot (R2, C2). */
  needsCount: boolean;
}

export type SerialStatus = 'in-stock' | 'picked' | 'packed' | 'missing';

export interface Serial {
  id: string;
  itemId: string;
  serial: string;
  /** R13: each serial carries its own lot. */
  lot: string | null;
  /** The slot the unit is in, or null when it is in no location. */
  slotId: string | null;
  status: SerialStatus;
}

export type TransactionType =
  | 'restock'
  | 'putaway-out'
  | 'putaway-in'
  | 'pick'
  | 'return'
  | 'move-out'
  | 'move-in'
  | 'assign'
  | 'count-adjust'
  | 'count-remove'
  | 'count-place'
  | 'adjust'
  | 'adjust-remove'
  | 'adjust-place'
  | 'serial-lot-remove'
  | 'serial-lot-place';

/** One recorded movement of stock. Stock in a slot equals the sum of its transactions. */
export interface Transaction {
  id: string;
  opId: string;
  type: TransactionType;
  itemId: string;
  locationId: string;
  slotId: string;
  condition: string;
  /** R12: the lot of every transaction on a tracked item; null when untracked or unknown. */
  lot: string | null;
  /** R2: the stock moved had no known lot. */
  lotUnknown: boolean;
  serial: string | null;
  /** Signed change of the slot's quantity. */
  quantity: number;
  userId: string;
  deviceId: string;
  /** The device's clock, kept for audit only: never used for ordering. */
  deviceTime: string;
}

export type ExceptionStatus = 'open' | 'resolved';

/** A contradiction between an offline fact and what the server knew (C2). */
export interface LotException {
  id: string;
  opId: string;
  code: ExceptionCode;
  rule: RuleId;
  itemId: string | null;
  locationId: string | null;
  slotId: string | null;
  details: Record<string, unknown>;
  status: ExceptionStatus;
  resolution: string | null;
  resolvedByOpId: string | null;
}

export interface ScannerSettings {
  /** Printable stand-in for the GS (ASCII 29) separator. */
  gsSubstitute: string;
  prefix: string;
  suffix: string;
  /** Largest gap between characters of one scanner burst. */
  maxGapMs: number;
}

/** How the floor works: what a scan must confirm, what is warned or refused, how counts are taken. */
export interface FloorSettings {
  /** A suggested slot may be accepted by a tap (where shelves carry no labels); off: its label must be scanned. */
  tapToConfirm: boolean;
  /** Receiving a lot already past its expiry: taken with a warning, or refused. */
  expiredAtReceipt: 'warn' | 'refuse';
  /** A lot expiring within this many days is near expiry: warned at receipt and pick. */
  nearExpiryDays: number;
  /** Counts hide the recorded quantity and do not pre-fill it. */
  blindCount: boolean;
  /** A count differing from the record by more than this many units goes to a supervisor (0: every count applies). */
  countReviewAbove: number;
}

/** Where the warehouse is: its time zone tells the time people read and the reports' calendar days. */
export interface WarehouseSettings {
  /** An IANA time zone (Europe/Warsaw); UTC until a supervisor sets it. */
  timeZone: string;
}

export interface Settings {
  /** R15: ask for a lot (and serial) per packed line of items that record lots. */
  requireLotAtPack: boolean;
  scanner: ScannerSettings;
  floor: FloorSettings;
  warehouse: WarehouseSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  requireLotAtPack: false,
  scanner: { gsSubstitute: '~', prefix: '', suffix: '', maxGapMs: 30 },
  floor: { tapToConfirm: false, expiredAtReceipt: 'warn', nearExpiryDays: 7, blindCount: false, countReviewAbove: 0 },
  warehouse: { timeZone: 'UTC' },
};

/** Stored settings (perhaps from before a group existed) with every missing value at its default. */
export function settingsWithDefaults(stored: Partial<Settings> | null | undefined): Settings {
  if (!stored) return DEFAULT_SETTINGS;
  return {
    ...DEFAULT_SETTINGS, ...stored,
    scanner: { ...DEFAULT_SETTINGS.scanner, ...stored.scanner },
    floor: { ...DEFAULT_SETTINGS.floor, ...stored.floor },
    warehouse: { ...DEFAULT_SETTINGS.warehouse, ...stored.warehouse },
  };
}

/** A packed line of a shipment; its lot belongs to the shipment, not to stock (R15). */
export interface ShipmentLine {
  id: string;
  opId: string;
  shipment: string;
  itemId: string;
  quantity: number;
  lot: string | null;
  serial: string | null;
  pickedLot: string | null;
  /** R15: recorded lot differs from the picked one: shown, never blocked. */
  lotMismatch: boolean;
}

export type RuleId =
  | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R8a' | 'R9' | 'R10'
  | 'R11' | 'R12' | 'R13' | 'R14' | 'R15' | 'R15a' | 'C1' | 'C2' | 'C3' | 'C4';

/** Why an offline fact raised an exception (C2). Wording lives at the UI edge. */
export const EXCEPTION_CODES = {
  'second-lot-in-slot': 'R3',
  'negative-stock': 'C2',
  'lot-mismatch': 'R8a',
  'lot-missing': 'C2',
  'lot-unknown-picked': 'R2',
  'short-pick': 'C2',
  'stale-count': 'C2',
  /** A count differing from the record by more than settings.floor.countReviewAbove: held for a supervisor. */
  'count-review': 'R9',
  'over-capacity': 'R6',
  'serial-elsewhere': 'R13',
  'serial-missing': 'R14',
  'serial-exists': 'R13',
  'no-assignment': 'R6',
  'pack-lot-missing': 'R15',
  /** A lot on hold was picked, moved to storage or packed by a device that did not know yet. */
  'lot-on-hold': 'C2',
  /** A lot past its expiry date was picked, moved to storage or packed. */
  'lot-expired': 'C2',
  /** A lot was received again with an expiry different from the stored one: the stored one stands. */
  'expiry-conflict': 'C2',
  /** Stock was placed into a location taken out of use (deactivated). */
  'inactive-location': 'C2',
  /** A deactivated item was received (restock) or given a place (assign). */
  'inactive-item': 'C2',
  /**
   * Floor work recorded on a shared device by a user whose access ended (deactivated,
   * or moved to a role that may not do it) before they recorded it: the goods did
   * move (C2), so it is applied, but a supervisor must look at it.
   */
  'recorded-after-access-ended': 'C3',
} as const satisfies Record<string, RuleId>;
export type ExceptionCode = keyof typeof EXCEPTION_CODES;

/** Why an operation was rejected: only what C3 allows (plus supervisor commands' own checks). */
export const REJECTION_CODES = {
  malformed: 'C3',
  forbidden: 'C3',
  'unknown-item': 'C3',
  'unknown-location': 'C3',
  'unknown-serial': 'C3',
  'unknown-condition': 'C3',
  'unknown-exception': 'C3',
  'unknown-slot': 'C3',
  /** Supervisor corrections (adjust, import rows) are commands, not facts: R11 refuses them. */
  'lot-required': 'R11',
  'exception-closed': 'C3',
  /** A serialized item's stock moves only by naming its serials (R13, R14); a count of serials replaces a quantity adjust. */
  'serials-required': 'C3',
  /** A hold released on a lot that is not on hold, or held twice: a supervisor command with nothing to do. */
  'lot-hold-unchanged': 'C3',
  /** A supervisor decision recorded after its author's access ended: never applied on their word. */
  'access-ended': 'C3',
} as const satisfies Record<string, RuleId>;
export type RejectionCode = keyof typeof REJECTION_CODES;

// ---- lots (expiry and holds; rules in src/domain/lots/) ----

/** Where a lot's expiry came from: GS1 (17) expiry, (15) best-before, typed, or (11) production + shelf life. */
export type ExpirySource = 'expiry' | 'best-before' | 'typed' | 'shelf-life';

/** Stored: a lot is available or on hold. Expired is computed from the date, never stored. */
export type LotStatus = 'available' | 'on-hold' | 'expired';

/** One hold or release of a lot by a supervisor, kept as history. */
export interface LotHoldEvent {
  action: 'hold' | 'release';
  reason: string;
  opId: string;
  userId: string;
  /** The device's clock when it was decided: audit only. */
  deviceTime: string;
}

/** A lot of an item: its expiry, when it first arrived, and whether it is on hold. Id: lotRecordId(itemId, lot). */
export interface LotRecord {
  id: string;
  itemId: string;
  lot: string;
  /** YYYY-MM-DD, or null when no date is known. */
  expiry: string | null;
  expirySource: ExpirySource | null;
  /** The device time of the first receipt that named the lot; null for a lot held before it arrived. */
  firstReceived: string | null;
  onHold: boolean;
  holds: LotHoldEvent[];
}
