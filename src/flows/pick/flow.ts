// What a scan means at each pick step (the payload it records is payload.ts). Pure:
// the step components resolve codes against the replica and show the words.
import type { Item, ScanResult, Serial, Slot } from '../../domain';

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

