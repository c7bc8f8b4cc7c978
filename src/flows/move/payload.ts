// The move operation's payload, both ways: \`build\` makes it from what the
// operator confirmed; \`fromPayload\` makes the wizard's state from a rejected
// one (fix and resend, kit/refill.ts).
import type { Item, MovePayload } from '../../domain';
import type { Found } from '../kit/refill';
import { namedTransfer, takenFromPayload } from '../kit/transfer-task';
import { needsLotScan, type SlotWhere } from './flow';
import type { useMoveStore } from './store';

type MoveData = Partial<ReturnType<typeof useMoveStore.getState>>;

export interface MoveDraft {
  item: Item;
  from: SlotWhere;
  to: SlotWhere;
  quantity: number;
  /** R8a: the lot scanned on the goods (tracked, non-serialized items). */
  scannedLot: string | null;
  /** R13: serial numbers, for serialized items. */
  serials: string[];
}

/** The move operation (src/domain/operations/move.ts). */
export function build(d: MoveDraft): MovePayload {
  const payload: MovePayload = {
    item: d.item.sku,
    from: d.from.location.code,
    to: d.to.location.code,
    condition: d.from.condition,
    quantity: d.item.serialized ? d.serials.length : d.quantity,
  };
  if (d.to.condition !== d.from.condition) payload.toCondition = d.to.condition;
  if (d.item.serialized) payload.serials = [...d.serials];
  else if (needsLotScan(d.item) && d.scannedLot !== null) payload.lot = d.scannedLot;
  return payload;
}

export const named = namedTransfer;

/** Back at the confirm step when this device still knows both slots; else at the first step it cannot fill. */
export function fromPayload(p: MovePayload, found: Found): MoveData {
  const taken = takenFromPayload(p, p.from, found);
  if (!taken.found) return {};
  const to = found.slot(taken.data.item, p.to, p.toCondition ?? p.condition);
  return { ...taken.data, to, step: to ? 'confirm' : 'to' };
}
