// The contract between the rule engine and its two shells: the sync server
// (sync/load-world.ts, sync/write-effects.ts) and the device replica
// (replica/world.ts, replica/overlay.ts). A shell loads the rows an operation
// names (refsOf) into a World, calls applyOperation (apply.ts), and writes the
// Effects it returns. The engine does no I/O; the rules are in operations/,
// lots/ and the *-rules.ts files, numbered as in lot-rules.md.
import type {
  Item, Location, LotException, LotRecord, RejectionCode, RuleId, Role, Serial, Settings,
  ShipmentLine, Slot, Transaction,
} from './types';

/** The rows an operation may read: on the server and on the device alike, only those its refs name. */
export interface World {
  items: readonly Item[];
  locations: readonly Location[];
  slots: readonly Slot[];
  serials: readonly Serial[];
  exceptions: readonly LotException[];
  settings: Settings;
  /** Lot records (expiry, hold) of the loaded items; absent where a shell loads none. */
  lots?: readonly LotRecord[];
}

/** Who sent the operation and from where. */
export interface OpContext {
  opId: string;
  userId: string;
  role: Role;
  deviceId: string;
  deviceTime: string;
}

/** What applying an operation changes: new or updated rows, written by the shell as they are. */
export interface Effects {
  transactions: Transaction[];
  /** Full new state of every slot created or changed. */
  slots: Slot[];
  serials: Serial[];
  items: Item[];
  exceptions: LotException[];
  shipmentLines: ShipmentLine[];
  settings: Settings | null;
  /** Lot records created or changed (full new state). */
  lots?: LotRecord[];
}

export type ApplyResult =
  | { outcome: 'applied' | 'exception'; effects: Effects }
  | { outcome: 'rejected'; code: RejectionCode; rule: RuleId; details: Record<string, unknown> };

/** What a shell must load before applying: names as scanned. */
export interface Refs {
  /** SKUs or GTINs. */
  items: string[];
  /** Location label codes. */
  locations: string[];
  serials: string[];
  exceptionIds: string[];
  /** Load every slot (and its serials) of the referenced items, not only those in the named locations. */
  allSlotsOfItems: boolean;
  /** The operation rewrites the item rows themselves (switching tracking): the server locks them exclusively. */
  writesItems: boolean;
}

export function emptyEffects(): Effects {
  return {
    transactions: [], slots: [], serials: [], items: [], exceptions: [], shipmentLines: [], settings: null,
  };
}
