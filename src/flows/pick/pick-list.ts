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
