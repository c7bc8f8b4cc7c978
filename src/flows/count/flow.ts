// What a scan means at each count step and what the count screen says (the
// payload it records is payload.ts). Pure: the step components resolve codes
// against the replica and show the words; the engine decides (R9, R10, R14, C2).
import {
  hasGtin, isCodeOf, tracksLotPerSlot, type CountTask, type Item, type ScanResult, type Serial, type Slot,
} from '../../domain';

import { say } from '../../words';
import type { Refused } from '../kit/serial-scan';

export { serialCode } from '../kit/serial-scan';

/** R9: the expected lot in words. */
export function expectedLotText(item: Item, slot: Pick<Slot, 'lot' | 'lotUnknown' | 'quantity'>): string {
  if (item.serialized) return say('kit.lot-text.per-serial');
  if (!item.lotTracked) return say('kit.lot-text.untracked');
  if (slot.lotUnknown) return say('count.expected.lot-unknown');
  return slot.lot ?? (slot.quantity === 0 ? say('count.expected.empty') : say('count.expected.not-set'));
}

/** At the location step: a plain code is the location label. */
export function locationScan(result: ScanResult): { kind: 'location'; code: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind !== 'plain') return { kind: 'refused', message: say('scan.location.product-label-first') };
  return { kind: 'location', code: result.value };
}

/** At the item step: an SKU, a GTIN or a GS1 label's GTIN. */
export function itemCode(result: ScanResult): { kind: 'item'; code: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind === 'plain') return { kind: 'item', code: result.gtin ?? result.value };
  if (!result.gtin) return { kind: 'refused', message: say('scan.label.no-gtin') };
  return { kind: 'item', code: result.gtin };
}

/** R9: at the count step a scan is the lot label (plain, or this item's GS1 label with (10)). */
export function countLotScan(item: Item, result: ScanResult): { kind: 'lot'; lot: string } | Refused {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (item.serialized) return { kind: 'refused', message: say('count.lot.serialized') };
  if (!item.lotTracked) return { kind: 'refused', message: say('count.lot.untracked', { sku: item.sku }) };
  if (result.kind === 'plain') return { kind: 'lot', lot: result.value };
  if (result.gtin && !hasGtin(item, result.gtin)) {
    return { kind: 'refused', message: say('scan.label.other-item', { gtin: result.gtin, sku: item.sku }) };
  }
  if (!result.lot) return { kind: 'refused', message: say('scan.label.no-lot') };
  return { kind: 'lot', lot: result.lot };
}

/** What a scan means on the count step: a lot label, or a label whose (30)/(37) count is the counted quantity. */
export type CountStepScan =
  | { kind: 'lot'; lot: string }
  | { kind: 'quantity'; quantity: number; lot?: string }
  | Refused;

/**
 * R9: at the count step a GS1 label of this item carrying a count ((30) or
 * (37)) sets the counted quantity (and its lot, when it carries one); a lot
 * label corrects the lot; the item's own barcode is not a lot.
 */
export function countStepScan(item: Item, result: ScanResult): CountStepScan {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind === 'gs1' && result.quantity !== undefined && !item.serialized) {
    if (result.gtin && !hasGtin(item, result.gtin)) {
      return { kind: 'refused', message: say('scan.label.other-item', { gtin: result.gtin, sku: item.sku }) };
    }
    const lot = tracksLotPerSlot(item) && result.lot ? { lot: result.lot } : {};
    return { kind: 'quantity', quantity: result.quantity, ...lot };
  }
  if (result.kind === 'plain' && (isCodeOf(item, result.value) || (result.gtin !== undefined && hasGtin(item, result.gtin)))) {
    return { kind: 'refused', message: say('count.count.item-again', { sku: item.sku }) };
  }
  return countLotScan(item, result);
}

/** The counted quantity as entered: null until the operator has counted (blind count). */
export type Counted = number | null;

/** R9: what the count step starts from: the recorded quantity, or nothing in a blind count. */
export function countedAtStart(item: Item, recorded: number, blind: boolean): Counted {
  if (item.serialized) return 0;
  return blind ? null : recorded;
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
  if (already.some((s) => s.serial === serial)) return { kind: 'refused', message: say('count.serial.repeat', { serial }) };
  if (!known) return { kind: 'refused', message: say('scan.serial.unknown', { serial }) };
  if (known.itemId !== item.id) return { kind: 'refused', message: say('scan.serial.other-item', { serial, sku: item.sku }) };
  return { kind: 'serial', counted: { serial, lot: known.lot, inSlot: known.status === 'in-stock' && known.slotId === slotId } };
}

/** R9: why the count cannot finish yet (null when it can). Guidance only: the engine decides. */
export function finishBlock(item: Item, counted: Counted, lot: string): string | null {
  if (counted === null) return say('count.count.enter-quantity');
  if (tracksLotPerSlot(item) && counted > 0 && lot.trim() === '') return say('count.lot-required');
  return null;
}

/** R9: the counted lot differs from the expected one: the server writes the remove-and-place pair (R10). */
export function isLotCorrection(item: Item, expectedLot: string | null, counted: Counted, lot: string): boolean {
  return tracksLotPerSlot(item) && counted !== null && counted > 0 && lot.trim() !== '' && lot.trim() !== expectedLot;
}


/** A location the open count tasks send the operator to, with the items to count there. */
export interface TaskStop { locationCode: string; skus: string[] }

/** The open tasks' uncounted lines by location, in walking order (location code order). */
export function taskStops(tasks: readonly CountTask[]): TaskStop[] {
  const byCode = new Map<string, Set<string>>();
  for (const task of tasks) {
    for (const line of task.lines) {
      if (line.counted) continue;
      byCode.set(line.locationCode, (byCode.get(line.locationCode) ?? new Set()).add(line.sku));
    }
  }
  return [...byCode].map(([locationCode, skus]) => ({ locationCode, skus: [...skus].sort() }))
    .sort((a, b) => a.locationCode.localeCompare(b.locationCode, undefined, { numeric: true }));
}
