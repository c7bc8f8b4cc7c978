import { QuantityStepper } from '../../../ui/QuantityStepper';
import { usePutawayStore } from '../store';
import { say } from '../../../words';

/** How many staged units go to storage; the staged quantity is the guidance. */
export function QuantityStep() {
  const { item, source, quantity, setQuantity, confirmQuantity } = usePutawayStore();
  if (!item || !source) return null;
  return (
    <div className="step">
      <p className="hint">{say('move.holds', { location: source.location.code, quantity: source.quantity, unit: item.unit })}</p>
      <QuantityStepper label={say('putaway.quantity.label')} value={quantity} onChange={setQuantity} min={1} max={Math.max(1, source.quantity)} />
      <button type="button" className="button primary" onClick={confirmQuantity} disabled={quantity < 1}>{say('kit.continue')}</button>
    </div>
  );
}
