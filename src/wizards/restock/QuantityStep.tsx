import { QuantityStepper } from '../../ui/QuantityStepper';
import { useRestockStore } from './store';

export function QuantityStep() {
  const { item, quantity, setQuantity, confirmQuantity } = useRestockStore();
  return (
    <div className="step">
      <QuantityStepper label="Quantity to restock" value={quantity} onChange={setQuantity} min={1} />
      <p className="hint">{item?.unit ?? 'units'}</p>
      <button type="button" className="button primary" onClick={confirmQuantity} disabled={quantity < 1}>
        Continue
      </button>
    </div>
  );
}
