// Finding rows by what the operator scanned. Pure reads over a World.
import type { World } from './engine';
import { toGtin14 } from './gtin';
import type { Item, Location, Serial, Slot } from './types';

/** GTIN-8/12/13/14 compare equal once left-padded with zeros to 14 digits. */
export function normalizeGtin(code: string): string | null {
  return toGtin14(code);
}

/** The key a SKU is compared by: trimmed, any letter case (typed on a keyboard or printed). */
export const skuKey = (sku: string): string => sku.trim().toLowerCase();

/** True when `gtin`, in any printed length, is one of the item's GTINs. */
export function hasGtin(item: Pick<Item, 'gtins'>, gtin: string): boolean {
  const wanted = normalizeGtin(gtin);
  return wanted !== null && item.gtins.some((g) => normalizeGtin(g) === wanted);
}

/** True when the code names this item: its SKU in any letter case, or one of its GTINs. */
export function isCodeOf(item: Pick<Item, 'sku' | 'gtins'>, code: string): boolean {
  return (code.trim() !== '' && skuKey(item.sku) === skuKey(code)) || hasGtin(item, code);
}

/**
 * The item an operator's code names, everywhere (engine, device, import):
 * its SKU exactly, else its SKU in another letter case, else one of its GTINs.
 * A SKU wins over a GTIN, so a numeric SKU is never taken for another item's barcode.
 */
export function findItemByCode<T extends Pick<Item, 'sku' | 'gtins'>>(items: readonly T[], code: string): T | undefined {
  const key = code.trim();
  if (key === '') return undefined;
  const lower = skuKey(key);
  return items.find((i) => i.sku === key) ?? items.find((i) => skuKey(i.sku) === lower) ?? items.find((i) => hasGtin(i, key));
}

/** An item of the world by the code scanned or typed for it (see findItemByCode). */
export function findItem(world: World, ref: string): Item | undefined {
  return findItemByCode(world.items, ref);
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
