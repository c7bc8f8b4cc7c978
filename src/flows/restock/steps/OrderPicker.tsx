// Receiving against a purchase order at the restock item step: the order's
// number is typed, scanned or picked from the open orders on this device; its
// lines show received vs expected (this device's unsent restocks included),
// and a line's button chooses its item with the units still due.
import type { PurchaseOrderView } from '../../../replica/orders';

type Line = PurchaseOrderView['lines'][number];

interface Props {
  orders: PurchaseOrderView[];
  /** The order the typed number names, if it is open on this device. */
  order: PurchaseOrderView | undefined;
  typed: string;
  onOrder: (number: string) => void;
  onLine: (line: Line) => void;
}

export function OrderPicker({ orders, order, typed, onOrder, onLine }: Props) {
  if (order) {
    return (
      <div className="order" aria-label={`Purchase order ${order.number}`} role="group">
        <p className="progress">
          {order.number}{order.supplier ? ` · ${order.supplier}` : ''}
          <button type="button" className="button subtle" onClick={() => onOrder('')}>No order</button>
        </p>
        <ul className="choices" aria-label={`Lines of ${order.number}`}>
          {order.lines.map((line) => (
            <li key={line.line}>
              <button type="button" className="choice" onClick={() => onLine(line)}>
                <strong>{line.sku}</strong> <span className="received">{line.received} of {line.quantity} received</span>
                {line.remaining >= 0 && <span className="tag">complete</span>}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const wanted = typed.trim().toUpperCase();
  const shown = orders.filter((o) => o.number.toUpperCase().includes(wanted)).slice(0, 6);
  return (
    <>
      {wanted !== '' && (
        <p className="hint" role="status">No open purchase order {typed.trim()} on this device: the reference is sent as typed.</p>
      )}
      {shown.length > 0 && (
        <ul className="choices" aria-label="Open purchase orders">
          {shown.map((o) => {
            const expected = o.lines.reduce((n, l) => n + l.quantity, 0);
            const received = o.lines.reduce((n, l) => n + l.received, 0);
            return (
              <li key={o.id}>
                <button type="button" className="choice" onClick={() => onOrder(o.number)}>
                  <strong>{o.number}</strong> {o.supplier} <span className="received">{received} of {expected} received</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
