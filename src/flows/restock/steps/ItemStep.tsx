import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../device/device';
import { openPurchaseOrders } from '../../../replica/orders';
import { findItem } from '../../../replica/queries';
import { publishScan, useScanHandler, type ScanEvent, type ScanVerdict } from '../../../scan/scan-bus';
import { CameraButton } from '../../../scan/camera';
import { isItemActive, type Item } from '../../../domain';
import { ScanField } from '../../../ui/ScanField';
import { inactiveItemRefusal } from '../../kit/inactive-item';
import { ItemSearch } from '../../kit/ItemSearchStep';
import { OrderPicker } from './OrderPicker';
import { itemScan } from '../../kit/scan-meanings';
import { useRestockStore } from '../store';

export function ItemStep() {
  const { chooseItem, purchaseOrder } = useRestockStore();
  // The purchase order received against: typed, scanned or picked; kept when going back to this step.
  const [orderRef, setOrderRef] = useState(purchaseOrder ?? '');
  const [error, setError] = useState<string | null>(null);
  const orders = useLiveQuery(() => openPurchaseOrders(db), [], []);
  const order = orders.find((o) => o.number === orderRef.trim());
  const reference = orderRef.trim() || null;
  const notOnOrder = (item: Item) => (order && !order.lines.some((l) => l.itemId === item.id)
    ? `${item.sku} is not on purchase order ${order.number}: choose "No order" to receive it without one.` : null);
  const refuse = (item: Item) => inactiveItemRefusal(item, 'received') ?? notOnOrder(item);
  /** Units of the item still due on the chosen order (its first line not yet complete). */
  const dueOf = (itemId: string) => {
    const line = order?.lines.find((l) => l.itemId === itemId && l.remaining < 0);
    return line ? -line.remaining : undefined;
  };

  // A scan (wedge, camera or typed) names the item; a GS1 label also carries lot, serial and expiry.
  const choose = async ({ result }: ScanEvent): Promise<ScanVerdict> => {
    // A purchase order's number (as printed on the delivery note) chooses the order.
    if (result.ok && result.kind === 'plain') {
      const scannedOrder = orders.find((o) => o.number === result.value.trim());
      if (scannedOrder) {
        setOrderRef(scannedOrder.number);
        return { ok: true };
      }
    }
    const meaning = itemScan(result);
    // A refusal's words are shown by the scan toast (ScanErrorToast).
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const item = await findItem(db, meaning.code);
    if (!item) return { ok: false, message: `No item with SKU or GTIN ${meaning.code}.` };
    const off = refuse(item);
    if (off) return { ok: false, message: off };
    const { code: _, kind: __, ...carried } = meaning;
    chooseItem(item, reference, carried, dueOf(item.id));
    return { ok: true };
  };
  useScanHandler(choose);

  return (
    <div className="step">
      <ScanField label="Item (scan or type SKU / GTIN)" onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {error && <p role="alert" className="error">{error}</p>}
      <label className="field">
        <span>Order reference (optional)</span>
        <input value={orderRef} onChange={(e) => setOrderRef(e.target.value)} autoComplete="off" placeholder="Purchase order number" />
      </label>
      <OrderPicker
        orders={orders} order={order} typed={orderRef} onOrder={setOrderRef}
        onLine={(line) => void findItem(db, line.sku).then((item) => {
          if (!item) setError(`Item ${line.sku} of this order is not known on this device yet: sync, then try again.`);
          else if (!isItemActive(item)) setError(inactiveItemRefusal(item, 'received'));
          else chooseItem(item, reference, null, line.remaining < 0 ? -line.remaining : undefined);
        })}
      />
      <ItemSearch
        showTracking
        onChoose={(item) => {
          const off = refuse(item);
          if (off) setError(off);
          else chooseItem(item, reference, null, dueOf(item.id));
        }}
      />
    </div>
  );
}
