// R9: the expected lot and quantity: the slot as this device saw it when the count began.
import type { Item } from '../../../domain';
import type { SlotView } from '../../../replica/queries';
import { expectedLotText } from '../flow';
import { say } from '../../../words';

export function Expected({ item, slot }: { item: Item; slot: SlotView }) {
  return (
    <dl className="slot-facts" aria-label={say('count.expected.label')}>
      <dt>{say('kit.label.slot')}</dt>
      <dd>{slot.location.code}{slot.condition ? ` (${slot.condition})` : ''}</dd>
      <dt>{say('count.expected.lot-label')}</dt>
      <dd data-testid="expected-lot">{expectedLotText(item, slot)}</dd>
      <dt>{say('count.expected.quantity-label')}</dt>
      <dd data-testid="expected-quantity">{slot.quantity} {item.unit}</dd>
    </dl>
  );
}
