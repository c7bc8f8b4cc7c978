// Picking through a pick list, line by line. What is left of each line (the
// server's picked count plus this device's queued picks) comes from the
// replica (src/replica/orders.ts); here is the line the picker works on.
import type { PickListView } from '../../replica/orders';

/** A line the picker works on. */
export interface ListLine {
  number: string;
  line: number;
  itemId: string;
  sku: string;
  locationCode: string | null;
  /** Units still to pick when the line was chosen (never below zero). */
  remaining: number;
}

export function listLineOf(list: PickListView, line: PickListView['lines'][number]): ListLine {
  return { number: list.number, line: line.line, itemId: line.itemId, sku: line.sku, locationCode: line.locationCode, remaining: line.remaining };
}

/** The lines still to pick, in line order. */
export function openLines(list: PickListView): PickListView['lines'] {
  return [...list.lines].filter((l) => l.remaining > 0).sort((a, b) => a.line - b.line);
}

type OpenLine = PickListView['lines'][number];

/** Location codes as a walker meets them: A-2 before A-10, then by line. */
const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Walking order: the lines sorted by the location each is picked from (the
 * list's location, else where the stock is: `at`), in location code order;
 * lines nobody can place yet come last, in line order.
 */
export function walkingOrder<L extends { line: number }>(lines: readonly L[], at: (line: L) => string | null): L[] {
  return [...lines].sort((a, b) => {
    const [wa, wb] = [at(a), at(b)];
    if (wa === null || wb === null) return (wa === null ? 1 : 0) - (wb === null ? 1 : 0) || a.line - b.line;
    return byCode.compare(wa, wb) || a.line - b.line;
  });
}

/**
 * The next line to pick after `picked` (lines already picked in this walk: a
 * short line stays open on the list but is not offered again), in walking order.
 */
export function nextOpenLine(list: PickListView, picked: ReadonlySet<number>, at: (line: OpenLine) => string | null): OpenLine | undefined {
  return walkingOrder(openLines(list).filter((l) => !picked.has(l.line)), at)[0];
}

/** What a list line's pick starts at: what is still to pick of the line, no more than the slot holds (never below 0). */
export function remainderDefault(remaining: number, inSlot: number): number {
  return Math.max(0, Math.min(remaining, inSlot));
}
