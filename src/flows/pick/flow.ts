// What a scan means at each pick step (the payload it records is payload.ts). Pure:
// the step components resolve codes against the replica and show the words.
import { checkLot, type Item, type LotCheck, type ScanResult, type Serial, type Slot } from '../../domain';

import { say } from '../../words';
import type { Refused } from '../kit/serial-scan';

export { serialCode } from '../kit/serial-scan';

/** At the location step: the code printed on a location label (a plain code). */
export function locationScan(result: ScanResult): { kind: 'location'; code: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind !== 'plain') return { kind: 'refused', message: say('scan.location.product-label-first') };
  return { kind: 'location', code: result.value };
}

/** At the item step: an SKU, a retail GTIN or a GS1 label's GTIN. */
export function itemCode(result: ScanResult): { kind: 'item'; code: string; gs1: boolean } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind === 'plain') return { kind: 'item', code: result.gtin ?? result.value, gs1: false };
  if (!result.gtin) return { kind: 'refused', message: say('scan.label.no-gtin') };
  return { kind: 'item', code: result.gtin, gs1: true };
}

/**
 * The item scanned must be assigned to the scanned location: its slots there
 * (one per condition). A product that is not there is the wrong item.
 */
export function slotsForPick<S extends Pick<Slot, 'itemId'>>(
  item: Item | undefined, code: string, locationCode: string, slotsHere: readonly S[],
): { kind: 'slots'; slots: S[] } | Refused {
  if (!item) return { kind: 'refused', message: say('scan.unknown-item.wrong', { code }) };
  const slots = slotsHere.filter((s) => s.itemId === item.id);
  if (slots.length === 0) return { kind: 'refused', message: say('pick.item.not-here', { sku: item.sku, location: locationCode }) };
  return { kind: 'slots', slots };
}

/** R4: what the pick screen says about the slot's lot (shown, never asked). */
export function slotLotText(item: Item, slot: Pick<Slot, 'lot' | 'lotUnknown' | 'quantity'>): string {
  if (item.serialized) return say('kit.lot-text.per-serial');
  if (!item.lotTracked) return say('kit.lot-text.untracked');
  // R2: a slot of unknown lot can still be picked from: the pick is recorded and flagged.
  if (slot.lotUnknown) return say('pick.lot.unknown');
  return slot.lot ? say('kit.place.lot', { lot: slot.lot }) : say('pick.lot.empty');
}

export interface PickedSerial {
  serial: string;
  lot: string | null;
  /** False when the replica has the unit somewhere else: recorded, and the server flags it. */
  inSlot: boolean;
}

/** A scanned code at the serials step: a plain serial or a GS1 label of this item with (21). */
/**
 * R13: a serial picked from the slot, with its lot. A serial the device does not
 * know, or of another item, is refused; one the device has elsewhere is warned
 * about but still taken (C2: the physical fact is recorded and flagged).
 */
export function pickSerial(
  item: Item, serial: string, known: Serial | undefined, slotId: string, already: readonly PickedSerial[],
): { kind: 'serial'; picked: PickedSerial; warning: string | null } | Refused {
  if (already.some((s) => s.serial === serial)) return { kind: 'refused', message: say('pick.serial.repeat', { serial }) };
  if (!known) return { kind: 'refused', message: say('scan.serial.unknown', { serial }) };
  if (known.itemId !== item.id) return { kind: 'refused', message: say('scan.serial.other-item', { serial, sku: item.sku }) };
  const inSlot = known.status === 'in-stock' && known.slotId === slotId;
  return {
    kind: 'serial',
    picked: { serial, lot: known.lot, inSlot },
    warning: inSlot ? null : say('pick.serial.elsewhere', { serial }),
  };
}

/** C2: fewer picked than the list asked for; allowed, the engine flags it. */
export function isShortPick(quantity: number, requested: number | null): boolean {
  return requested !== null && requested > quantity;
}


/** The lot a product label carries ((10) of a GS1 label), when it is the goods' lot to check. */
export function labelLot(result: ScanResult): string | null {
  return result.ok && result.kind === 'gs1' && result.lot !== undefined ? result.lot : null;
}

/** The count a product label carries: (30), else (37). */
export function labelCount(result: ScanResult): number | null {
  return result.ok && result.kind === 'gs1' && result.quantity !== undefined ? result.quantity : null;
}

/**
 * R8a, C2: the lot on the goods against the slot's. Only a lot-per-slot
 * tracked item with a known slot lot can mismatch; a serial carries its own lot (R13).
 */
export function lotOnGoods(item: Item, slot: Pick<Slot, 'lot' | 'lotUnknown'>, scanned: string | null): LotCheck | null {
  if (scanned === null || !item.lotTracked || item.serialized) return null;
  return checkLot(slot, scanned);
}

/**
 * At a list line's location step: where the picker was sent. The location
 * sent to is right; another that holds the line's item will do (said with a
 * caution unless it holds the lot FEFO would pick first); any other is refused
 * with where to go.
 */
export function locationForLine(
  scanned: string, target: string | null, holdsItem: boolean, fefoFirst: boolean,
): { kind: 'go'; warning: boolean } | Refused {
  if (target === null || scanned === target) return { kind: 'go', warning: false };
  if (!holdsItem) return { kind: 'refused', message: say('pick.location.go-to', { scanned, location: target }) };
  return { kind: 'go', warning: !fefoFirst };
}
