import { QuantityStepper } from '../../../ui/QuantityStepper';
import { useMoveStore } from '../store';
import { say } from '../../../words';

/** How many units move; the slot's quantity is the guidance, the engine decides (C2). */
export function QuantityStep() {
  const { item, source, quantity, setQuantity, confirmQuantity } = useMoveStore();
  if (!item || !source) return null;
  const max = Math.max(1, source.quantity);
  return (
    <div className="step">
      <p className="hint">{say('move.holds', { location: source.location.code, quantity: source.quantity, unit: item.unit })}</p>
      <QuantityStepper label={say('move.quantity.label')} value={quantity} onChange={setQuantity} min={1} max={max} />
      <button type="button" className="button primary" onClick={confirmQuantity} disabled={quantity < 1}>{say('kit.continue')}</button>
    </div>
  );
}
