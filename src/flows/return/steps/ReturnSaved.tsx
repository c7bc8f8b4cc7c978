// Done: what was saved (item, lot, where, how many), in the big figures.
import { useReturnStore } from '../store';
import { ReturnFigures } from './ReturnFigures';
import { say } from '../../../words';

export function ReturnSaved() {
  const { item, lot, slot, quantity, serials } = useReturnStore();
  if (!item || !slot) return null;
  return <ReturnFigures item={item} lot={lot} slot={slot} quantity={item.serialized ? serials.length : quantity} label={say('return.done.saved')} />;
}
