// The working state of one operation while it is applied: rows changed so far,
// transactions and exceptions written, and the counters behind deterministic ids.
// Local to one apply call; what leaves it is the plain Effects value. A floor
// operation's own rules and the post-rules (post-rules.ts) share one draft, so
// every exception is raised here and numbered by the same counter.
import { emptyEffects, type ApplyResult, type Effects, type OpContext, type World } from './engine';
import { findSerial, findSlot } from './lookup';
import {
  EXCEPTION_CODES, REJECTION_CODES,
  type ExceptionCode, type Item, type LotException, type LotRecord, type RejectionCode, type Serial, type Settings,
  type ShipmentLine, type Slot, type Transaction, type TransactionType,
} from './types';

type IdKind = 's' | 't' | 'x' | 'n' | 'p';

export interface Draft {
  readonly world: World;
  readonly ctx: OpContext;
  readonly slots: Map<string, Slot>;
  readonly serials: Map<string, Serial>;
  readonly items: Map<string, Item>;
  readonly exceptions: Map<string, LotException>;
  /** Lot records created or changed (lots/receive.ts). */
  readonly lots: Map<string, LotRecord>;
  readonly transactions: Transaction[];
  readonly shipmentLines: ShipmentLine[];
  settings: Settings | null;
  /** Exceptions opened by this operation: any makes the outcome 'exception' (C2). */
  raised: number;
  readonly counters: Record<IdKind, number>;
}

export function newDraft(world: World, ctx: OpContext): Draft {
  return {
    world, ctx,
    slots: new Map(), serials: new Map(), items: new Map(), exceptions: new Map(), lots: new Map(),
    transactions: [], shipmentLines: [], settings: null, raised: 0,
    counters: { s: 0, t: 0, x: 0, n: 0, p: 0 },
  };
}

/** Ids computed the same on device and server: `${opId}/s1`, `${opId}/t2`... in creation order. */
export function nextId(d: Draft, kind: IdKind): string {
  d.counters[kind] += 1;
  return `${d.ctx.opId}/${kind}${d.counters[kind]}`;
}

// ---- slots ---------------------------------------------------------------

/** Every slot as it stands now in this operation (changed rows win over the world's). */
export function currentSlots(d: Draft): Slot[] {
  const inWorld = new Set(d.world.slots.map((s) => s.id));
  const fromWorld = d.world.slots.map((s) => d.slots.get(s.id) ?? s);
  return [...fromWorld, ...[...d.slots.values()].filter((s) => !inWorld.has(s.id))];
}

export function slotById(d: Draft, id: string): Slot | undefined {
  return d.slots.get(id) ?? d.world.slots.find((s) => s.id === id);
}

/** The slot's latest state; callers pass ids around, never stale copies. */
export function getSlot(d: Draft, id: string): Slot {
  const slot = slotById(d, id);
  if (!slot) throw new Error(`engine bug: slot ${id} not in draft`);
  return slot;
}

/** A slot's (item, location, condition) never changes, so a changed copy is found first, else the world's. */
export function slotOf(d: Draft, itemId: string, locationId: string, condition: string): Slot | undefined {
  return findSlot([...d.slots.values()], itemId, locationId, condition)
    ?? findSlot(d.world.slots, itemId, locationId, condition);
}

export function putSlot(d: Draft, slot: Slot): void {
  d.slots.set(slot.id, slot);
}

export function patchSlot(d: Draft, id: string, patch: Partial<Slot>): Slot {
  const next = { ...getSlot(d, id), ...patch };
  putSlot(d, next);
  return next;
}

/** A new assignment (slot) with nothing in it. */
export function createSlot(d: Draft, itemId: string, locationId: string, condition: string, capacity: number): Slot {
  const slot: Slot = {
    id: nextId(d, 's'), itemId, locationId, condition, capacity,
    quantity: 0, lot: null, lotUnknown: false, needsCount: false,
  };
  putSlot(d, slot);
  return slot;
}

/** The slot gets a count task (R2, C2). */
export function markNeedsCount(d: Draft, slotId: string): void {
  if (!getSlot(d, slotId).needsCount) patchSlot(d, slotId, { needsCount: true });
}

// ---- serials -------------------------------------------------------------

export function currentSerials(d: Draft): Serial[] {
  const inWorld = new Set(d.world.serials.map((s) => s.id));
  const fromWorld = d.world.serials.map((s) => d.serials.get(s.id) ?? s);
  return [...fromWorld, ...[...d.serials.values()].filter((s) => !inWorld.has(s.id))];
}

export function serialOf(d: Draft, itemId: string, serial: string): Serial | undefined {
  return findSerial([...d.serials.values()], itemId, serial) ?? findSerial(d.world.serials, itemId, serial);
}

export function getSerial(d: Draft, id: string): Serial {
  const serial = d.serials.get(id) ?? d.world.serials.find((s) => s.id === id);
  if (!serial) throw new Error(`engine bug: serial ${id} not in draft`);
  return serial;
}

export function putSerial(d: Draft, serial: Serial): void {
  d.serials.set(serial.id, serial);
}

// ---- transactions --------------------------------------------------------

export interface TxSpec {
  type: TransactionType;
  /** Signed change of the slot's quantity. */
  quantity: number;
  lot: string | null;
  lotUnknown: boolean;
  serial?: string | null;
}

/**
 * Write one transaction and change the slot's quantity by exactly its quantity
 * (stock == sum of transactions). `patch` sets the slot's lot state. R3: a slot
 * whose quantity reaches zero is free for any lot, so its lot is cleared.
 */
export function transact(d: Draft, slotId: string, tx: TxSpec, patch: Partial<Slot> = {}): Slot {
  const slot = getSlot(d, slotId);
  const quantity = slot.quantity + tx.quantity;
  const next: Slot = quantity === 0
    ? { ...slot, ...patch, quantity, lot: null, lotUnknown: false }
    : { ...slot, ...patch, quantity };
  putSlot(d, next);
  d.transactions.push({
    id: nextId(d, 't'), opId: d.ctx.opId, type: tx.type,
    itemId: slot.itemId, locationId: slot.locationId, slotId: slot.id, condition: slot.condition,
    lot: tx.lot, lotUnknown: tx.lotUnknown, serial: tx.serial ?? null, quantity: tx.quantity,
    userId: d.ctx.userId, deviceId: d.ctx.deviceId, deviceTime: d.ctx.deviceTime,
  });
  return next;
}

// ---- exceptions ----------------------------------------------------------

export interface RaiseAt {
  itemId?: string | null;
  locationId?: string | null;
  slotId?: string | null;
}

/** C2: open an exception for supervisors; its slot gets a count task. */
export function raise(d: Draft, code: ExceptionCode, at: RaiseAt, details: Record<string, unknown>): LotException {
  const slot = at.slotId ? slotById(d, at.slotId) : undefined;
  const exception: LotException = {
    id: nextId(d, 'x'), opId: d.ctx.opId, code, rule: EXCEPTION_CODES[code],
    itemId: at.itemId ?? slot?.itemId ?? null,
    locationId: at.locationId ?? slot?.locationId ?? null,
    slotId: slot?.id ?? null,
    details, status: 'open', resolution: null, resolvedByOpId: null,
  };
  d.exceptions.set(exception.id, exception);
  d.raised += 1;
  if (slot) markNeedsCount(d, slot.id);
  return exception;
}

// ---- results -------------------------------------------------------------

export function toEffects(d: Draft): Effects {
  return {
    ...emptyEffects(),
    transactions: [...d.transactions],
    slots: [...d.slots.values()],
    serials: [...d.serials.values()],
    items: [...d.items.values()],
    exceptions: [...d.exceptions.values()],
    shipmentLines: [...d.shipmentLines],
    settings: d.settings,
    ...(d.lots.size > 0 ? { lots: [...d.lots.values()] } : {}),
  };
}

/** 'exception' when this operation opened any exception (C2), else 'applied'. */
export function finish(d: Draft): ApplyResult {
  return { outcome: d.raised > 0 ? 'exception' : 'applied', effects: toEffects(d) };
}

export type Rejected = Extract<ApplyResult, { outcome: 'rejected' }>;

/** A floor operation's own rules give its draft, for the post-rules to go on with, or its rejection. */
export type Drafted = Draft | Rejected;

/** C3 (and supervisor commands' own checks): the operation records nothing. */
export function rejected(code: RejectionCode, details: Record<string, unknown> = {}): Rejected {
  return { outcome: 'rejected', code, rule: REJECTION_CODES[code], details };
}
