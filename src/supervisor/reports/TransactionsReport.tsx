// Every recorded movement, with its lot (R12), who and when.
import { say } from '../../words';
import { dayBound } from '../query';
import type { TransactionRow } from '../server-types';
import { ReportView, useReport, type SortState } from './ReportView';
import { shortTime, TRANSACTION_TYPES, typeName } from './transaction-types';

type Sort = 'recordedAt' | 'item' | 'lot' | 'location' | 'type' | 'quantity' | 'user';
interface Filters { item: string; lot: string; location: string; user: string; type: string; from: string; to: string }
const EMPTY: Filters = { item: '', lot: '', location: '', user: '', type: '', from: '', to: '' };

export function transactionQuery(f: Filters, sort: SortState<Sort>): Record<string, string | undefined> {
  return {
    item: f.item, lot: f.lot, location: f.location, user: f.user, type: f.type,
    from: dayBound(f.from, 'from'), to: dayBound(f.to, 'to'), sort: sort.sort, dir: sort.dir,
  };
}

export function TransactionsReport() {
  const report = useReport<Filters, Sort, TransactionRow>('/api/supervisor/transactions', EMPTY, { sort: 'recordedAt', dir: 'desc' }, transactionQuery);
  const { field, header } = report;
  return (
    <ReportView
      report={report} name="transactions" filtersLabel={say('console.reports.transactions.filters')} tableLabel={say('console.reports.transactions')} columns={8}
      loadFailed={(reason) => say('console.reports.transactions.load-failed', { reason })} noMatch={say('console.reports.transactions.no-match')}
      filters={<>
        {field('item', say('console.reports.filter.item'))}
        {field('lot', say('console.reports.filter.lot'))}
        {field('location', say('console.reports.filter.location'))}
        {field('user', say('console.reports.transactions.badge'))}
        <label className="field">
          <span>{say('console.reports.transactions.type')}</span>
          <select value={report.draft.type} onChange={(e) => report.edit('type', e.target.value)}>
            <option value="">{say('console.reports.transactions.all-types')}</option>
            {TRANSACTION_TYPES.map((t) => <option key={t} value={t}>{typeName(t)}</option>)}
          </select>
        </label>
        {field('from', say('console.reports.transactions.from'), 'date')}
        {field('to', say('console.reports.transactions.to'), 'date')}
      </>}
      head={(
        <tr>
          {header('recordedAt', say('console.reports.transactions.when'))}{header('type', say('console.reports.transactions.type'))}
          {header('item', say('console.reports.transactions.item'))}{header('location', say('console.reports.transactions.location'))}
          {header('lot', say('console.reports.transactions.lot'))}<th>{say('console.reports.transactions.serial')}</th>
          {header('quantity', say('console.reports.transactions.quantity'), true)}{header('user', say('console.reports.transactions.operator'))}
        </tr>
      )}
      row={(t) => (
        <tr key={t.id}>
          <td className="when">{shortTime(t.recordedAt)}</td>
          <td>{typeName(t.type)}</td>
          <td className="code" title={t.itemName}>{t.sku}</td>
          <td className="code">{say('console.reports.transactions.at', { location: t.locationCode, condition: t.condition || null })}</td>
          <td>{t.lotUnknown ? <span className="tag warn">{say('console.reports.lot-unknown')}</span> : (t.lot ?? '—')}</td>
          <td>{t.serial ?? ''}</td>
          <td className="num">{t.quantity > 0 ? `+${t.quantity}` : t.quantity}</td>
          <td>{t.userName}</td>
        </tr>
      )}
    />
  );
}
