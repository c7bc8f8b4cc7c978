import { QuantityStepper } from '../../../ui/QuantityStepper';
import { usePutawayStore } from '../store';

/** How many staged units go to storage; the staged quantity is the guidance. */
export function QuantityStep() {
  const { item, source, quantity, setQuantity, confirmQuantity } = usePutawayStore();
  if (!item || !source) return null;
  return (
    <div className="step">
      <p className="hint">{source.location.code} holds {source.quantity} {item.unit}</p>
      <QuantityStepper label="Quantity to put away" value={quantity} onChange={setQuantity} min={1} max={Math.max(1, source.quantity)} />
      <button type="button" className="button primary" onClick={confirmQuantity} disabled={quantity < 1}>Continue</button>
    </div>
  );
}
