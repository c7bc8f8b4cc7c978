import { z } from 'zod';
import type { OpContext, World } from '../engine';
import { newDraft, nextId, raise, type Drafted } from '../effects-builder';
import { resolveItem } from '../resolve';
import { itemRef, lot, positiveQuantity, serialRef } from './common';

/** R15, R15a: lots recorded on a shipment at packing; not tied to stock. */
export const packPayload = z.object({
  shipment: z.string().trim().min(1).max(64),
  lines: z.array(z.object({
    item: itemRef,
    quantity: positiveQuantity,
    lot: lot.optional(),
    serial: serialRef.optional(),
    /** The lot the pick took, when known, to show a mismatch. */
    pickedLot: lot.nullable().optional(),
  })).min(1).max(500),
});
export type PackPayload = z.infer<typeof packPayload>;

/**
 * R15: lots recorded on the shipment, not tied to stock: no transaction, and a
 * mismatch with the picked lot is shown, never blocked. R15a: whether a lot is
 * asked for follows item.lotAtPack, not item.lotTracked.
 */
export function applyPack(p: PackPayload, w: World, ctx: OpContext): Drafted {
  const d = newDraft(w, ctx);
  for (const [index, line] of p.lines.entries()) {
    const item = resolveItem(w, line.item);
    if (!item.ok) return item.result;
    const lot = line.lot ?? null;
    const serial = line.serial ?? null;
    const pickedLot = line.pickedLot ?? null;
    d.shipmentLines.push({
      id: nextId(d, 'p'), opId: ctx.opId, shipment: p.shipment, itemId: item.value.id,
      quantity: line.quantity, lot, serial, pickedLot,
      lotMismatch: lot !== null && pickedLot !== null && lot !== pickedLot,
    });
    const missing = lot === null || (item.value.serialized && serial === null);
    if (w.settings.requireLotAtPack && item.value.lotAtPack && missing) {
      // C2: the packer recorded the line without what the setting asks for.
      raise(d, 'pack-lot-missing', { itemId: item.value.id }, {
        shipment: p.shipment, line: index,
        expected: { lot: true, serial: item.value.serialized }, found: { lot, serial },
      });
    }
  }
  // C2: lots on hold or expired are a post-rule (post-rules.ts).
  return d;
}
