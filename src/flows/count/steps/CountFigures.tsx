// The count in the big figures: slot, item, expected (unless blind) and
// counted. Shown to confirm, and again on Done as what was saved.
import type { Item } from '../../../domain';
import type { SlotView } from '../../../replica/queries';
import { say } from '../../../words';

interface Props {
  item: Item;
  slot: SlotView;
  /** Null in a blind count: the recorded figures stay hidden. */
  expected: { lot: string | null; quantity: number } | null;
  counted: { quantity: number; lot?: string | null | undefined };
  label: string;
}

export function CountFigures({ item, slot, expected, counted, label }: Props) {
  return (
    <dl className="figures" aria-label={label}>
      <dt>{say('kit.label.slot')}</dt>
      <dd>{slot.location.code}{slot.condition ? ` (${slot.condition})` : ''}</dd>
      <dt>{say('kit.label.item')}</dt>
      <dd>{item.sku}</dd>
      {expected && (
        <>
          <dt>{say('count.expected.label')}</dt>
          <dd>{say('count.confirm.quantity', { quantity: expected.quantity, unit: item.unit, lot: expected.lot })}</dd>
        </>
      )}
      <dt>{say('count.confirm.counted')}</dt>
      <dd data-testid="counted">{say('count.confirm.quantity', { quantity: counted.quantity, unit: item.unit, lot: counted.lot })}</dd>
    </dl>
  );
}
