// R4: the slot's lot and quantity, shown (never asked) wherever stock leaves it.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import type { Item } from '../../../domain';
import { slotsAtLocation, type SlotView } from '../../../replica/queries';
import { lotOnGoods, slotLotText } from '../flow';
import { usePickStore } from '../store';
import { say } from '../../../words';

/** The slot as the device sees it now (server state plus pending operations, C4). */
export function useLiveSlot(slot: SlotView | null): SlotView | null {
  const live = useLiveQuery(
    async () => (slot ? (await slotsAtLocation(db, slot.locationId)).find((s) => s.id === slot.id) ?? null : null),
    [slot?.id, slot?.locationId],
  );
  return live ?? slot;
}

/** The slot, its lot (or the label's, when it differs: R8a), what it holds and, on the quantity step, what is taken: the step's biggest text. */
export function SlotFacts({ item, slot, quantity }: { item: Item; slot: SlotView; quantity?: number }) {
  const where = `${slot.location.code}${slot.condition ? ` (${slot.condition})` : ''}`;
  const scannedLot = usePickStore((s) => s.scannedLot);
  const differs = scannedLot !== null && lotOnGoods(item, slot, scannedLot)?.kind === 'mismatch';
  return (
    <dl className="slot-facts figures" aria-label={say('kit.label.slot')}>
      <dt>{say('kit.label.slot')}</dt>
      <dd data-testid="slot-location">{where}</dd>
      <dt>{say('kit.label.lot')}</dt>
      <dd data-testid="slot-lot">{differs ? say('pick.lot.from-label', { lot: scannedLot }) : slotLotText(item, slot)}</dd>
      <dt>{say('pick.slot.in-slot')}</dt>
      <dd>{slot.quantity} {item.unit}</dd>
      {quantity !== undefined && (
        <>
          <dt>{say('pick.quantity.to-pick')}</dt>
          <dd data-testid="pick-quantity">{quantity} {item.unit}</dd>
        </>
      )}
    </dl>
  );
}
