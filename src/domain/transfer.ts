// Stock moved from one slot to another: move and pull (R8a), putaway (R3, R6).
import type { OpContext, World } from './engine';
import { getSlot, newDraft, raise, serialOf, type Drafted } from './effects-builder';
import { isInSlot } from './lookup';
import { requireSerials, resolveTarget, unknownSerial } from './resolve';
import { flagElsewhere, moveSerialInto, whereIs, type SerialFound } from './serial-rules';
import { checkLot } from './lot-check';
import { checkCapacity, ensureSlot, placeStock, takeStock } from './slot-rules';
import type { TransactionType } from './types';

export interface TransferPayload {
  item: string;
  from: string;
  to: string;
  condition: string;
  toCondition?: string | undefined;
  quantity: number;
  lot?: string | undefined;
  serials?: string[] | undefined;
}

export interface TransferKind {
  out: TransactionType;
  in: TransactionType;
  /** R6: check the destination's capacity. */
  checkCapacity: boolean;
}

export function applyTransfer(p: TransferPayload, w: World, ctx: OpContext, kind: TransferKind): Drafted {
  const from = resolveTarget(w, p.item, p.from, p.condition);
  if (!from.ok) return from.result;
  const to = resolveTarget(w, p.item, p.to, p.toCondition ?? p.condition);
  if (!to.ok) return to.result;
  const item = from.value.item;
  const serials = requireSerials(item, p.quantity, p.serials);
  if (!serials.ok) return serials.result;

  const d = newDraft(w, ctx);
  const srcId = ensureSlot(d, item, from.value.location, from.value.condition);
  const dstId = ensureSlot(d, item, to.value.location, to.value.condition);

  if (item.serialized) {
    // R13: units move one by one with their own lots; R3 does not apply.
    const elsewhere: SerialFound[] = [];
    for (const name of serials.value) {
      const serial = serialOf(d, item.id, name);
      if (!serial) return unknownSerial(name);
      if (!(isInSlot(serial) && serial.slotId === srcId)) elsewhere.push(whereIs(serial));
      moveSerialInto(d, item, serial.id, dstId, kind.out, kind.in);
    }
    flagElsewhere(d, srcId, elsewhere);
  } else {
    const src = getSlot(d, srcId);
    // R8a: the lot scanned on the goods is verified against the slot's. A
    // different one is the physical fact: it is what moves, and the source is flagged.
    const scanned = item.lotTracked ? p.lot : undefined;
    const check = scanned !== undefined ? checkLot(src, scanned) : null;
    if (check?.kind === 'mismatch') {
      raise(d, 'lot-mismatch', { slotId: srcId }, { expected: { lot: check.expected }, found: { lot: check.found } });
    }
    // No scan: the device verified the slot's lot before confirming (R4, R8a).
    const moved = takeStock(d, item, srcId, p.quantity, kind.out, scanned);
    // R3: the destination must be empty or hold the same lot.
    placeStock(d, item, dstId, p.quantity, kind.in, moved.lot);
  }
  if (kind.checkCapacity) checkCapacity(d, dstId);
  return d;
}
