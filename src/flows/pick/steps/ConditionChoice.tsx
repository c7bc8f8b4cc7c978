import type { SlotView } from '../../../replica/queries';
import { usePickStore } from '../store';
import { say } from '../../../words';

/** A durable item may have several conditions in one location: each is its own slot. */
export function ConditionChoice() {
  const { choices, slot, chooseSlot } = usePickStore();
  if (choices.length < 2) return null;
  return (
    <ul className="choices" aria-label={say('pick.condition.label')}>
      {choices.map((s: SlotView) => (
        <li key={s.id}>
          <button type="button" className={`choice${s.id === slot?.id ? ' selected' : ''}`} aria-pressed={s.id === slot?.id} onClick={() => chooseSlot(s)}>
            {s.condition || say('pick.condition.none')} · {s.quantity}
          </button>
        </li>
      ))}
    </ul>
  );
}
