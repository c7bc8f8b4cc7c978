import { z } from 'zod';
import type { ApplyResult, OpContext, World } from '../engine';
import {
  currentSerials, currentSlots, finish, markNeedsCount, newDraft, patchSlot,
} from '../effects-builder';
import { isInSlot } from '../lookup';
import { resolveItem } from '../resolve';
import type { Item } from '../types';
import { itemRef } from './common';

/** R1, R2: a supervisor switches lot tracking for one or many items. */
export const setLotTrackingPayload = z.object({
  items: z.array(itemRef).min(1).max(5000),
  tracked: z.boolean(),
});
export type SetLotTrackingPayload = z.infer<typeof setLotTrackingPayload>;

/**
 * R1: tracking switched per item, for one or many. R2: stock already in slots
 * gets an unknown lot and a count task. Switching off forgets slot lots, so
 * switching on again makes them unknown (R2). Unchanged items are not emitted.
 */
export function applySetLotTracking(p: SetLotTrackingPayload, w: World, ctx: OpContext): ApplyResult {
  const items: Item[] = [];
  for (const ref of p.items) {
    const item = resolveItem(w, ref);
    if (!item.ok) return item.result;
    if (!items.some((i) => i.id === item.value.id)) items.push(item.value);
  }
  const d = newDraft(w, ctx);
  const changed = new Set(items.filter((i) => i.lotTracked !== p.tracked).map((i) => i.id));
  // One pass over the rows: a switch may cover thousands of items (R1: from the items grid).
  const slots = groupByItem(currentSlots(d).filter((s) => changed.has(s.itemId)));
  const serials = groupByItem(currentSerials(d).filter((s) => changed.has(s.itemId)));
  for (const item of items) {
    if (!changed.has(item.id)) continue;
    d.items.set(item.id, { ...item, lotTracked: p.tracked });
    const own = slots.get(item.id) ?? [];
    if (!p.tracked) {
      for (const s of own) if (s.lot !== null || s.lotUnknown) patchSlot(d, s.id, { lot: null, lotUnknown: false });
    } else if (item.serialized) {
      // R2, R13: units in stock without a lot make their slot need a count.
      for (const serial of serials.get(item.id) ?? []) {
        if (isInSlot(serial) && serial.lot === null) markNeedsCount(d, serial.slotId);
      }
    } else {
      // R2: the lot of stock already in the slot is unknown until a count or import sets it.
      for (const s of own) {
        if (s.quantity !== 0 && s.lot === null) patchSlot(d, s.id, { lotUnknown: true, needsCount: true });
      }
    }
  }
  return finish(d);
}

function groupByItem<T extends { itemId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.itemId);
    if (group) group.push(row);
    else groups.set(row.itemId, [row]);
  }
  return groups;
}
