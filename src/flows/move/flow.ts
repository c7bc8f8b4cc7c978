// What the move wizard decides on its own: what a scan means, which slots may
// take the goods (R3, R6, through the domain's slotFit), and the operation it
// records; the lot check (R8a) is the domain's checkLot, as the engine's. Pure: tested without a browser. The engine
// decides the outcome; this is guidance only.
import {
  lotLeaving, slotFit, tracksLotPerSlot, type Item, type Location, type ScanResult, type Slot,
} from '../../domain';
import { say } from '../../words';

export type LocationScan = { kind: 'location'; code: string } | { kind: 'refused'; message: string };

/** A location label is a plain code; a GS1 product label is the wrong thing here. */
export function locationScan(result: ScanResult): LocationScan {
  if (!result.ok) return { kind: 'refused', message: result.message };
  if (result.kind !== 'plain') return { kind: 'refused', message: say('move.scan.product-label') };
  return { kind: 'location', code: result.value };
}

/** True when the item's stock carries one lot per slot that the move must verify (R8a). */
export function needsLotScan(item: Item): boolean {
  return tracksLotPerSlot(item);
}

export type Destination = { ok: true; free: number } | { ok: false; message: string };

export interface SlotWhere extends Slot {
  location: Pick<Location, 'code' | 'active'>;
}

export function slotName(slot: SlotWhere): string {
  return `${slot.location.code}${slot.condition ? ` (${slot.condition})` : ''}`;
}

/**
 * R3, R6: whether `slot` may take `quantity` of `lot`. A slot holding another
 * lot is refused with that lot named; an empty slot or the same lot is fine
 * while there is room.
 */
export function destinationFit(item: Item, slot: SlotWhere, lot: string | null, quantity: number, sourceId: string | null): Destination {
  const where = slotName(slot);
  if (slot.id === sourceId) return { ok: false, message: say('move.to.is-source', { where }) };
  if (!slot.location.active) return { ok: false, message: say('move.to.inactive', { where }) };
  const fit = slotFit(item, slot, lot);
  if (fit.kind === 'other-lot') {
    return {
      ok: false,
      message: fit.lot
        ? say('move.to.other-lot', { where, held: fit.lot, lot })
        : say('move.to.unknown-lot', { where, lot }),
    };
  }
  if (fit.kind === 'full') return { ok: false, message: say('move.to.full', { where }) };
  if (fit.free < quantity) return { ok: false, message: say('move.to.room', { where, free: fit.free }) };
  return { ok: true, free: fit.free };
}

/** The lot that physically moves: the scanned one when there is one (R8a), else the slot's (R4). */
export function movedLot(item: Item, from: Pick<Slot, 'lot' | 'lotUnknown'>, scannedLot: string | null): string | null {
  return needsLotScan(item) ? lotLeaving(from, scannedLot) : null;
}

export type SerialPick = { ok: true; serial: { serial: string; lot: string | null } } | { ok: false; message: string };

/** R13: a scanned serial must be in the slot and not chosen yet; its lot comes with it. */
export function pickSerial(
  inSlot: readonly { serial: string; lot: string | null }[], chosen: readonly { serial: string }[], serial: string,
): SerialPick {
  if (chosen.some((c) => c.serial === serial)) return { ok: false, message: say('move.serial.chosen', { serial }) };
  const found = inSlot.find((s) => s.serial === serial);
  if (!found) return { ok: false, message: say('move.serial.not-in-slot', { serial }) };
  return { ok: true, serial: { serial: found.serial, lot: found.lot } };
}

export type DestinationPick<T> = { kind: 'chosen'; slot: T } | { kind: 'narrow'; code: string } | { kind: 'refused'; message: string };

type Candidate = SlotWhere & { location: Pick<Location, 'code' | 'active' | 'type'> };

/**
 * A scanned destination label (R3, R6): the item's one slot there when it
 * fits; several (a durable item's conditions): narrowed to them for a tap; a
 * held or expired lot (`lotBlocked`) never goes to a pick face (storage).
 */
export function destinationByCode<T extends Candidate>(
  item: Item, source: SlotWhere, slots: readonly T[], code: string, lot: string | null, count: number, lotBlocked: string | null,
): DestinationPick<T> {
  const sameCode = (s: T) => s.location.code.toLowerCase() === code.toLowerCase();
  const at = slots.filter((s) => sameCode(s) && s.id !== source.id);
  if (at.length === 0) {
    const isSource = slots.some((s) => s.id === source.id && sameCode(s));
    return { kind: 'refused', message: isSource ? say('move.to.is-source', { where: code }) : say('scan.not-assigned', { sku: item.sku, code }) };
  }
  if (at.length > 1) return { kind: 'narrow', code: at[0]!.location.code };
  const slot = at[0]!;
  if (lotBlocked && slot.location.type === 'storage') return { kind: 'refused', message: say('move.to.blocked', { refusal: lotBlocked, location: slot.location.code }) };
  const fit = destinationFit(item, slot, lot, count, source.id);
  return fit.ok ? { kind: 'chosen', slot } : { kind: 'refused', message: fit.message };
}

/** The destination to suggest: a slot already holding the lot with room (R6), else an empty one (R3); null when none fits. */
export function suggestDestination<T extends Candidate>(
  item: Item, source: SlotWhere, slots: readonly T[], lot: string | null, count: number, lotBlocked: string | null,
): T | null {
  const fitting = slots.filter((s) => !(lotBlocked && s.location.type === 'storage') && destinationFit(item, s, lot, count, source.id).ok);
  return fitting.find((s) => s.quantity > 0) ?? fitting[0] ?? null;
}
