// Every recorded movement, with its lot (R12), who and when.
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
      report={report} name="transactions" filtersLabel="Transaction filters" what="the transactions" tableLabel="Transactions" columns={8}
      noMatch="No transaction matches these filters."
      filters={<>
        {field('item', 'Item (SKU)')}
        {field('lot', 'Lot')}
        {field('location', 'Location')}
        {field('user', 'Operator badge')}
        <label className="field">
          <span>Type</span>
          <select value={report.draft.type} onChange={(e) => report.edit('type', e.target.value)}>
            <option value="">All types</option>
            {TRANSACTION_TYPES.map((t) => <option key={t} value={t}>{typeName(t)}</option>)}
          </select>
        </label>
        {field('from', 'From', 'date')}
        {field('to', 'To', 'date')}
      </>}
      head={(
        <tr>
          {header('recordedAt', 'When')}{header('type', 'Type')}{header('item', 'Item')}{header('location', 'Location')}
          {header('lot', 'Lot')}<th>Serial</th>{header('quantity', 'Qty', true)}{header('user', 'Operator')}
        </tr>
      )}
      row={(t) => (
        <tr key={t.id}>
          <td className="when">{shortTime(t.recordedAt)}</td>
          <td>{typeName(t.type)}</td>
          <td className="code" title={t.itemName}>{t.sku}</td>
          <td className="code">{t.locationCode}{t.condition ? ` (${t.condition})` : ''}</td>
          <td>{t.lotUnknown ? <span className="tag warn">unknown</span> : (t.lot ?? '—')}</td>
          <td>{t.serial ?? ''}</td>
          <td className="num">{t.quantity > 0 ? `+${t.quantity}` : t.quantity}</td>
          <td>{t.userName}</td>
        </tr>
      )}
    />
  );
}
