// What a scan means at each return step and where returned stock may go (R3);
// and what it sends is payload.ts. Pure.
import { hasGtin, isCodeOf, slotFit, type Item, type ScanResult, type Serial, type Slot, tracksLotPerSlot } from '../../domain';

import { say } from '../../words';
import type { Refused } from '../kit/serial-scan';

/** A slot at the scanned location, with what the board shows about it. */
export interface ReturnSlot extends Slot {
  location: { code: string };
}

/** How a slot takes the returned stock: the guidance shown per slot (R3). */
export type ReturnFit = { ok: true; text: string } | { ok: false; text: string };

function lotWords(lot: string | null): string {
  return lot === null ? say('kit.stock-unknown-lot') : say('kit.tag.lot', { lot });
}

/** R3: same lot or an empty slot accepts; a slot holding another lot does not. */
export function returnFit(item: Item, slot: Slot, lot: string | null): ReturnFit {
  const fit = slotFit(item, slot, lot);
  switch (fit.kind) {
    case 'same-lot':
      return { ok: true, text: tracksLotPerSlot(item) ? say('return.fit.same-lot', { lot: slot.lot ?? lot ?? '', free: fit.free }) : say('kit.place.free', { free: fit.free }) };
    case 'empty':
      return { ok: true, text: say('return.fit.empty', { free: fit.free }) };
    case 'full':
      return { ok: false, text: say('kit.place.full') };
    case 'other-lot':
      return { ok: false, text: fit.lot === null ? say('kit.place.holds-unknown') : say('kit.place.holds', { lot: fit.lot, expiry: null }) };
  }
}

/**
 * R3: the scanned location must hold the item and accept the returned lot.
 * A slot holding another lot is refused with a message naming that lot.
 */
export function returnTarget<S extends ReturnSlot>(
  item: Item, lot: string | null, code: string, slotsOfItem: readonly S[],
): { kind: 'slot'; slot: S } | Refused {
  const at = slotsOfItem.filter((s) => s.location.code.toLowerCase() === code.trim().toLowerCase());
  if (at.length === 0) return { kind: 'refused', message: say('scan.not-assigned', { sku: item.sku, code }) };
  // The slot already holding the lot first, so an empty slot (another condition) stays free.
  const accepting = at.find((s) => s.quantity > 0 && returnFit(item, s, lot).ok) ?? at.find((s) => returnFit(item, s, lot).ok);
  if (accepting) return { kind: 'slot', slot: accepting };
  const first = at[0]!;
  const fit = slotFit(item, first, lot);
  if (fit.kind === 'other-lot') {
    return {
      kind: 'refused',
      message: say('return.to.other-lot', { location: first.location.code, holding: lotWords(fit.lot), returning: lotWords(lot) }),
    };
  }
  return { kind: 'refused', message: say('scan.place.no-room', { code: first.location.code }) };
}

export interface ReturnedSerial {
  serial: string;
  lot: string | null;
  /** The device has the unit in stock somewhere: recorded, and the server flags it (C2). */
  inStock: boolean;
}

/** R13: a returned serial with its lot; unknown serials and other items' serials are refused. */
export function returnSerial(
  item: Item, serial: string, known: Serial | undefined, already: readonly ReturnedSerial[],
): { kind: 'serial'; returned: ReturnedSerial; warning: string | null } | Refused {
  if (already.some((s) => s.serial === serial)) return { kind: 'refused', message: say('return.serial.repeat', { serial }) };
  if (!known) return { kind: 'refused', message: say('scan.serial.unknown', { serial }) };
  if (known.itemId !== item.id) return { kind: 'refused', message: say('scan.serial.other-item', { serial, sku: item.sku }) };
  const inStock = known.status === 'in-stock';
  return {
    kind: 'serial',
    returned: { serial, lot: known.lot, inStock },
    warning: inStock ? say('return.serial.in-stock', { serial }) : null,
  };
}


/** The count a GS1 label carries ((30), else (37)): the returned quantity when the goods' label says it. */
export function labelCount(result: ScanResult): number | undefined {
  return result.ok && result.kind === 'gs1' && result.quantity !== undefined && result.quantity > 0 ? result.quantity : undefined;
}

/** At the quantity step: a label's count sets the quantity; another unit of the item adds one. */
export type ReturnQuantityScan = { kind: 'set'; quantity: number } | { kind: 'add-one' } | Refused;

export function returnQuantityScan(item: Item, lot: string | null, result: ScanResult): ReturnQuantityScan {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind === 'gs1') {
    if (!result.gtin || !hasGtin(item, result.gtin)) {
      return { kind: 'refused', message: say('scan.label.other-item', { gtin: result.gtin ?? '', sku: item.sku }) };
    }
    // R3: the goods' lot decided the slot; a label of another lot is other goods.
    if (tracksLotPerSlot(item) && result.lot !== undefined && result.lot !== lot) {
      return { kind: 'refused', message: say('return.quantity.other-lot', { scanned: result.lot, lot: lotWords(lot) }) };
    }
    const count = labelCount(result);
    return count === undefined ? { kind: 'add-one' } : { kind: 'set', quantity: count };
  }
  if (isCodeOf(item, result.value) || (result.gtin !== undefined && hasGtin(item, result.gtin))) return { kind: 'add-one' };
  return { kind: 'refused', message: say('return.quantity.scan', { sku: item.sku }) };
}
