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
import { expiryAnswer } from '../expiry-answer';
import { useFloorSettings } from '../use-floor';
import { todayOnDevice } from '../../../replica/lots';
import { say } from '../../../words';

export function ItemStep() {
  const { chooseItem, purchaseOrder } = useRestockStore();
  // The purchase order received against: typed, scanned or picked; kept when going back to this step.
  const [orderRef, setOrderRef] = useState(purchaseOrder ?? '');
  const [error, setError] = useState<string | null>(null);
  const floor = useFloorSettings();
  const orders = useLiveQuery(() => openPurchaseOrders(db), [], []);
  const order = orders.find((o) => o.number === orderRef.trim());
  const reference = orderRef.trim() || null;
  const notOnOrder = (item: Item) => (order && !order.lines.some((l) => l.itemId === item.id)
    ? say('restock.item.not-on-order', { sku: item.sku, order: order.number }) : null);
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
    // A refusal's words are shown by the scan toast (ScanAnswer).
    if (meaning.kind === 'refused') return { ok: false, message: meaning.message };
    const item = await findItem(db, meaning.code);
    if (!item) return { ok: false, message: say('scan.unknown-item', { code: meaning.code }) };
    const off = refuse(item);
    if (off) return { ok: false, message: off };
    const { code: _, kind: __, ...carried } = meaning;
    // Issue 16: an expired lot is warned or refused (settings.floor.expiredAtReceipt), a near one warned.
    const verdict = expiryAnswer(carried.lot, carried.expiry, todayOnDevice(), floor);
    if (!verdict.ok) return verdict;
    // The label's (30)/(37) count is the quantity in hand: it fills the quantity step.
    const count = result.ok && result.kind === 'gs1' ? result.quantity : undefined;
    chooseItem(item, reference, count !== undefined ? { ...carried, count } : carried, dueOf(item.id));
    return verdict;
  };
  useScanHandler(choose);

  return (
    <div className="step">
      <ScanField label={say('kit.field.item')} onSubmit={(code) => void publishScan(code, 'typed')} />
      <CameraButton />
      {error && <p role="alert" className="error">{error}</p>}
      <label className="field">
        <span>{say('restock.order.reference')}</span>
        <input value={orderRef} onChange={(e) => setOrderRef(e.target.value)} autoComplete="off" placeholder={say('restock.order.placeholder')} />
      </label>
      <OrderPicker
        orders={orders} order={order} typed={orderRef} onOrder={setOrderRef}
        onLine={(line) => void findItem(db, line.sku).then((item) => {
          if (!item) setError(say('restock.order.line-unknown', { sku: line.sku }));
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
