// Receiving against a purchase order at the restock item step: the order's
// number is typed, scanned or picked from the open orders on this device; its
// lines show received vs expected (this device's unsent restocks included),
// and a line's button chooses its item with the units still due.
import type { PurchaseOrderView } from '../../../replica/orders';
import { say } from '../../../words';

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
      <div className="order" aria-label={say('restock.order.label', { order: order.number })} role="group">
        <p className="progress">
          {order.number}{order.supplier ? ` · ${order.supplier}` : ''}
          <button type="button" className="button subtle" onClick={() => onOrder('')}>{say('restock.order.none')}</button>
        </p>
        <ul className="choices" aria-label={say('restock.order.lines', { order: order.number })}>
          {order.lines.map((line) => (
            <li key={line.line}>
              <button type="button" className="choice" onClick={() => onLine(line)}>
                <strong>{line.sku}</strong> <span className="received">{say('restock.order.received', { received: line.received, expected: line.quantity })}</span>
                {line.remaining >= 0 && <span className="tag">{say('restock.order.complete')}</span>}
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
        <p className="hint" role="status">{say('restock.order.not-open', { order: typed.trim() })}</p>
      )}
      {shown.length > 0 && (
        <ul className="choices" aria-label={say('restock.order.open')}>
          {shown.map((o) => {
            const expected = o.lines.reduce((n, l) => n + l.quantity, 0);
            const received = o.lines.reduce((n, l) => n + l.received, 0);
            return (
              <li key={o.id}>
                <button type="button" className="choice" onClick={() => onOrder(o.number)}>
                  <strong>{o.number}</strong> {o.supplier} <span className="received">{say('restock.order.received', { received, expected })}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
