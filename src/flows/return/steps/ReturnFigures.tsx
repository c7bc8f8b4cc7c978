// The return in the big figures: item, lot, where it goes and (once known) how many.
import { tracksLotPerSlot, type Item } from '../../../domain';
import type { SlotView } from '../../../replica/queries';
import { say } from '../../../words';

interface Props {
  item: Item;
  lot: string | null;
  slot: SlotView | null;
  quantity?: number;
  label?: string;
}

export function ReturnFigures({ item, lot, slot, quantity, label }: Props) {
  return (
    <dl className="figures" aria-label={label}>
      <dt>{say('kit.label.item')}</dt>
      <dd>{item.sku}</dd>
      {tracksLotPerSlot(item) && <><dt>{say('kit.label.lot')}</dt><dd data-testid="return-lot">{lot ?? say('return.confirm.lot-unknown')}</dd></>}
      {slot && <><dt>{say('return.confirm.into')}</dt><dd data-testid="return-into">{slot.location.code}{slot.condition ? ` (${slot.condition})` : ''}</dd></>}
      {quantity !== undefined && <><dt>{say('kit.label.quantity')}</dt><dd data-testid="return-quantity">{quantity} {item.unit}</dd></>}
    </dl>
  );
}
