// The item and location forms end the same way: the save's answer, then save
// or create, deactivate or activate (an existing row only), and back to the list.
import { SaveOutcome, useGo, type SaveState } from './common';

interface Props {
  /** The row's key, null for a new row. */
  existing: string | null;
  /** One row in words ('item', 'location'); its list is `${one}s`. */
  one: string;
  active: boolean;
  state: SaveState;
  onToggleActive: () => void;
}

export function MasterFormFooter({ existing, one, active, state, onToggleActive }: Props) {
  const go = useGo();
  const saving = state.phase === 'saving';
  return (
    <>
      <SaveOutcome state={state} />
      <div className="toolbar">
        <button type="submit" className="button primary" disabled={saving}>{existing ? `Save ${one}` : `Create ${one}`}</button>
        {existing !== null && (
          <button type="button" className={active ? 'button danger' : 'button'} disabled={saving} onClick={onToggleActive}>
            {active ? `Deactivate ${one}` : `Activate ${one}`}
          </button>
        )}
        <button type="button" className="button subtle" onClick={() => go(`${one}s`)}>{`Back to ${one}s`}</button>
      </div>
    </>
  );
}
