import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { purchaseOrderByNumber } from '../../../replica/orders';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { useRestockStore } from '../store';

export function QuantityStep() {
  const { item, quantity, setQuantity, confirmQuantity, purchaseOrder } = useRestockStore();
  // Received vs expected of this item on the order, as the device knows it (its own unsent restocks included).
  const order = useLiveQuery(() => (purchaseOrder ? purchaseOrderByNumber(db, purchaseOrder) : Promise.resolve(undefined)), [purchaseOrder]);
  const lines = order?.lines.filter((l) => l.itemId === item?.id) ?? [];
  const expected = lines.reduce((n, l) => n + l.quantity, 0);
  const received = lines.reduce((n, l) => n + l.received, 0);
  return (
    <div className="step">
      {purchaseOrder && (
        <p className="hint" aria-label="Purchase order">
          Receiving against {purchaseOrder}{order && lines.length > 0 ? `: ${received} of ${expected} received` : ''}
        </p>
      )}
      <QuantityStepper label="Quantity to restock" value={quantity} onChange={setQuantity} min={1} />
      <p className="hint">{item?.unit ?? 'units'}</p>
      {order && lines.length > 0 && received + quantity > expected && (
        <p className="warning" role="status">{received + quantity - expected} more than the order expects.</p>
      )}
      <button type="button" className="button primary" onClick={confirmQuantity} disabled={quantity < 1}>
        Continue
      </button>
    </div>
  );
}
