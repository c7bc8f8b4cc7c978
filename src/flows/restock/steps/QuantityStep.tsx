// The quantity received: it starts at what the task implies (the label's
// (30)/(37) count, else what the order line still expects); a label scanned
// here sets it from its count; a differing quantity is one tap on − or +.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../device/device';
import { hasGtin } from '../../../domain';
import { purchaseOrderByNumber } from '../../../replica/orders';
import { todayOnDevice } from '../../../replica/lots';
import { useScanHandler, type ScanVerdict } from '../../../scan/scan-bus';
import { QuantityStepper } from '../../../ui/QuantityStepper';
import { expiryAnswer } from '../expiry-answer';
import { lotsAfterQuantity } from '../flow';
import { shelfScannedAhead } from '../scan-ahead';
import { useRestockStore } from '../store';
import { useFloorSettings } from '../use-floor';
import { say } from '../../../words';

export function QuantityStep() {
  const { item, quantity, setQuantity, confirmQuantity, purchaseOrder, takeLabel } = useRestockStore();
  const floor = useFloorSettings();
  // Received vs expected of this item on the order, as the device knows it (its own unsent restocks included).
  const order = useLiveQuery(() => (purchaseOrder ? purchaseOrderByNumber(db, purchaseOrder) : Promise.resolve(undefined)), [purchaseOrder]);
  const lines = order?.lines.filter((l) => l.itemId === item?.id) ?? [];
  const expected = lines.reduce((n, l) => n + l.quantity, 0);
  const received = lines.reduce((n, l) => n + l.received, 0);

  // A GS1 label of this item sets the quantity from its count (and the lot it carries); a shelf's label
  // goes on to Place when every unit has its lot; anything else is refused with what to do.
  useScanHandler(async ({ result }): Promise<ScanVerdict> => {
    if (!item) return { ok: false, message: say('scan.no-item-chosen') };
    if (!result.ok) return { ok: false, message: result.message };
    if (result.kind !== 'gs1') {
      const { scanned, lots } = useRestockStore.getState();
      const ahead = await shelfScannedAhead(result.value, lotsAfterQuantity(item, quantity, scanned, lots));
      return ahead ?? { ok: false, message: say('restock.quantity.scan-label') };
    }
    if (result.gtin && !hasGtin(item, result.gtin)) return { ok: false, message: say('scan.label.other-item', { gtin: result.gtin, sku: item.sku }) };
    const count = result.quantity !== undefined && result.quantity > 0 ? result.quantity : undefined;
    if (count === undefined && !result.lot) return { ok: false, message: say('restock.quantity.label-no-count') };
    const expiry = result.expiry ?? result.bestBefore;
    const verdict = expiryAnswer(result.lot, expiry, todayOnDevice(), floor);
    if (!verdict.ok) return verdict;
    takeLabel({ ...(count !== undefined ? { count } : {}), ...(result.lot ? { lot: result.lot } : {}), ...(expiry ? { expiry } : {}) });
    return verdict;
  });

  return (
    <div className="step">
      {purchaseOrder && (
        <p className="hint" aria-label={say('restock.quantity.order-label')}>
          {order && lines.length > 0
            ? say('restock.quantity.receiving-count', { order: purchaseOrder, received, expected })
            : say('restock.quantity.receiving', { order: purchaseOrder })}
        </p>
      )}
      <dl className="figures">
        <dt>{say('restock.quantity.figure')}</dt>
        <dd className="figure" data-testid="quantity-figure">{say('restock.place.units', { quantity, unit: item?.unit ?? say('kit.units') })}</dd>
      </dl>
      <QuantityStepper label={say('restock.quantity.label')} value={quantity} onChange={setQuantity} min={1} />
      {order && lines.length > 0 && received + quantity > expected && (
        <p className="warning" role="status">{say('restock.quantity.over', { over: received + quantity - expected })}</p>
      )}
      <button type="button" className="button primary" onClick={confirmQuantity} disabled={quantity < 1}>
        {say('kit.continue')}
      </button>
    </div>
  );
}
