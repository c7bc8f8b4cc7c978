// The last step of every wizard: saved on the device, what the engine foresees
// the server will say, and the way to the next task.
import { useRoute } from '../../device/router';
import { describeCode, say } from '../../words';
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
      <p role="status" className="success">{say('kit.saved', { what })}</p>
      {saved && saved.outcome !== 'applied' && (
        <p role="alert" className="warning">{say('kit.saved.flagged', { why: describeCode(saved.code) })}</p>
      )}
      <button type="button" className="button primary" onClick={reset}>{again}</button>
      <button type="button" className="button" onClick={() => { reset(); go('home'); }}>{say('kit.home')}</button>
    </div>
  );
}
