// The assign operation's payload, both ways: \`build\` makes it from what the
// operator confirmed; \`fromPayload\` makes the wizard's state from a rejected
// one (fix and resend, kit/refill.ts).
import type { AssignPayload, Item } from '../../domain';
import type { Found, Named } from '../kit/refill';
import { conditionRows, type ConditionRow } from './flow';
import type { useAssignStore } from './store';

type AssignData = Partial<ReturnType<typeof useAssignStore.getState>>;

/** R8, R13: the payload per src/domain/operations/assign.ts. */
export function build(item: Item, locationCode: string, capacity: number, rows: readonly ConditionRow[]): AssignPayload {
  return {
    item: item.sku,
    location: locationCode,
    capacity,
    conditions: rows.map((row) => {
      if (item.serialized) {
        return {
          condition: row.condition, quantity: row.serials.length,
          serials: row.serials.map((s) => ({ serial: s.serial, ...(s.lot ? { lot: s.lot } : {}) })),
        };
      }
      const lot = row.lot.trim();
      const withLot = item.lotTracked && row.quantity > 0 && lot !== '';
      return { condition: row.condition, quantity: row.quantity, ...(withLot ? { lot } : {}) };
    }),
  };
}

export function named(p: AssignPayload): Named {
  return { items: [p.item], locations: [p.location] };
}

/** Back at the stock step with the capacity and every condition's quantity, lot and serials as sent. */
export function fromPayload(p: AssignPayload, found: Found): AssignData {
  const item = found.item(p.item);
  if (!item) return {};
  const location = found.location(p.location);
  if (!location) return { item, rows: conditionRows(item), active: 0, step: 'location' };
  const sent = new Map(p.conditions.map((c) => [c.condition, c]));
  const rows: ConditionRow[] = conditionRows(item).map((row) => {
    const c = sent.get(row.condition);
    if (!c) return row;
    const serials = (c.serials ?? []).map((s) => ({ serial: s.serial, lot: s.lot ?? null }));
    return { ...row, quantity: c.quantity, lot: c.lot ?? serials[0]?.lot ?? '', serials };
  });
  return { item, location, capacity: p.capacity, rows, active: 0, step: 'stock' };
}
