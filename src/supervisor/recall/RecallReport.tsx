// The recall's answers, laid out for the screen and for paper.
import { shortTime, typeName } from '../reports/transaction-types';
import type { RecallResult } from '../server-types';

const when = shortTime;

export function RecallReport({ result }: { result: RecallResult }) {
  const { lot, items, now, serials, transactions, shipments, picks } = result;
  const total = now.reduce((sum, n) => sum + n.quantity, 0);
  return (
    <article className="sv-recall-report" aria-label={`Recall of lot ${lot}`}>
      <h2>Lot {lot}</h2>
      <p>
        {items.length === 0 ? 'No item has ever recorded this lot.' : `Items: ${items.map((i) => `${i.sku} (${i.name})`).join(', ')}.`}
        {' '}Printed {new Date().toLocaleString()}.
      </p>

      <section aria-label="Where it is now">
        <h3>Where it is now{now.length > 0 ? `: ${total} in ${now.length} ${now.length === 1 ? 'location' : 'locations'}` : ''}</h3>
        {now.length === 0 ? <p className="hint">No stock of this lot is in any location.</p> : (
          <table className="sv-table">
            <thead><tr><th>Location</th><th>Item</th><th>Condition</th><th className="num">Quantity</th></tr></thead>
            <tbody>
              {now.map((n) => (
                <tr key={n.slotId}><td>{n.locationCode}</td><td>{n.sku}</td><td>{n.condition || '—'}</td><td className="num">{n.quantity}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {serials.length > 0 && (
        <section aria-label="Serials">
          <h3>Serials ({serials.length})</h3>
          <table className="sv-table">
            <thead><tr><th>Serial</th><th>Item</th><th>Status</th><th>Location</th></tr></thead>
            <tbody>
              {serials.map((s) => (
                <tr key={`${s.itemId}-${s.serial}`}><td>{s.serial}</td><td>{s.sku}</td><td>{s.status}</td><td>{s.locationCode ?? '—'}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-label="Picks">
        <h3>Who got it: picks of this lot ({picks.length})</h3>
        {picks.length === 0 ? <p className="hint">No pick took this lot.</p> : (
          <table className="sv-table">
            <thead><tr><th>Picked</th><th>Item</th><th>From</th><th className="num">Quantity</th><th>Pick list</th><th>Shipment</th><th>By</th></tr></thead>
            <tbody>
              {picks.map((k, i) => (
                <tr key={`${k.opId}-${i}`}>
                  <td className="when">{when(k.recordedAt)}</td><td>{k.sku}</td><td>{k.locationCode}</td><td className="num">{k.quantity}</td>
                  <td>{k.pickList ? `${k.pickList}${k.line !== null ? ` line ${k.line}` : ''}` : '—'}</td>
                  <td>{k.shipment ?? '—'}{k.shipment && <span className="tag">{k.packed ? 'packed' : 'not packed yet'}</span>}</td>
                  <td>{k.userName ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-label="Shipments">
        <h3>Shipments that recorded it at packing ({shipments.length})</h3>
        {shipments.length === 0 ? <p className="hint">No shipment recorded this lot at packing.</p> : (
          <table className="sv-table">
            <thead><tr><th>Shipment</th><th>Item</th><th className="num">Quantity</th><th>Serial</th><th>Picked lot</th><th>Packed</th><th>By</th></tr></thead>
            <tbody>
              {shipments.map((s, i) => (
                <tr key={`${s.opId}-${i}`}>
                  <td>{s.shipment}</td><td>{s.sku}</td><td className="num">{s.quantity}</td><td>{s.serial ?? ''}</td>
                  <td>{s.pickedLot ?? '—'}{s.lotMismatch && <span className="tag warn">differs</span>}</td>
                  <td className="when">{when(s.recordedAt)}</td><td>{s.userName ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-label="Transactions">
        <h3>Every transaction ({result.transactionsTotal ?? transactions.length})</h3>
        {result.transactionsTotal !== undefined && result.transactionsTotal > transactions.length && (
          <p className="warning">Only the first {transactions.length.toLocaleString()} are listed: the transactions report, filtered by this lot, pages through them all.</p>
        )}
        {transactions.length === 0 ? <p className="hint">No transaction recorded this lot.</p> : (
          <table className="sv-table">
            <thead><tr><th>When</th><th>Type</th><th>Item</th><th>Location</th><th>Serial</th><th className="num">Qty</th><th>Operator</th></tr></thead>
            <tbody>
              {transactions.map((t) => (
                <tr key={t.id}>
                  <td className="when">{when(t.recordedAt)}</td><td>{typeName(t.type)}</td><td>{t.sku}</td>
                  <td>{t.locationCode}{t.condition ? ` (${t.condition})` : ''}</td><td>{t.serial ?? ''}</td>
                  <td className="num">{t.quantity > 0 ? `+${t.quantity}` : t.quantity}</td><td>{t.userName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
