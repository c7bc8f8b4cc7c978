// What happened to an order, worked out once for the server (from applied
// operations) and for the device (adding its own unconfirmed ones, C4):
// - a purchase order line's received units: restocks naming the order, per
//   item, fill that item's lines in line order; the item's last line takes any
//   excess, so an over-delivery shows and is never lost;
// - a pick list line's picked units: picks naming the list and line, summed.
import type { PickList, PickListLine, PurchaseOrder, PurchaseOrderLine } from './order-types';

/** How a pick payload names the line it works: `pickList: { number, line }`. */
export interface PickListRef { number: string; line: number }

/** The list line a pick payload names, or null when it names none (a free pick). */
export function pickListRefOf(payload: unknown): PickListRef | null {
  const ref = (payload as { pickList?: unknown } | null)?.pickList as { number?: unknown; line?: unknown } | undefined;
  if (typeof ref !== 'object' || ref === null) return null;
  return typeof ref.number === 'string' && typeof ref.line === 'number' ? { number: ref.number, line: ref.line } : null;
}

/** The purchase order number a restock payload receives against, or null. */
export function purchaseOrderOf(payload: unknown): string | null {
  const number = (payload as { purchaseOrder?: unknown } | null)?.purchaseOrder;
  return typeof number === 'string' ? number : null;
}

/**
 * Spreads `extra` received units per item over an order's lines on top of what
 * each line already shows: lines fill in line order up to their quantity, the
 * item's last line takes what is left.
 */
export function spreadReceived<L extends PurchaseOrderLine>(lines: readonly L[], extraFor: (itemId: string) => number): L[] {
  const left = new Map<string, number>();
  const lastLine = new Map(lines.map((l) => [l.itemId, l.line]));
  return lines.map((l) => {
    const extra = left.get(l.itemId) ?? extraFor(l.itemId);
    const take = lastLine.get(l.itemId) === l.line ? extra : Math.max(0, Math.min(extra, l.quantity - l.received));
    left.set(l.itemId, extra - take);
    return { ...l, received: l.received + take };
  });
}

/** An order with its received units per line, from units received per item of that order. */
export function withReceivedUnits<O extends Omit<PurchaseOrder, 'lines'> & { lines: Omit<PurchaseOrderLine, 'received'>[] }>(
  order: O, receivedFor: (itemId: string) => number,
): Omit<O, 'lines'> & { lines: (O['lines'][number] & { received: number })[] } {
  return { ...order, lines: spreadReceived(order.lines.map((l) => ({ ...l, received: 0 })), receivedFor) };
}

/** A pick list with `more` picked units added to each line, by line number. */
export function addPicked<L extends PickListLine, T extends Omit<PickList, 'lines'> & { lines: L[] }>(
  list: T, moreFor: (line: number) => number,
): T {
  return { ...list, lines: list.lines.map((l) => ({ ...l, picked: l.picked + moreFor(l.line) })) };
}

/** Units still to pick on a line: never below zero, an over-pick closes the line. */
export function remainingToPick(line: Pick<PickListLine, 'quantity' | 'picked'>): number {
  return Math.max(0, line.quantity - line.picked);
}
