// Done: what was saved, in the big figures (slot, item, counted quantity and lot).
import * as countPayload from '../payload';
import { useCountStore } from '../store';
import { CountFigures } from './CountFigures';
import { say } from '../../../words';

export function CountSaved() {
  const { item, location, slot, expected, counted, lot, serials, countTask } = useCountStore();
  if (!item || !location || !slot || !expected || counted === null) return null;
  const payload = countPayload.build({ item, locationCode: location.code, condition: slot.condition, expected, counted, lot, serials, countTask });
  return <CountFigures item={item} slot={slot} expected={null} counted={payload.counted} label={say('count.done.saved')} />;
}
