import { z } from 'zod';
import type { ApplyResult, OpContext, World } from '../engine';
import { adjustSlot } from '../adjust-rules';
import { finish, markNeedsCount, newDraft, patchSlot, rejected, slotById } from '../effects-builder';
import { findItemById } from '../lookup';
import { lot, quantity } from './common';
import { acceptedCount, heldCountOf } from '../count-review';

/** C2: a supervisor closes an exception: accept the state, ask for a count, or adjust the slot. */
export const resolveExceptionPayload = z.object({
  exceptionId: z.string().min(1).max(200),
  action: z.enum(['accept', 'count-task', 'adjust']),
  /** Required for 'adjust': the slot's true quantity and lot. */
  adjust: z.object({ quantity, lot: lot.nullable().optional() }).optional(),
  note: z.string().max(500).optional(),
}).refine((p) => p.action !== 'adjust' || p.adjust !== undefined, {
  message: 'adjust is required when action is adjust', path: ['adjust'],
});
export type ResolveExceptionPayload = z.infer<typeof resolveExceptionPayload>;

/**
 * C2: a supervisor closes an exception. 'accept' keeps the recorded state and
 * closes the slot's count task (for a count held for review, R9, it books the
 * count: count-review.ts); 'count-task' keeps (or opens) it; 'adjust'
 * sets the slot like an adjust (R10, R11). The shell loads the exception's
 * item, location and slot.
 */
export function applyResolveException(p: ResolveExceptionPayload, w: World, ctx: OpContext): ApplyResult {
  const exception = w.exceptions.find((e) => e.id === p.exceptionId);
  if (!exception) return rejected('unknown-exception', { exceptionId: p.exceptionId });
  if (exception.status === 'resolved') return rejected('exception-closed', { exceptionId: p.exceptionId });
  const d = newDraft(w, ctx);
  const slot = exception.slotId === null ? undefined : slotById(d, exception.slotId);
  if (p.action === 'adjust') {
    if (!slot) return rejected('unknown-slot', { slotId: exception.slotId });
    const item = findItemById(w, slot.itemId);
    if (!item) return rejected('unknown-item', { itemId: slot.itemId });
    const adjust = p.adjust ?? { quantity: slot.quantity, lot: null };
    const refused = adjustSlot(d, item, slot.id, adjust.quantity, item.lotTracked ? (adjust.lot ?? null) : null);
    if (refused) return refused;
  } else if (slot && p.action === 'accept' && exception.code === 'count-review') {
    // R9: accepting a held count books the counted difference (count-review.ts).
    const held = heldCountOf(exception.details);
    const item = findItemById(w, slot.itemId);
    if (!item) return rejected('unknown-item', { itemId: slot.itemId });
    if (held) {
      const set = acceptedCount(held, slot);
      const refused = adjustSlot(d, item, slot.id, set.quantity, item.lotTracked ? set.lot : null);
      if (refused) return refused;
    } else if (slot.needsCount) patchSlot(d, slot.id, { needsCount: false });
  } else if (slot && p.action === 'accept') {
    if (slot.needsCount) patchSlot(d, slot.id, { needsCount: false });
  } else if (slot) {
    markNeedsCount(d, slot.id);
  }
  d.exceptions.set(exception.id, {
    ...exception, status: 'resolved',
    resolution: p.note ? `${p.action}: ${p.note}` : p.action, resolvedByOpId: ctx.opId,
  });
  return finish(d);
}
