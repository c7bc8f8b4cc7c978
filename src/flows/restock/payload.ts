// The restock operation's payload, both ways: \`build\` makes it from what the
// operator placed; \`fromPayload\` makes the wizard's state from a rejected
// one (fix and resend, kit/refill.ts).
import type { Item, RestockPayload } from '../../domain';
import type { Found, Named } from '../kit/refill';
import type { LotLine, Placement, SerialLine, useRestockStore } from './store';

type RestockData = Partial<ReturnType<typeof useRestockStore.getState>>;

export interface SlotRef {
  id: string;
  condition: string;
  location: { code: string };
}

/**
 * The restock operation: one line per slot and lot, serials handed out to their
 * lines in order, and the purchase order it receives against when there is one.
 */
export function build(
  item: Item, placements: Placement[], slots: SlotRef[], serials: SerialLine[], purchaseOrder: string | null = null,
  /** Expiry (YYYY-MM-DD) by lot, when the label or the operator gave one. */
  expiries: ReadonlyMap<string, string> = new Map(),
): RestockPayload {
  const bySlot = new Map(slots.map((s) => [s.id, s]));
  const pool = new Map<string | null, SerialLine[]>();
  for (const s of serials) pool.set(s.lot, [...(pool.get(s.lot) ?? []), s]);
  const lines = placements.filter((p) => p.quantity > 0).map((p) => {
    const slot = bySlot.get(p.slotId);
    if (!slot) throw new Error(`slot ${p.slotId} is not among the item's slots`);
    const line: RestockPayload['lines'][number] = { location: slot.location.code, condition: slot.condition, quantity: p.quantity };
    if (item.serialized) {
      const taken = (pool.get(p.lot) ?? []).splice(0, p.quantity);
      line.serials = taken.map((s) => (s.lot === null ? { serial: s.serial } : { serial: s.serial, lot: s.lot }));
    } else if (item.lotTracked && p.lot !== null) {
      line.lot = p.lot;
      const expiry = expiries.get(p.lot);
      if (expiry !== undefined) line.expiry = expiry;
    }
    return line;
  });
  return purchaseOrder ? { item: item.sku, lines, purchaseOrder } : { item: item.sku, lines };
}

export function named(p: RestockPayload): Named {
  return { items: [p.item], locations: p.lines.map((l) => l.location) };
}

/** R5/R13: back at placing with the same quantity, lots (with their expiry) and serials; the shelves are scanned again. */
export function fromPayload(p: RestockPayload, found: Found): RestockData {
  const item = found.item(p.item);
  if (!item) return {};
  const lots = new Map<string, LotLine>();
  for (const line of p.lines) {
    if (!line.lot) continue;
    const known = lots.get(line.lot);
    lots.set(line.lot, {
      key: `refill-${lots.size}`, ...known, lot: line.lot, quantity: (known?.quantity ?? 0) + line.quantity,
      ...(line.expiry ? { expiry: line.expiry } : {}),
    });
  }
  const serials: SerialLine[] = p.lines.flatMap((l) => (l.serials ?? []).map((x) => ({ serial: x.serial, lot: x.lot ?? null })));
  return {
    item, purchaseOrder: p.purchaseOrder ?? null, quantity: p.lines.reduce((n, l) => n + l.quantity, 0),
    lots: [...lots.values()], serials, placements: [] as Placement[], step: 'place',
  };
}
