// Stock by location with the lot of each slot (R12) and its serials.
import { say } from '../../words';
import type { StockRow } from '../server-types';
import { ReportView, useReport } from './ReportView';

type Sort = 'location' | 'item' | 'lot' | 'quantity';
interface Filters { item: string; lot: string; location: string; zone: string; nonZero: boolean }
const EMPTY: Filters = { item: '', lot: '', location: '', zone: '', nonZero: true };

export function StockReport() {
  const report = useReport<Filters, Sort, StockRow>('/api/supervisor/stock', EMPTY, { sort: 'location', dir: 'asc' },
    (filters, sort) => ({ ...filters, sort: sort.sort, dir: sort.dir }));
  const { field, header } = report;
  return (
    <ReportView
      report={report} name="stock" filtersLabel={say('console.reports.stock.filters')} tableLabel={say('console.reports.stock.table')} columns={8}
      loadFailed={(reason) => say('console.reports.stock.load-failed', { reason })} noMatch={say('console.reports.stock.no-match')}
      filters={<>
        {field('item', say('console.reports.filter.item'))}
        {field('lot', say('console.reports.filter.lot'))}
        {field('location', say('console.reports.filter.location'))}
        {field('zone', say('console.reports.stock.zone'))}
        <label className="sv-check">
          <input type="checkbox" checked={report.draft.nonZero} onChange={(e) => report.edit('nonZero', e.target.checked)} />
          <span>{say('console.reports.stock.with-stock')}</span>
        </label>
      </>}
      head={(
        <tr>
          {header('location', say('console.reports.stock.location'))}<th>{say('console.reports.stock.zone')}</th>
          {header('item', say('console.reports.stock.item'))}<th>{say('console.reports.stock.condition')}</th>
          {header('lot', say('console.reports.stock.lot'))}{header('quantity', say('console.reports.stock.quantity'), true)}
          <th className="num">{say('console.reports.stock.capacity')}</th><th>{say('console.reports.stock.serials')}</th>
        </tr>
      )}
      row={(s) => (
        <tr key={s.slotId}>
          <td className="code">{s.locationCode}</td>
          <td>{s.zone}</td>
          <td className="code" title={s.itemName}>{s.sku}</td>
          <td>{s.condition || '—'}</td>
          <td>
            {s.lotUnknown ? <span className="tag warn">{say('console.reports.lot-unknown')}</span> : (s.lot ?? '—')}
            {s.needsCount && <span className="tag warn">{say('console.reports.stock.needs-count')}</span>}
          </td>
          <td className="num">{s.quantity}</td>
          <td className="num">{s.capacity}</td>
          <td className="sv-serials">{s.serials.join(', ')}</td>
        </tr>
      )}
    />
  );
}
