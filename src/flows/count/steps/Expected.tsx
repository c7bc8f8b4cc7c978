// R9: the expected lot and quantity: the slot as this device saw it when the
// count began, in the big figures. A blind count hides the quantity.
import type { Item } from '../../../domain';
import type { SlotView } from '../../../replica/queries';
import { expectedLotText } from '../flow';
import { say } from '../../../words';

export function Expected({ item, slot, blind }: { item: Item; slot: SlotView; blind: boolean }) {
  return (
    <dl className="figures" aria-label={say('count.expected.label')}>
      <dt>{say('count.expected.location-label')}</dt>
      <dd data-testid="count-location">{slot.location.code}{slot.condition ? ` (${slot.condition})` : ''}</dd>
      <dt>{say('count.expected.lot-label')}</dt>
      <dd data-testid="expected-lot">{expectedLotText(item, slot)}</dd>
      {!item.serialized && (
        <>
          <dt>{say('count.expected.quantity-label')}</dt>
          <dd data-testid="expected-quantity">{blind ? say('count.expected.hidden') : `${slot.quantity} ${item.unit}`}</dd>
        </>
      )}
    </dl>
  );
}
