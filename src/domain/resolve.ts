// Turning scanned names into rows, or a C3 rejection when the server does not know them.
import type { World } from './engine';
import { rejected, type Rejected } from './effects-builder';
import { findItem, findLocation } from './lookup';
import { NO_CONDITION, type Item, type Location } from './types';

export type Resolved<T> = { ok: true; value: T } | { ok: false; result: Rejected };

const ok = <T>(value: T): Resolved<T> => ({ ok: true, value });
const no = <T>(result: Rejected): Resolved<T> => ({ ok: false, result });

/** C3: an item the server does not know is not a fact it can record. */
export function resolveItem(world: World, ref: string): Resolved<Item> {
  const item = findItem(world, ref);
  return item ? ok(item) : no(rejected('unknown-item', { item: ref }));
}

/** C3: an unknown location is rejected. */
export function resolveLocation(world: World, code: string): Resolved<Location> {
  const location = findLocation(world, code);
  return location ? ok(location) : no(rejected('unknown-location', { location: code }));
}

/**
 * Durable items hold one slot per allowed condition; every other item has the
 * single condition '' (C3: anything else is unknown).
 */
export function resolveCondition(item: Item, condition: string): Resolved<string> {
  const valid = item.durable ? item.conditions.includes(condition) : condition === NO_CONDITION;
  return valid
    ? ok(condition)
    : no(rejected('unknown-condition', { item: item.sku, condition, allowed: item.durable ? item.conditions : [NO_CONDITION] }));
}

export interface Target {
  item: Item;
  location: Location;
  condition: string;
}

/** Item, location and condition of a one-slot operation. */
export function resolveTarget(world: World, itemRef: string, locationRef: string, condition: string): Resolved<Target> {
  const item = resolveItem(world, itemRef);
  if (!item.ok) return item;
  const location = resolveLocation(world, locationRef);
  if (!location.ok) return location;
  const cond = resolveCondition(item.value, condition);
  if (!cond.ok) return cond;
  return ok({ item: item.value, location: location.value, condition: cond.value });
}

/** A serialized item's stock only moves by naming its serials (R13). */
export function requireSerials(item: Item, quantity: number, serials: readonly string[] | undefined): Resolved<string[]> {
  if (!item.serialized) return ok([]);
  if (serials === undefined && quantity > 0) return no(rejected('serials-required', { item: item.sku, quantity }));
  return ok([...(serials ?? [])]);
}

/** C3: a serial the server does not know. */
export function unknownSerial(serial: string): Rejected {
  return rejected('unknown-serial', { serial });
}
