// Purchase orders with received vs expected per line, and pick lists with
// picked vs wanted, filtered by status.
import { useState } from 'react';
import { say, sayIfKnown } from '../../words';
import { ListStatus, useApiList, useGo } from './common';

type OrderPath = 'purchase-orders' | 'pick-lists';

/** An order's status in words; a status this console does not know as itself. */
export function statusWords(status: string): string {
  return sayIfKnown(`console.master.order-status.${status}`) ?? status;
}

interface OrderView {
  number: string;
  party: string | undefined;
  status: string;
  lines: { line: number; sku: string; quantity: number; done: number; location?: string | null | undefined }[];
}

function OrderCards({ orders, path }: { orders: OrderView[]; path: OrderPath }) {
  const go = useGo();
  return (
    <ul className="cards" aria-label={say('console.master.orders')}>
      {orders.map((o) => {
        const wanted = o.lines.reduce((n, l) => n + l.quantity, 0);
        const got = o.lines.reduce((n, l) => n + l.done, 0);
        return (
          <li key={o.number} className="card" aria-label={o.number}>
            <div className="card-head">
              <strong>{o.number}</strong> {o.party && <span>{o.party}</span>}
              <span className={`tag status-${o.status}`}>{statusWords(o.status)}</span>
              <span className="totals">{say(`console.master.${path}.totals`, { done: got, wanted })}</span>
              <button type="button" className="button" aria-label={say('console.master.edit-row', { key: o.number })} onClick={() => go(path, o.number)}>
                {say('console.master.edit')}
              </button>
            </div>
            <table className="rows lines" aria-label={say('console.master.orders.lines-of', { number: o.number })}>
              <thead>
                <tr>
                  <th scope="col">{say('console.master.orders.line')}</th><th scope="col">{say('console.master.orders.sku')}</th>
                  {o.lines.some((l) => l.location) && <th scope="col">{say('console.master.orders.location')}</th>}
                  <th scope="col">{say(`console.master.${path}.done-column`)}</th>
                </tr>
              </thead>
              <tbody>
                {o.lines.map((l) => (
                  <tr key={l.line} className={l.done >= l.quantity ? 'complete' : ''}>
                    <td>{l.line}</td>
                    <td>{l.sku}</td>
                    {o.lines.some((x) => x.location) && <td>{l.location ?? ''}</td>}
                    <td>{l.done} / {l.quantity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        );
      })}
    </ul>
  );
}

function StatusFilter({ value, onChange, statuses }: { value: string; onChange: (s: string) => void; statuses: readonly string[] }) {
  return (
    <label className="field">
      <span>{say('console.master.orders.status')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{say('console.master.orders.all')}</option>
        {statuses.map((s) => <option key={s} value={s}>{statusWords(s)}</option>)}
      </select>
    </label>
  );
}

export function PurchaseOrdersScreen() {
  const go = useGo();
  const [status, setStatus] = useState('open');
  const { page, error, loading } = useApiList('purchaseOrders', { status });
  const orders = (page?.rows ?? []).map((po): OrderView => ({
    number: po.number, party: po.supplier, status: po.status,
    lines: po.lines.map((l) => ({ line: l.line, sku: l.sku, quantity: l.quantity, done: l.received })),
  }));
  return (
    <div className="master-list">
      <div className="toolbar">
        <button type="button" className="button primary" onClick={() => go('purchase-orders', 'new')}>{say('console.master.purchase-orders.new')}</button>
      </div>
      <div className="filters"><StatusFilter value={status} onChange={setStatus} statuses={['open', 'closed']} /></div>
      <ListStatus error={error} loading={loading} total={page?.total} shown={orders.length} />
      <OrderCards orders={orders} path="purchase-orders" />
    </div>
  );
}

export function PickListsScreen() {
  const go = useGo();
  const [status, setStatus] = useState('open');
  const { page, error, loading } = useApiList('pickLists', { status });
  const orders = (page?.rows ?? []).map((pl): OrderView => ({
    number: pl.number, party: pl.shipment ?? undefined, status: pl.status,
    lines: pl.lines.map((l) => ({ line: l.line, sku: l.sku, quantity: l.quantity, done: l.picked, location: l.locationCode })),
  }));
  return (
    <div className="master-list">
      <div className="toolbar">
        <button type="button" className="button primary" onClick={() => go('pick-lists', 'new')}>{say('console.master.pick-lists.new')}</button>
      </div>
      <div className="filters"><StatusFilter value={status} onChange={setStatus} statuses={['open', 'packed', 'closed']} /></div>
      <ListStatus error={error} loading={loading} total={page?.total} shown={orders.length} />
      <OrderCards orders={orders} path="pick-lists" />
    </div>
  );
}
