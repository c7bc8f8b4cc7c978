import { z } from 'zod';
import type { ApplyResult, OpContext, World } from '../engine';
import { applyTransfer } from '../transfer';
import { flagMovedLots } from '../lots/flag';
import {
  condition, distinctSerials, itemRef, locationRef, lot, positiveQuantity, SERIAL_COUNT_MESSAGE, SERIAL_DISTINCT_MESSAGE, serialRef, serialsMatchQuantity,
} from './common';

/** R8a, R3: stock moved (or pulled) from one slot to another. */
export const movePayload = z.object({
  item: itemRef,
  from: locationRef,
  to: locationRef,
  condition,
  /** Destination condition for durable items; defaults to the source's. */
  toCondition: z.string().trim().max(32).optional(),
  quantity: positiveQuantity,
  /** R8a: scanned from the goods to verify against the source slot. */
  lot: lot.optional(),
  serials: z.array(serialRef).optional(),
})
  .refine(serialsMatchQuantity, { message: SERIAL_COUNT_MESSAGE, path: ['serials'] })
  .refine((p) => distinctSerials(p.serials), { message: SERIAL_DISTINCT_MESSAGE, path: ['serials'] });
export type MovePayload = z.infer<typeof movePayload>;

/** R8a, R3, R6: a move or pull; see transfer.ts. */
export function applyMove(p: MovePayload, w: World, ctx: OpContext): ApplyResult {
  // C2: a held or expired lot moved into a pick face by a device that did not know yet.
  return flagMovedLots(applyTransfer(p, w, ctx, { out: 'move-out', in: 'move-in', checkCapacity: true }), w, ctx);
}
