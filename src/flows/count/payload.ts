// The count operation's payload, both ways: \`build\` makes it from what the
// operator counted; \`fromPayload\` makes the wizard's state from a rejected
// one (fix and resend, kit/refill.ts).
import { countExpectation, type CountPayload, type Item } from '../../domain';
import { namedSlot, slotOf, type Found } from '../kit/refill';
import type { CountedSerial } from './flow';
import type { useCountStore } from './store';

type CountData = Partial<ReturnType<typeof useCountStore.getState>>;

export interface CountDraft {
  item: Item;
  locationCode: string;
  condition: string;
  expected: { lot: string | null; quantity: number };
  counted: number;
  lot: string;
  serials: readonly CountedSerial[];
  /** The count task worked, if any. */
  countTask?: string | null;
}

/** R9, R14: the payload per src/domain/operations/count.ts. Serials decide a serialized item's quantity. */
export function build(d: CountDraft): CountPayload {
  const base = { item: d.item.sku, location: d.locationCode, condition: d.condition, expected: d.expected, ...(d.countTask ? { countTask: d.countTask } : {}) };
  if (d.item.serialized) {
    return { ...base, counted: { quantity: d.serials.length }, serials: d.serials.map((s) => s.serial) };
  }
  const lot = d.lot.trim();
  const withLot = d.item.lotTracked && d.counted > 0 && lot !== '';
  return { ...base, counted: { quantity: d.counted, ...(withLot ? { lot } : {}) } };
}

export const named = namedSlot;

/**
 * Back at the count with the figures counted before, against what the slot
 * shows now (C2: the expected figure is the device's, as on a first count).
 */
export function fromPayload(p: CountPayload, found: Found): CountData {
  const here = slotOf(p, found);
  if (!here.location) return {};
  if (!here.item) return { location: here.location, step: 'item' };
  const { location, item, slot } = here;
  const expected = countExpectation(item, slot);
  const serials: CountedSerial[] = (p.serials ?? []).map((serial) => {
    const known = found.serial(serial);
    return { serial, lot: known?.lot ?? null, inSlot: known?.slotId === slot.id };
  });
  return {
    location, item, slot, expected, countTask: p.countTask ?? null, counted: p.counted.quantity, lot: p.counted.lot ?? expected.lot ?? '', serials,
    step: item.serialized ? 'serials' : 'count',
  };
}
