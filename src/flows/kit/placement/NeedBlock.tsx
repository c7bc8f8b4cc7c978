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
import { say } from '../../../words';

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
  const expiryOf = (lot: string) => expiries?.get(lot) ?? null;
  const title = need.lot ? say('kit.place.lot', { lot: need.lot }) : tracksLotPerSlot(item) ? say('kit.place.lot-unknown') : say('kit.place.units');
  return (
    <section className="need" aria-label={say('kit.place.label', { title })}>
      <h2>{title} · {need.quantity} {item.unit}</h2>
      <p className="progress">{left === 0 ? say('kit.place.all-placed') : say('kit.place.left', { left })}</p>
      <ul className="slots">
        {slots.map((slot) => {
          const mine = placements.find((p) => p.slotId === slot.id && p.lot === need.lot)?.quantity ?? 0;
          const fit = slotFit(item, withOtherLots(slot, placements, need.lot), need.lot);
          const where = slotName(slot);
          if (fit.kind === 'other-lot' || (fit.kind === 'full' && mine === 0)) {
            return (
              <li key={slot.id} className="slot unavailable" aria-label={say('kit.place.unavailable', { where })}>
                <span className="where">{where}</span>{' '}
                <span>{fit.kind === 'full' ? say('kit.place.full') : fit.lot ? say('kit.place.holds', { lot: fit.lot, expiry: expiryOf(fit.lot) }) : say('kit.place.holds-unknown')}</span>
              </li>
            );
          }
          const free = fit.kind === 'full' ? 0 : fit.free;
          return (
            <li key={slot.id} className="slot">
              <span className="where">{where}</span>{' '}
              <span className="slot-state">
                {fit.kind === 'empty' ? say('kit.place.empty') : slot.lot ? say('kit.place.slot-lot', { lot: slot.lot, expiry: expiryOf(slot.lot) }) : say('kit.place.in-slot', { quantity: slot.quantity })}
                {' · '}{say('kit.place.free', { free })}
              </span>
              <QuantityStepper label={say('kit.place.into', { where })} value={mine} onChange={(q) => onChange(slot.id, need.lot, q)} min={0} max={Math.min(free + mine, mine + left)} />
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
    <p className="error" role="alert">{say('kit.place.shortage', { needs: shortage })}</p>
  );
}

/** The slot as it will be once the other lots' placements in it are made. */
export function withOtherLots(slot: Slot, placements: PlacementLine[], lot: string | null): Slot {
  const others = placements.filter((p) => p.slotId === slot.id && p.lot !== lot);
  return others.reduce<Slot>((s, p) => ({ ...s, quantity: Math.max(0, s.quantity) + p.quantity, lot: p.lot ?? s.lot }), slot);
}
