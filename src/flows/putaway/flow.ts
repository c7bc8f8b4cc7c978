// Putaway decisions that need no browser: which locations stage goods, what
// must be placed, and the operations recorded. The engine decides outcomes.
import { slotFit, type Item, type Location, type PlacementLine, type PlacementNeed, type Slot } from '../../domain';
import { withOtherLots } from '../kit/placement/NeedBlock';
import { movedLot } from '../move/flow';
import { say } from '../../words';

/** Putaway starts where goods are staged: a receiving (dock) location. */
export function isStaging(location: Pick<Location, 'type'>): boolean {
  return location.type === 'receiving';
}

export interface ChosenSerial {
  serial: string;
  lot: string | null;
}

/** What must be placed, per lot: the staged lot (R4, or the scanned one, R8a), or per serial lot (R13). */
export function putawayNeeds(
  item: Item, source: Pick<Slot, 'lot' | 'lotUnknown'>, scannedLot: string | null, quantity: number, serials: ChosenSerial[],
): PlacementNeed[] {
  if (item.serialized) {
    const byLot = new Map<string | null, number>();
    for (const s of serials) byLot.set(s.lot, (byLot.get(s.lot) ?? 0) + 1);
    return [...byLot].map(([lot, n]) => ({ lot, quantity: n }));
  }
  return [{ lot: movedLot(item, source, scannedLot), quantity }];
}

/** Units of a need still without a slot. */
export function unplacedOf(need: PlacementNeed, placements: readonly PlacementLine[]): number {
  return need.quantity - placements.filter((p) => p.lot === need.lot).reduce((n, p) => n + p.quantity, 0);
}


type Target = Slot & { location: Pick<Location, 'code'> };

export type PlaceScan = { ok: true; line: PlacementLine } | { ok: false; message: string };

/**
 * R3, R6: a scanned shelf label takes what is still unplaced of the first lot
 * that fits there (as much as it has room for): `line` is that slot's new
 * placement of the lot. Refused, with the reason, when the slot holds another
 * lot, is full, is not the item's, or everything is placed already.
 */
export function placeByScan(item: Item, slots: readonly Target[], needs: readonly PlacementNeed[], placements: readonly PlacementLine[], code: string): PlaceScan {
  const at = slots.filter((s) => s.location.code.toLowerCase() === code.toLowerCase());
  if (at.length === 0) return { ok: false, message: say('putaway.place.no-slot-here', { sku: item.sku, code }) };
  for (const need of needs) {
    const left = unplacedOf(need, placements);
    if (left === 0) continue;
    for (const slot of at) {
      const fit = slotFit(item, withOtherLots(slot, [...placements], need.lot), need.lot);
      if (fit.kind !== 'same-lot' && fit.kind !== 'empty') continue;
      const mine = placements.find((p) => p.slotId === slot.id && p.lot === need.lot)?.quantity ?? 0;
      const room = fit.free - mine;
      if (room <= 0) continue;
      return { ok: true, line: { slotId: slot.id, lot: need.lot, quantity: mine + Math.min(left, room) } };
    }
    const first = at[0]!;
    const fit = slotFit(item, first, need.lot);
    if (fit.kind !== 'other-lot') return { ok: false, message: say('scan.place.no-room', { code }) };
    return { ok: false, message: say('scan.place.other-lot', { code, holding: fit.lot ? say('kit.tag.lot', { lot: fit.lot }) : say('kit.stock-unknown-lot') }) };
  }
  return { ok: false, message: say('putaway.place.all-placed') };
}
