// R12: transaction and stock reports, each with a Lot column, filtered,
// sorted and paged on the server, exported as CSV or Excel.
import { useRoute } from '../../device/router';
import { StockReport } from './StockReport';
import { TransactionsReport } from './TransactionsReport';

export function ReportsScreen({ tab }: { tab: 'transactions' | 'stock' }) {
  const go = useRoute((s) => s.go);
  return (
    <div className="sv-screen">
      <h1>Reports</h1>
      <div role="tablist" aria-label="Report" className="sv-segmented">
        <button type="button" role="tab" aria-selected={tab === 'transactions'} onClick={() => go('supervisor/reports/transactions')}>Transactions</button>
        <button type="button" role="tab" aria-selected={tab === 'stock'} onClick={() => go('supervisor/reports/stock')}>Stock by location</button>
      </div>
      <div role="tabpanel" aria-label={tab === 'stock' ? 'Stock by location' : 'Transactions'}>
        {tab === 'stock' ? <StockReport /> : <TransactionsReport />}
      </div>
    </div>
  );
}
