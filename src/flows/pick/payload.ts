// The pick operation's payload, both ways: \`build\` makes it from what the
// picker confirmed; \`fromPayload\` makes the wizard's state from a rejected
// one (fix and resend, kit/refill.ts).
import type { Item, PickPayload } from '../../domain';
import { namedSlot, slotOf, type Found } from '../kit/refill';
import type { PickedSerial } from './flow';
import type { usePickStore } from './store';

type PickData = Partial<ReturnType<typeof usePickStore.getState>>;

export interface PickDraft {
  item: Item;
  locationCode: string;
  condition: string;
  quantity: number;
  /** The pick list line's quantity, when picking against a list. */
  requested: number | null;
  /** A free reference (free picks), or the list line picked through. */
  pickList: string | { number: string; line: number };
  serials: readonly PickedSerial[];
  /** R8a: the lot on the goods' label, when one was scanned (lot-per-slot items only). */
  scannedLot?: string | null;
  /** FEFO: why a later-expiring lot was taken. */
  fefoReason?: string | null;
}

/**
 * R4: the payload carries no lot of the picker's choosing: the engine writes the slot's,
 * or checks the one the goods' label carried (R8a). R13: serials decide the quantity.
 */
export function build(d: PickDraft): PickPayload {
  const serialized = d.item.serialized;
  const quantity = serialized ? d.serials.length : d.quantity;
  const pickList = typeof d.pickList === 'string' ? d.pickList.trim() : d.pickList;
  return {
    item: d.item.sku,
    location: d.locationCode,
    condition: d.condition,
    quantity,
    ...(d.requested !== null ? { requested: d.requested } : {}),
    ...(serialized ? { serials: d.serials.map((s) => s.serial) } : {}),
    ...(pickList !== '' ? { pickList } : {}),
    ...(!serialized && d.scannedLot ? { lot: d.scannedLot } : {}),
    ...(d.fefoReason ? { fefoReason: d.fefoReason } : {}),
  };
}

export const named = namedSlot;

/** Back at the quantity (or serials) with what was picked, on the same list line when it was one. */
export function fromPayload(p: PickPayload, found: Found): PickData {
  const here = slotOf(p, found);
  if (!here.location) return {};
  if (!here.item) return { location: here.location, step: 'item' };
  const { location, item, slot } = here;
  const list = typeof p.pickList === 'object' ? p.pickList : null;
  const serials: PickedSerial[] = (p.serials ?? []).map((serial) => {
    const known = found.serial(serial);
    return { serial, lot: known?.lot ?? null, inSlot: known?.status === 'in-stock' && known.slotId === slot.id };
  });
  return {
    location, item, slot, choices: [slot], quantity: p.quantity, requested: p.requested ?? null, serials,
    pickList: typeof p.pickList === 'string' ? p.pickList : '', fefoReason: p.fefoReason ?? null, scannedLot: p.lot ?? null,
    listLine: list && {
      number: list.number, line: list.line, itemId: item.id, sku: item.sku, locationCode: location.code, remaining: p.requested ?? p.quantity,
    },
    step: item.serialized ? 'serials' : 'quantity',
  };
}
