import { useEffect } from 'react';
import { useRoute } from '../../../device/router';
import { describeCode } from '../../../words';
import { useRestockStore } from '../store';

export function DoneStep() {
  const { savedOutcome, reset, purchaseOrder } = useRestockStore();
  const go = useRoute((s) => s.go);
  useEffect(() => {
    // The next frame is the first one that shows the result (bench:client measures up to here).
    requestAnimationFrame(() => performance.mark('restock:shown'));
  }, []);
  return (
    <div className="step done">
      <p role="status" className="success">Restock saved on this device. It syncs by itself whenever the network is there.</p>
      {purchaseOrder && <p className="hint">Counted as received on purchase order {purchaseOrder} once it syncs.</p>}
      {savedOutcome && savedOutcome.outcome !== 'applied' && (
        <p role="alert" className="warning">As things stand the server will flag it: {describeCode(savedOutcome.code)}</p>
      )}
      <button type="button" className="button primary" onClick={reset}>Restock another item</button>
      <button type="button" className="button" onClick={() => { reset(); go('home'); }}>Home</button>
    </div>
  );
}
