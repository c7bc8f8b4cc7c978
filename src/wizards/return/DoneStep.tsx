import { useRoute } from '../../app/router';
import { describeCode } from '../../ui/messages';
import { useReturnStore } from './store';

export function DoneStep() {
  const { savedOutcome, reset } = useReturnStore();
  const go = useRoute((s) => s.go);
  return (
    <div className="step done">
      <p role="status" className="success">Return saved on this device. It syncs by itself whenever the network is there.</p>
      {savedOutcome && savedOutcome.outcome !== 'applied' && (
        <p role="alert" className="warning">As things stand the server will flag it: {describeCode(savedOutcome.code)}</p>
      )}
      <button type="button" className="button primary" onClick={reset}>Return more</button>
      <button type="button" className="button" onClick={() => { reset(); go('home'); }}>Home</button>
    </div>
  );
}
