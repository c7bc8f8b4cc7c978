// A slot's lot as a supervisor reads it: the lot, "unknown" (R2), or why there is none.
import type { Slot } from '../../domain';
import { say } from '../../words';

export function SlotLot({ slot, serialized }: { slot: Pick<Slot, 'lot' | 'lotUnknown' | 'quantity'>; serialized: boolean }) {
  if (slot.lotUnknown) return <span className="tag warn">{say('console.items.slot-lot.unknown')}</span>;
  if (slot.lot) return <span className="tag">{slot.lot}</span>;
  if (serialized) return <span className="hint">{say('console.items.slot-lot.per-serial')}</span>;
  return <span className="hint">{say(slot.quantity === 0 ? 'console.items.slot-lot.empty' : 'console.items.slot-lot.none')}</span>;
}
