import { z } from 'zod';
import type { ApplyResult, OpContext, World } from '../engine';
import { emptyEffects } from '../engine';
import { rejected } from '../effects-builder';
import { lotRecordId } from '../lots/expiry';
import { resolveItem } from '../resolve';
import type { LotRecord } from '../types';
import { itemRef, lot } from './common';

/** A supervisor puts a lot on hold (a recall under investigation) or releases it, always with a reason. */
export const holdLotPayload = z.object({
  item: itemRef,
  lot,
  action: z.enum(['hold', 'release']),
  reason: z.string().trim().min(1, 'a reason is required').max(500),
});
export type HoldLotPayload = z.infer<typeof holdLotPayload>;

/**
 * Holds and releases are kept as the lot's history. A lot not received yet can
 * be held (a recall may come first); holding a held lot or releasing an
 * available one changes nothing and is refused as a command.
 */
export function applyHoldLot(p: HoldLotPayload, w: World, ctx: OpContext): ApplyResult {
  const item = resolveItem(w, p.item);
  if (!item.ok) return item.result;
  const id = lotRecordId(item.value.id, p.lot);
  const stored: LotRecord = w.lots?.find((l) => l.id === id) ?? {
    id, itemId: item.value.id, lot: p.lot, expiry: null, expirySource: null, firstReceived: null, onHold: false, holds: [],
  };
  const onHold = p.action === 'hold';
  if (stored.onHold === onHold) return rejected('lot-hold-unchanged', { lot: p.lot, onHold });
  const next: LotRecord = {
    ...stored, onHold,
    holds: [...stored.holds, { action: p.action, reason: p.reason, opId: ctx.opId, userId: ctx.userId, deviceTime: ctx.deviceTime }],
  };
  return { outcome: 'applied', effects: { ...emptyEffects(), lots: [next] } };
}
