// R4: the slot's lot and quantity, shown (never asked) wherever stock leaves it.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import type { Item } from '../../../domain';
import { slotsAtLocation, type SlotView } from '../../../replica/queries';
import { slotLotText } from '../flow';
import { say } from '../../../words';

/** The slot as the device sees it now (server state plus pending operations, C4). */
export function useLiveSlot(slot: SlotView | null): SlotView | null {
  const live = useLiveQuery(
    async () => (slot ? (await slotsAtLocation(db, slot.locationId)).find((s) => s.id === slot.id) ?? null : null),
    [slot?.id, slot?.locationId],
  );
  return live ?? slot;
}

export function SlotFacts({ item, slot }: { item: Item; slot: SlotView }) {
  const where = `${slot.location.code}${slot.condition ? ` (${slot.condition})` : ''}`;
  return (
    <dl className="slot-facts" aria-label={say('kit.label.slot')}>
      <dt>{say('kit.label.slot')}</dt>
      <dd>{where}</dd>
      <dt>{say('kit.label.lot')}</dt>
      <dd data-testid="slot-lot">{slotLotText(item, slot)}</dd>
      <dt>{say('pick.slot.in-slot')}</dt>
      <dd>{slot.quantity} {item.unit}</dd>
    </dl>
  );
}
