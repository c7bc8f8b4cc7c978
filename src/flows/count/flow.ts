// What a scan means at each count step and what the count screen says (the
// payload it records is payload.ts). Pure: the step components resolve codes
// against the replica and show the words; the engine decides (R9, R10, R14, C2).
import {
  hasGtin, tracksLotPerSlot, type Item, type ScanResult, type Serial, type Slot,
} from '../../domain';

import type { Refused } from '../kit/serial-scan';

export { serialCode } from '../kit/serial-scan';

export const LOT_REQUIRED = "This slot's lot is unknown: scan or enter the lot";

/** R9: the expected lot in words. */
export function expectedLotText(item: Item, slot: Pick<Slot, 'lot' | 'lotUnknown' | 'quantity'>): string {
  if (item.serialized) return 'Each serial carries its own lot';
  if (!item.lotTracked) return 'No lot tracking';
  if (slot.lotUnknown) return 'Lot unknown';
  return slot.lot ?? (slot.quantity === 0 ? 'Empty slot: no lot' : 'Lot not set');
}

/** At the location step: a plain code is the location label. */
export function locationScan(result: ScanResult): { kind: 'location'; code: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind !== 'plain') return { kind: 'refused', message: 'This is a product label: scan the location label first.' };
  return { kind: 'location', code: result.value };
}

/** At the item step: an SKU, a GTIN or a GS1 label's GTIN. */
export function itemCode(result: ScanResult): { kind: 'item'; code: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind === 'plain') return { kind: 'item', code: result.gtin ?? result.value };
  if (!result.gtin) return { kind: 'refused', message: 'This label has no GTIN (01): scan the product label.' };
  return { kind: 'item', code: result.gtin };
}

/** R9: at the count step a scan is the lot label (plain, or this item's GS1 label with (10)). */
export function countLotScan(item: Item, result: ScanResult): { kind: 'lot'; lot: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (item.serialized) return { kind: 'refused', message: "A serial's lot is not changed by a count: scan the serials." };
  if (!item.lotTracked) return { kind: 'refused', message: `${item.sku} does not track lots: enter the counted quantity.` };
  if (result.kind === 'plain') return { kind: 'lot', lot: result.value };
  if (result.gtin && !hasGtin(item, result.gtin)) {
    return { kind: 'refused', message: `Wrong item: this label is for GTIN ${result.gtin}, not ${item.sku}.` };
  }
  if (!result.lot) return { kind: 'refused', message: 'This label has no lot (10).' };
  return { kind: 'lot', lot: result.lot };
}

/** A scanned code at the serials step: plain, or this item's GS1 label with (21). */
export interface CountedSerial {
  serial: string;
  /** R14: shown, never edited here. */
  lot: string | null;
  /** False when the device has the unit elsewhere: counted here, and the server flags it (C2). */
  inSlot: boolean;
}

/** R14: a serial counted in the slot; unknown serials, other items' and repeats are refused. */
export function countSerial(
  item: Item, serial: string, known: Serial | undefined, slotId: string, already: readonly CountedSerial[],
): { kind: 'serial'; counted: CountedSerial } | Refused {
  if (already.some((s) => s.serial === serial)) return { kind: 'refused', message: `Serial ${serial} is already counted.` };
  if (!known) return { kind: 'refused', message: `Serial ${serial} is not known.` };
  if (known.itemId !== item.id) return { kind: 'refused', message: `Wrong item: serial ${serial} is not a ${item.sku}.` };
  return { kind: 'serial', counted: { serial, lot: known.lot, inSlot: known.status === 'in-stock' && known.slotId === slotId } };
}

/** R9: why the count cannot finish yet (null when it can). Guidance only: the engine decides. */
export function finishBlock(item: Item, counted: number, lot: string): string | null {
  if (tracksLotPerSlot(item) && counted > 0 && lot.trim() === '') return LOT_REQUIRED;
  return null;
}

/** R9: the counted lot differs from the expected one: the server writes the remove-and-place pair (R10). */
export function isLotCorrection(item: Item, expectedLot: string | null, counted: number, lot: string): boolean {
  return tracksLotPerSlot(item) && counted > 0 && lot.trim() !== '' && lot.trim() !== expectedLot;
}

