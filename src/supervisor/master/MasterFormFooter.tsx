// The item and location forms end the same way: the save's answer, then save
// or create, deactivate or activate (an existing row only), and back to the list.
import { say } from '../../words';
import { SaveOutcome, useGo, type SaveState } from './common';

interface Props {
  /** The row's key, null for a new row. */
  existing: string | null;
  /** The list the row belongs to, and goes back to. */
  kind: 'items' | 'locations';
  active: boolean;
  state: SaveState;
  onToggleActive: () => void;
}

export function MasterFormFooter({ existing, kind, active, state, onToggleActive }: Props) {
  const go = useGo();
  const saving = state.phase === 'saving';
  return (
    <>
      <SaveOutcome state={state} />
      <div className="toolbar">
        <button type="submit" className="button primary" disabled={saving}>{say(existing ? `console.master.${kind}.save` : `console.master.${kind}.create`)}</button>
        {existing !== null && (
          <button type="button" className={active ? 'button danger' : 'button'} disabled={saving} onClick={onToggleActive}>
            {say(active ? `console.master.${kind}.deactivate` : `console.master.${kind}.activate`)}
          </button>
        )}
        <button type="button" className="button subtle" onClick={() => go(kind)}>{say(`console.master.${kind}.back`)}</button>
      </div>
    </>
  );
}
