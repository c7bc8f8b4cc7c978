// What a move or putaway into one slot saved, line by lot (R13: serials of several lots are one line per lot).
import type { Item } from '../../../domain';
import type { ChosenSerial } from '../transfer-task';
import type { SavedLine } from './TransferDone';

export function savedLines(item: Item, lot: string | null, quantity: number, serials: readonly ChosenSerial[], to: string): SavedLine[] {
  if (!item.serialized) return [{ lot, quantity, to }];
  const byLot = new Map<string | null, number>();
  for (const s of serials) byLot.set(s.lot, (byLot.get(s.lot) ?? 0) + 1);
  return [...byLot].map(([l, n]) => ({ lot: l, quantity: n, to }));
}
