// The Done step says what was saved: the item, and per line its lot, quantity and where.
import { useEffect } from 'react';
import { useRoute } from '../../../device/router';
import { describeCode, say } from '../../../words';
import { useRestockStore } from '../store';

export function DoneStep() {
  const { savedOutcome, reset, purchaseOrder, item, savedLines } = useRestockStore();
  const go = useRoute((s) => s.go);
  useEffect(() => {
    // The next frame is the first one that shows the result (bench:client measures up to here).
    requestAnimationFrame(() => performance.mark('restock:shown'));
  }, []);
  return (
    <div className="step done">
      <p role="status" className="success">{say('kit.saved', { what: say('restock.done.what') })}</p>
      {item && (
        <dl className="figures" aria-label={say('restock.done.saved')}>
          <dt>{say('restock.done.item')}</dt>
          <dd>{item.sku} · {item.name}</dd>
          {(savedLines ?? []).map((line, i) => (
            <div key={i} className="saved-line" data-testid="saved-line">
              {line.lot && <><dt>{say('restock.done.lot')}</dt><dd>{line.lot}</dd></>}
              <dt>{say('restock.done.quantity')}</dt>
              <dd>{say('restock.place.units', { quantity: line.quantity, unit: item.unit })}</dd>
              <dt>{say('restock.done.where')}</dt>
              <dd>{line.location}</dd>
            </div>
          ))}
        </dl>
      )}
      {purchaseOrder && <p className="hint">{say('restock.done.order', { order: purchaseOrder })}</p>}
      {savedOutcome && savedOutcome.outcome !== 'applied' && (
        <p role="alert" className="warning">{say('kit.saved.flagged', { why: describeCode(savedOutcome.code) })}</p>
      )}
      <button type="button" className="button primary" onClick={reset}>{say('restock.done.again')}</button>
      <button type="button" className="button" onClick={() => { reset(); go('home'); }}>{say('kit.home')}</button>
    </div>
  );
}
