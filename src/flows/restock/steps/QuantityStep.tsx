import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { purchaseOrderByNumber } from '../../../replica/orders';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { useRestockStore } from '../store';
import { say } from '../../../words';

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
        <p className="hint" aria-label={say('restock.quantity.order-label')}>
          {order && lines.length > 0
            ? say('restock.quantity.receiving-count', { order: purchaseOrder, received, expected })
            : say('restock.quantity.receiving', { order: purchaseOrder })}
        </p>
      )}
      <QuantityStepper label={say('restock.quantity.label')} value={quantity} onChange={setQuantity} min={1} />
      <p className="hint">{item?.unit ?? say('kit.units')}</p>
      {order && lines.length > 0 && received + quantity > expected && (
        <p className="warning" role="status">{say('restock.quantity.over', { over: received + quantity - expected })}</p>
      )}
      <button type="button" className="button primary" onClick={confirmQuantity} disabled={quantity < 1}>
        {say('kit.continue')}
      </button>
    </div>
  );
}
