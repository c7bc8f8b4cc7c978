// A slot's lot as a supervisor reads it: the lot, "unknown" (R2), or why there is none.
import type { Slot } from '../../domain';

export function SlotLot({ slot, serialized }: { slot: Pick<Slot, 'lot' | 'lotUnknown' | 'quantity'>; serialized: boolean }) {
  if (slot.lotUnknown) return <span className="tag warn">lot unknown</span>;
  if (slot.lot) return <span className="tag">{slot.lot}</span>;
  if (serialized) return <span className="hint">per serial</span>;
  return <span className="hint">{slot.quantity === 0 ? 'empty' : 'no lot'}</span>;
}
