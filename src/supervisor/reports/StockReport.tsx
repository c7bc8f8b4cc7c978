// Stock by location with the lot of each slot (R12) and its serials.
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
      report={report} name="stock" filtersLabel="Stock filters" what="the stock" tableLabel="Stock" columns={8} noMatch="No slot matches these filters."
      filters={<>
        {field('item', 'Item (SKU)')}
        {field('lot', 'Lot')}
        {field('location', 'Location')}
        {field('zone', 'Zone')}
        <label className="sv-check">
          <input type="checkbox" checked={report.draft.nonZero} onChange={(e) => report.edit('nonZero', e.target.checked)} />
          <span>Only slots with stock</span>
        </label>
      </>}
      head={(
        <tr>
          {header('location', 'Location')}<th>Zone</th>{header('item', 'Item')}<th>Condition</th>
          {header('lot', 'Lot')}{header('quantity', 'Qty', true)}<th className="num">Capacity</th><th>Serials</th>
        </tr>
      )}
      row={(s) => (
        <tr key={s.slotId}>
          <td className="code">{s.locationCode}</td>
          <td>{s.zone}</td>
          <td className="code" title={s.itemName}>{s.sku}</td>
          <td>{s.condition || '—'}</td>
          <td>
            {s.lotUnknown ? <span className="tag warn">unknown</span> : (s.lot ?? '—')}
            {s.needsCount && <span className="tag warn">count</span>}
          </td>
          <td className="num">{s.quantity}</td>
          <td className="num">{s.capacity}</td>
          <td className="sv-serials">{s.serials.join(', ')}</td>
        </tr>
      )}
    />
  );
}
