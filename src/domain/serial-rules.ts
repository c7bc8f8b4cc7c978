// Serialized items (R13, R14): a lot per serial, so units of different lots share
// a slot; slot.quantity counts the serials in it; one ±1 transaction per unit.
import {
  getSerial, markNeedsCount, nextId, putSerial, raise, serialOf, transact, type Draft,
} from './effects-builder';
import { isInSlot } from './lookup';
import { NO_LOT, type MovedLot } from './slot-rules';
import type { Item, Serial, SerialStatus, TransactionType } from './types';

/** R13: a serial's transactions carry its own lot; untracked items carry none. */
export function serialLot(item: Item, serial: Serial): MovedLot {
  if (!item.lotTracked) return NO_LOT;
  return { lot: serial.lot, lotUnknown: serial.lot === null };
}

/**
 * Put a unit into a slot: out of the slot it is in (if any) with `outType`, into
 * the target with `inType`. Returns the slot it was in before (null if none).
 */
export function moveSerialInto(
  d: Draft, item: Item, serialId: string, slotId: string, outType: TransactionType, inType: TransactionType,
): string | null {
  const serial = getSerial(d, serialId);
  const from = isInSlot(serial) ? serial.slotId : null;
  if (from === slotId) return from;
  const lot = serialLot(item, serial);
  if (from !== null) transact(d, from, { type: outType, quantity: -1, ...lot, serial: serial.serial });
  transact(d, slotId, { type: inType, quantity: 1, ...lot, serial: serial.serial });
  putSerial(d, { ...serial, slotId, status: 'in-stock' });
  return from;
}

/** Take a unit out of whatever slot it is in (none: no transaction) and give it a new status. */
export function removeSerial(d: Draft, item: Item, serialId: string, type: TransactionType, status: SerialStatus): string | null {
  const serial = getSerial(d, serialId);
  const from = isInSlot(serial) ? serial.slotId : null;
  if (from !== null) transact(d, from, { type, quantity: -1, ...serialLot(item, serial), serial: serial.serial });
  putSerial(d, { ...serial, slotId: null, status });
  return from;
}

export interface NewSerial {
  serial: string;
  lot?: string | undefined;
}

/**
 * A unit received into a slot (restock, assign). R13: creating a serial requires
 * its lot when the item tracks lots; a missing one is recorded as unknown (C2).
 * A serial already in stock elsewhere is a contradiction: it moves and is flagged.
 */
export function receiveSerial(d: Draft, item: Item, slotId: string, given: NewSerial, type: TransactionType): void {
  const givenLot = item.lotTracked ? (given.lot ?? null) : null;
  const existing = serialOf(d, item.id, given.serial);
  if (existing && isInSlot(existing)) {
    // R13 + C2: the unit is already in stock; R14: its lot is not changed by a receipt.
    raise(d, 'serial-exists', { slotId }, {
      serial: given.serial, expected: { notInStock: true }, found: { slotId: existing.slotId, lot: existing.lot }, givenLot,
    });
    moveSerialInto(d, item, existing.id, slotId, type, type);
    return;
  }
  const serial: Serial = existing
    ? { ...existing, lot: givenLot ?? existing.lot }
    : { id: nextId(d, 'n'), itemId: item.id, serial: given.serial, lot: givenLot, slotId: null, status: 'picked' };
  putSerial(d, serial);
  moveSerialInto(d, item, serial.id, slotId, type, type);
  if (item.lotTracked && serial.lot === null) {
    raise(d, 'lot-missing', { slotId }, { serial: given.serial, expected: 'lot', found: null });
  }
}

/** Where a named unit actually was, for an exception's details. */
export interface SerialFound {
  serial: string;
  slotId: string | null;
  status: SerialStatus;
}

export function whereIs(serial: Serial): SerialFound {
  return { serial: serial.serial, slotId: serial.slotId, status: serial.status };
}

/**
 * R13 + C2: units named for one slot were elsewhere (or in no slot). They are
 * still handled as the operator did; one exception lists them, and every slot
 * they came from gets a count task too.
 */
export function flagElsewhere(d: Draft, slotId: string, found: SerialFound[]): void {
  if (found.length === 0) return;
  raise(d, 'serial-elsewhere', { slotId }, {
    expected: { slotId }, found, serials: found.map((f) => f.serial),
  });
  for (const f of found) if (f.slotId !== null && f.slotId !== slotId && f.status === 'in-stock') markNeedsCount(d, f.slotId);
}
