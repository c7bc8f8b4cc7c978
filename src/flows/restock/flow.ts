// What the placing step must place (the operation it records is payload.ts).
// Pure: tested without a browser.
import { tracksLotPerSlot, type Item, type PlacementNeed } from '../../domain';
import type { LotLine, Placement, SerialLine } from './store';

/** The units to place, per lot (R5); one need without a lot for untracked items. */
export function placementNeeds(item: Item, quantity: number, lots: LotLine[], serials: SerialLine[]): PlacementNeed[] {
  if (item.serialized) {
    // R13: serials of any lot may share a slot: one need per lot keeps each serial's lot on its line.
    const byLot = new Map<string | null, number>();
    for (const s of serials) byLot.set(s.lot, (byLot.get(s.lot) ?? 0) + 1);
    return [...byLot].map(([lot, n]) => ({ lot, quantity: n }));
  }
  if (!item.lotTracked) return [{ lot: null, quantity }];
  return lots.filter((l) => l.quantity > 0).map((l) => ({ lot: l.lot, quantity: l.quantity }));
}

/** R5: every unit has a lot before anything is placed. */
export function lotsComplete(quantity: number, lots: LotLine[]): boolean {
  return lots.every((l) => l.quantity > 0) && lots.reduce((n, l) => n + l.quantity, 0) === quantity;
}

/** Units of a lot still without a slot. */
export function unplacedOf(need: PlacementNeed, placements: Placement[]): number {
  return need.quantity - placements.filter((p) => p.lot === need.lot).reduce((n, p) => n + p.quantity, 0);
}

/**
 * Issue 16: the quantity a receipt starts at: the count the scanned label
 * carries ((30) or (37): what is in hand), else what the order line still
 * expects, else nothing known (undefined: the step keeps its own default).
 */
export function startingQuantity(labelCount: number | undefined, due: number | undefined): number | undefined {
  if (labelCount !== undefined && labelCount > 0) return labelCount;
  if (due !== undefined && due > 0) return due;
  return undefined;
}

/**
 * R5 + issue 16: a scanned lot label adds its lot line and never dead-ends.
 * Units still without a lot go to it (its label's count of them when it
 * carries one). When every unit has a lot already, the quantity is split:
 * the new lot takes its label's count (or half of the largest line) from the
 * largest line. The same lot scanned again leaves the lines as they are.
 * Null when nothing can be split (every line holds a single unit).
 */
export function addLotLine(
  lots: LotLine[], quantity: number, lot: string, key: string, label: { count?: number | undefined; expiry?: string | undefined } = {},
): LotLine[] | null {
  const dated = label.expiry ? { expiry: label.expiry } : {};
  const known = lots.find((l) => l.lot === lot);
  if (known) return lots.map((l) => (l === known ? { ...l, ...dated } : l));
  const remaining = quantity - lots.reduce((n, l) => n + l.quantity, 0);
  const count = label.count !== undefined && label.count > 0 ? label.count : undefined;
  if (remaining > 0) return [...lots, { key, lot, quantity: Math.min(count ?? remaining, remaining), ...dated }];
  const largest = lots.reduce<LotLine | undefined>((big, l) => (!big || l.quantity > big.quantity ? l : big), undefined);
  if (!largest || largest.quantity < 2) return null;
  const take = Math.min(count ?? Math.floor(largest.quantity / 2), largest.quantity - 1);
  return [...lots.map((l) => (l === largest ? { ...l, quantity: l.quantity - take } : l)), { key, lot, quantity: take, ...dated }];
}

/** One GS1 scan fills everything it carries: its lot takes the whole quantity when no lot line was made yet (R5). */
export function lotsAfterQuantity(
  item: Item, quantity: number, scanned: { lot?: string; expiry?: string } | null, lots: LotLine[],
): LotLine[] {
  if (!scanned?.lot || lots.length > 0 || !tracksLotPerSlot(item)) return lots;
  return [{ key: 'scanned', lot: scanned.lot, quantity, ...(scanned.expiry ? { expiry: scanned.expiry } : {}) }];
}
