// The putaway operation's payloads, both ways: \`build\` makes them from what
// the operator confirmed; \`fromPayload\` makes the wizard's state from a
// rejected one (fix and resend, kit/refill.ts).
import type { Item, PlacementLine, PutawayPayload } from '../../domain';
import type { Found } from '../kit/refill';
import { namedTransfer, takenFromPayload, type ChosenSerial } from '../kit/transfer-task';
import { needsLotScan } from '../move/flow';
import type { usePutawayStore } from './store';

type PutawayData = Partial<ReturnType<typeof usePutawayStore.getState>>;

interface SlotRef {
  id: string;
  condition: string;
  location: { code: string };
}

/**
 * The putaway operations. A putaway payload has one source and ONE target, so
 * when the guidance splits the goods over several slots (not enough room in
 * one, or serials of several lots), one operation is recorded per target slot
 * (and lot); each carries the source, the lot scanned on the goods (R8a) and
 * its own serials (R13).
 */
export function build(
  item: Item, source: SlotRef, placements: readonly PlacementLine[], slots: readonly SlotRef[], scannedLot: string | null, serials: ChosenSerial[],
): PutawayPayload[] {
  const byId = new Map(slots.map((s) => [s.id, s]));
  const pool = new Map<string | null, string[]>();
  for (const s of serials) pool.set(s.lot, [...(pool.get(s.lot) ?? []), s.serial]);
  return placements.filter((p) => p.quantity > 0).map((p) => {
    const to = byId.get(p.slotId);
    if (!to) throw new Error(`slot ${p.slotId} is not among the item's slots`);
    const payload: PutawayPayload = { item: item.sku, from: source.location.code, to: to.location.code, condition: source.condition, quantity: p.quantity };
    if (item.serialized) payload.serials = (pool.get(p.lot) ?? []).splice(0, p.quantity);
    else if (needsLotScan(item) && scannedLot !== null) payload.lot = scannedLot;
    return payload;
  });
}

export const named = namedTransfer;

/**
 * Back at the place step with the goods taken as before: the shelf is
 * suggested and scanned again (the refused target is the likely mistake).
 */
export function fromPayload(p: PutawayPayload, found: Found): PutawayData {
  const taken = takenFromPayload(p, p.from, found);
  if (!taken.found) return {};
  return { ...taken.data, placements: [], step: 'place' };
}
