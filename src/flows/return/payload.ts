// The return operation's payload, both ways: \`build\` makes it from what the
// operator confirmed; \`fromPayload\` makes the wizard's state from a rejected
// one (fix and resend, kit/refill.ts).
import type { Item, ReturnPayload } from '../../domain';
import { namedSlot, type Found } from '../kit/refill';
import type { ReturnedSerial } from './flow';
import type { useReturnStore } from './store';

type ReturnData = Partial<ReturnType<typeof useReturnStore.getState>>;

export interface ReturnDraft {
  item: Item;
  lot: string | null;
  locationCode: string;
  condition: string;
  quantity: number;
  serials: readonly ReturnedSerial[];
}

/** R3/R4: a lot-tracked item returns with its lot (null = unknown); R13: serials carry theirs. */
export function build(d: ReturnDraft): ReturnPayload {
  const { item } = d;
  if (item.serialized) {
    return { item: item.sku, location: d.locationCode, condition: d.condition, quantity: d.serials.length, serials: d.serials.map((s) => s.serial) };
  }
  return {
    item: item.sku, location: d.locationCode, condition: d.condition, quantity: d.quantity,
    ...(item.lotTracked ? { lot: d.lot } : {}),
  };
}

export const named = namedSlot;

/** Back at the location step with the goods as returned: the shelf is scanned again. */
export function fromPayload(p: ReturnPayload, found: Found): ReturnData {
  const item = found.item(p.item);
  if (!item) return {};
  const serials: ReturnedSerial[] = (p.serials ?? []).map((serial) => {
    const known = found.serial(serial);
    return { serial, lot: known?.lot ?? null, inStock: known?.status === 'in-stock' };
  });
  return { item, lot: p.lot ?? null, serials, quantity: p.quantity, slot: null, step: 'location' };
}
