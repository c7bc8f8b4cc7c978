// Placing one lot's share into slots, shared by restock and putaway (R3, R6):
// every slot of the item with its lot (and that lot's expiry, when known) and
// free room, a stepper where the lot may go, and the reason where it may not.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { lotsOfItem } from '../../../replica/lots';
import { slotFit, type Item, type PlacementLine, type PlacementNeed, type Slot, tracksLotPerSlot } from '../../../domain';
import type { SlotView } from '../../../replica/queries';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { slotName } from '../../move/flow';
import { unplacedOf } from '../../restock/flow';

interface NeedProps {
  item: Item;
  need: PlacementNeed;
  slots: SlotView[];
  placements: PlacementLine[];
  onChange: (slotId: string, lot: string | null, quantity: number) => void;
}

/** One lot's share: which slots can take it, judged after the other lots' placements (R3). */
export function NeedBlock({ item, need, slots, placements, onChange }: NeedProps) {
  const left = unplacedOf(need, placements);
  const expiries = useLiveQuery(
    async () => new Map((await lotsOfItem(db, item.id)).flatMap((l) => (l.expiry ? [[l.lot, l.expiry] as const] : []))),
    [item.id],
  );
  const lotText = (lot: string) => {
    const expiry = expiries?.get(lot);
    return expiry ? `lot ${lot}, expires ${expiry}` : `lot ${lot}`;
  };
  const title = need.lot ? `Lot ${need.lot}` : tracksLotPerSlot(item) ? 'Lot unknown' : 'Units';
  return (
    <section className="need" aria-label={`Place ${title}`}>
      <h2>{title} · {need.quantity} {item.unit}</h2>
      <p className="progress">{left === 0 ? 'All placed' : `${left} left to place`}</p>
      <ul className="slots">
        {slots.map((slot) => {
          const mine = placements.find((p) => p.slotId === slot.id && p.lot === need.lot)?.quantity ?? 0;
          const fit = slotFit(item, withOtherLots(slot, placements, need.lot), need.lot);
          const where = slotName(slot);
          if (fit.kind === 'other-lot' || (fit.kind === 'full' && mine === 0)) {
            return (
              <li key={slot.id} className="slot unavailable" aria-label={`${where} unavailable`}>
                <span className="where">{where}</span>{' '}
                <span>{fit.kind === 'full' ? 'Full' : fit.lot ? `Holds ${lotText(fit.lot)}` : 'Holds stock of unknown lot'}</span>
              </li>
            );
          }
          const free = fit.kind === 'full' ? 0 : fit.free;
          return (
            <li key={slot.id} className="slot">
              <span className="where">{where}</span>{' '}
              <span className="slot-state">{fit.kind === 'empty' ? 'Empty' : slot.lot ? `L${lotText(slot.lot).slice(1)}` : `${slot.quantity} in slot`} · {free} free</span>
              <QuantityStepper label={`Into ${where}`} value={mine} onChange={(q) => onChange(slot.id, need.lot, q)} min={0} max={Math.min(free + mine, mine + left)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** R6: what fits nowhere: the operator must create an assignment or lower the quantity. */
export function ShortageNotice({ shortage }: { shortage: PlacementNeed[] }) {
  if (shortage.length === 0) return null;
  return (
    <p className="error" role="alert">
      Not enough space for {shortage.map((n) => `${n.quantity}${n.lot ? ` of lot ${n.lot}` : ''}`).join(', ')}.
      Create a new assignment or lower the quantity.
    </p>
  );
}

/** The slot as it will be once the other lots' placements in it are made. */
export function withOtherLots(slot: Slot, placements: PlacementLine[], lot: string | null): Slot {
  const others = placements.filter((p) => p.slotId === slot.id && p.lot !== lot);
  return others.reduce<Slot>((s, p) => ({ ...s, quantity: Math.max(0, s.quantity) + p.quantity, lot: p.lot ?? s.lot }), slot);
}
