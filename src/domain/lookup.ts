// Finding rows by what the operator scanned. Pure reads over a World.
import type { World } from './engine';
import { toGtin14 } from './gtin';
import type { Item, Location, Serial, Slot } from './types';

/** GTIN-8/12/13/14 compare equal once left-padded with zeros to 14 digits. */
export function normalizeGtin(code: string): string | null {
  return toGtin14(code);
}

/** An item by SKU (exact) or by any of its GTINs (after padding to 14). */
export function findItem(world: World, ref: string): Item | undefined {
  const key = ref.trim();
  const bySku = world.items.find((i) => i.sku === key);
  if (bySku) return bySku;
  const gtin = normalizeGtin(key);
  if (gtin === null) return undefined;
  return world.items.find((i) => i.gtins.some((g) => normalizeGtin(g) === gtin));
}

export function findItemById(world: World, id: string | null): Item | undefined {
  return id === null ? undefined : world.items.find((i) => i.id === id);
}

/** A location by the code printed on its label. */
export function findLocation(world: World, code: string): Location | undefined {
  const key = code.trim();
  return world.locations.find((l) => l.code === key);
}

export function findLocationById(world: World, id: string | null): Location | undefined {
  return id === null ? undefined : world.locations.find((l) => l.id === id);
}

export function findSlot(slots: readonly Slot[], itemId: string, locationId: string, condition: string): Slot | undefined {
  return slots.find((s) => s.itemId === itemId && s.locationId === locationId && s.condition === condition);
}

/** A serial of an item by its printed number. */
export function findSerial(serials: readonly Serial[], itemId: string, serial: string): Serial | undefined {
  return serials.find((s) => s.itemId === itemId && s.serial === serial);
}

/** A unit is in a slot only while it is in stock there. */
export function isInSlot(serial: Serial): serial is Serial & { slotId: string } {
  return serial.status === 'in-stock' && serial.slotId !== null;
}
