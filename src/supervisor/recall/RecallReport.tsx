// The recall's answers, laid out for the screen and for paper.
import { shortTime, typeName } from '../reports/transaction-types';
import type { RecallResult } from '../server-types';
import { say } from '../../words';
import { localTime } from '../context';

const when = shortTime;

export function RecallReport({ result }: { result: RecallResult }) {
  const { lot, items, now, serials, transactions, shipments, picks } = result;
  const total = now.reduce((sum, n) => sum + n.quantity, 0);
  return (
    <article className="sv-recall-report" aria-label={say('console.recall.report.label', { lot })}>
      <h2>{say('console.recall.report.title', { lot })}</h2>
      <p>
        {items.length === 0
          ? say('console.recall.report.no-items')
          : say('console.recall.report.items', { items: items.map((i) => say('console.recall.report.item', { sku: i.sku, name: i.name })).join(', ') })}
        {' '}{say('console.recall.report.printed', { at: localTime(new Date().toISOString()) })}
      </p>

      <section aria-label={say('console.recall.now')}>
        <h3>{now.length > 0 ? say('console.recall.now.count', { quantity: total, locations: now.length }) : say('console.recall.now')}</h3>
        {now.length === 0 ? <p className="hint">{say('console.recall.now.none')}</p> : (
          <table className="sv-table">
            <thead><tr><th>{say('console.shell.label.location')}</th><th>{say('console.shell.label.item')}</th><th>{say('console.shell.label.condition')}</th><th className="num">{say('console.shell.label.quantity')}</th></tr></thead>
            <tbody>
              {now.map((n) => (
                <tr key={n.slotId}><td>{n.locationCode}</td><td>{n.sku}</td><td>{n.condition || '—'}</td><td className="num">{n.quantity}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {serials.length > 0 && (
        <section aria-label={say('console.recall.serials')}>
          <h3>{say('console.recall.serials.title', { count: serials.length })}</h3>
          <table className="sv-table">
            <thead><tr><th>{say('console.shell.label.serial')}</th><th>{say('console.shell.label.item')}</th><th>{say('console.shell.label.status')}</th><th>{say('console.shell.label.location')}</th></tr></thead>
            <tbody>
              {serials.map((s) => (
                <tr key={`${s.itemId}-${s.serial}`}><td>{s.serial}</td><td>{s.sku}</td><td>{s.status}</td><td>{s.locationCode ?? '—'}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-label={say('console.recall.picks')}>
        <h3>{say('console.recall.picks.title', { count: picks.length })}</h3>
        {picks.length === 0 ? <p className="hint">{say('console.recall.picks.none')}</p> : (
          <table className="sv-table">
            <thead>
              <tr>
                <th>{say('console.recall.picks.picked')}</th><th>{say('console.shell.label.item')}</th><th>{say('console.recall.picks.from')}</th>
                <th className="num">{say('console.shell.label.quantity')}</th><th>{say('console.recall.picks.pick-list')}</th>
                <th>{say('console.recall.shipments.shipment')}</th><th>{say('console.shell.label.by')}</th>
              </tr>
            </thead>
            <tbody>
              {picks.map((k, i) => (
                <tr key={`${k.opId}-${i}`}>
                  <td className="when">{when(k.recordedAt)}</td><td>{k.sku}</td><td>{k.locationCode}</td><td className="num">{k.quantity}</td>
                  <td>{k.pickList ? say('console.recall.picks.list-line', { pickList: k.pickList, line: k.line }) : '—'}</td>
                  <td>
                    {k.shipment ?? '—'}
                    {k.shipment && <span className="tag">{say(k.packed ? 'console.recall.picks.packed' : 'console.recall.picks.not-packed')}</span>}
                  </td>
                  <td>{k.userName ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-label={say('console.recall.shipments')}>
        <h3>{say('console.recall.shipments.title', { count: shipments.length })}</h3>
        {shipments.length === 0 ? <p className="hint">{say('console.recall.shipments.none')}</p> : (
          <table className="sv-table">
            <thead>
              <tr>
                <th>{say('console.recall.shipments.shipment')}</th><th>{say('console.shell.label.item')}</th><th className="num">{say('console.shell.label.quantity')}</th>
                <th>{say('console.shell.label.serial')}</th><th>{say('console.recall.shipments.picked-lot')}</th>
                <th>{say('console.recall.shipments.packed')}</th><th>{say('console.shell.label.by')}</th>
              </tr>
            </thead>
            <tbody>
              {shipments.map((s, i) => (
                <tr key={`${s.opId}-${i}`}>
                  <td>{s.shipment}</td><td>{s.sku}</td><td className="num">{s.quantity}</td><td>{s.serial ?? ''}</td>
                  <td>{s.pickedLot ?? '—'}{s.lotMismatch && <span className="tag warn">{say('console.recall.shipments.differs')}</span>}</td>
                  <td className="when">{when(s.recordedAt)}</td><td>{s.userName ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-label={say('console.recall.transactions')}>
        <h3>{say('console.recall.transactions.title', { count: result.transactionsTotal ?? transactions.length })}</h3>
        {result.transactionsTotal !== undefined && result.transactionsTotal > transactions.length && (
          <p className="warning">{say('console.recall.transactions.first', { count: transactions.length })}</p>
        )}
        {transactions.length === 0 ? <p className="hint">{say('console.recall.transactions.none')}</p> : (
          <table className="sv-table">
            <thead>
              <tr>
                <th>{say('console.shell.label.when')}</th><th>{say('console.recall.transactions.type')}</th><th>{say('console.shell.label.item')}</th><th>{say('console.shell.label.location')}</th>
                <th>{say('console.shell.label.serial')}</th><th className="num">{say('console.recall.transactions.qty')}</th>
                <th>{say('console.recall.transactions.operator')}</th>
              </tr>
            </thead>
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
