// Fix and resend, the same way in every flow (C3): a rejected payload names its
// item, locations and serials by the codes printed on their labels; `refill`
// finds them on this device and the flow's payload.ts (`fromPayload`) turns
// them back into the wizard's state, so the operator changes what was wrong
// instead of entering everything again. What this device no longer knows is
// left empty: the flow then starts from the step that asks for it.
import type { StoreApi, UseBoundStore } from 'zustand';
import type { z } from 'zod';
import { PAYLOAD_SCHEMAS, type Item, type Location, type OperationType, type Serial } from '../../domain';
import type { ReplicaDb } from '../../replica/db';
import { findItem, findLocation, findSerial, slotsOfItem, type SlotView } from '../../replica/queries';
import { isRefusedLocation, NOTHING_REFUSED, type Refused } from './refused';

/** The codes a payload names. */
export interface Named {
  items: readonly string[];
  locations: readonly string[];
  serials?: readonly string[];
}

/** What a payload names, as this device knows it now. */
export interface Found {
  item(code: string): Item | null;
  location(code: string): Location | null;
  serial(serial: string): Serial | null;
  /** The item's slot at that location in that condition. */
  slot(item: Item, locationCode: string, condition: string): SlotView | null;
}

/** One flow's half of fix and resend: what its payload names, and the wizard state it stands for. */
export interface PayloadShape<P, S> {
  named(payload: P): Named;
  fromPayload(payload: P, found: Found): Partial<S>;
}

/** A location the rejection refused is not found: the flow asks for another (refused.ts). */
export async function findNamed(db: ReplicaDb, named: Named, refused: Refused = NOTHING_REFUSED): Promise<Found> {
  const items = new Map<string, Item>();
  const slots = new Map<string, SlotView[]>();
  for (const code of new Set(named.items)) {
    const item = await findItem(db, code);
    if (!item) continue;
    items.set(code, item);
    slots.set(item.id, await slotsOfItem(db, item.id));
  }
  const locations = new Map<string, Location>();
  for (const code of new Set(named.locations)) {
    if (isRefusedLocation(refused, code)) continue;
    const location = await findLocation(db, code);
    if (location) locations.set(code, location);
  }
  const serials = new Map<string, Serial>();
  for (const name of new Set(named.serials ?? [])) {
    const serial = await findSerial(db, name);
    if (serial) serials.set(name, serial);
  }
  return {
    item: (code) => items.get(code) ?? null,
    location: (code) => locations.get(code) ?? null,
    serial: (name) => serials.get(name) ?? null,
    slot: (item, locationCode, condition) => (isRefusedLocation(refused, locationCode) ? null : slots.get(item.id)?.find((s) =>
      s.location.code.toLowerCase() === locationCode.toLowerCase() && s.condition === condition) ?? null),
  };
}

/** A payload that names one slot: an item at a location, in a condition (pick, count, return). */
export interface OneSlot {
  item: string;
  location: string;
  condition: string;
  serials?: string[] | undefined;
}

export function namedSlot(p: OneSlot): Named {
  return { items: [p.item], locations: [p.location], serials: p.serials ?? [] };
}

/**
 * What the device still knows of the slot a payload names: nothing (the
 * location is gone), the location alone, or location, item and slot.
 */
export function slotOf(p: OneSlot, found: Found):
  | { location: null } | { location: Location; item: null } | { location: Location; item: Item; slot: SlotView } {
  const location = found.location(p.location);
  if (!location) return { location: null };
  const item = found.item(p.item);
  const slot = item ? found.slot(item, p.location, p.condition) : null;
  return item && slot ? { location, item, slot } : { location, item: null };
}

/** The serials a payload names, each with the lot this device knows it by. */
export function serialsWithLots(names: readonly string[] | undefined, found: Found): { serial: string; lot: string | null }[] {
  return (names ?? []).map((serial) => ({ serial, lot: found.serial(serial)?.lot ?? null }));
}

/**
 * The registry's refill for one flow: checks the payload against its schema
 * (a payload an older app queued may not fit: the flow then starts empty),
 * finds what it names (less what the rejection refused) and fills the store.
 */
export function refiller<T extends OperationType, S>(
  db: () => ReplicaDb, type: T, store: UseBoundStore<StoreApi<S>>, shape: PayloadShape<PayloadOf<T>, S>,
): (payload: unknown, refused?: Refused) => Promise<void> {
  return async (payload, refused) => {
    const checked = PAYLOAD_SCHEMAS[type].safeParse(payload);
    if (!checked.success) return;
    const typed = checked.data as PayloadOf<T>;
    store.setState(shape.fromPayload(typed, await findNamed(db(), shape.named(typed), refused)));
  };
}

export type PayloadOf<T extends OperationType> = z.output<(typeof PAYLOAD_SCHEMAS)[T]>;
