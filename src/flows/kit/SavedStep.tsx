// The last step of every wizard: saved on the device, what the engine foresees
// the server will say, and the way to the next task.
import { useRoute } from '../../device/router';
import { describeCode } from '../../words';
import type { SavedOutcome } from './save';

interface Props {
  /** The task's name, e.g. 'Pick'. */
  what: string;
  /** The button that starts the same task again, e.g. 'Pick another'. */
  again: string;
  saved: SavedOutcome | null;
  reset: () => void;
}

export function SavedStep({ what, again, saved, reset }: Props) {
  const go = useRoute((s) => s.go);
  return (
    <div className="step done">
      <p role="status" className="success">{what} saved on this device. It syncs by itself whenever the network is there.</p>
      {saved && saved.outcome !== 'applied' && (
        <p role="alert" className="warning">As things stand the server will flag it: {describeCode(saved.code)}</p>
      )}
      <button type="button" className="button primary" onClick={reset}>{again}</button>
      <button type="button" className="button" onClick={() => { reset(); go('home'); }}>Home</button>
    </div>
  );
}
