import { z } from 'zod';
import type { ApplyResult, OpContext, World } from '../engine';
import { finish, newDraft, putSerial, rejected, transact } from '../effects-builder';
import { isInSlot } from '../lookup';
import { unknownSerial } from '../resolve';
import { lot, serialRef } from './common';

/** R14: a supervisor corrects a serial's lot on its detail. */
export const changeSerialLotPayload = z.object({ serial: serialRef, lot });
export type ChangeSerialLotPayload = z.infer<typeof changeSerialLotPayload>;

/**
 * R14: a supervisor corrects a serial's lot. In a slot, that is the
 * remove-and-place pair (R10); in no slot, no transaction. Needs only the
 * serial and its slot (the shell cannot name the serial's item in advance).
 */
export function applyChangeSerialLot(p: ChangeSerialLotPayload, w: World, ctx: OpContext): ApplyResult {
  const serial = w.serials.find((s) => s.serial === p.serial) ?? w.serials.find((s) => s.id === p.serial);
  if (!serial) return unknownSerial(p.serial);
  const d = newDraft(w, ctx);
  if (serial.lot === p.lot) return finish(d);
  if (isInSlot(serial)) {
    if (!w.slots.some((s) => s.id === serial.slotId)) return rejected('unknown-slot', { slotId: serial.slotId });
    const old = { lot: serial.lot, lotUnknown: serial.lot === null, serial: serial.serial };
    transact(d, serial.slotId, { type: 'serial-lot-remove', quantity: -1, ...old });
    transact(d, serial.slotId, { type: 'serial-lot-place', quantity: 1, lot: p.lot, lotUnknown: false, serial: serial.serial });
  }
  putSerial(d, { ...serial, lot: p.lot });
  return finish(d);
}
