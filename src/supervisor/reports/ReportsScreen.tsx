// R12: transaction and stock reports, each with a Lot column, filtered,
// sorted and paged on the server, exported as CSV or Excel.
import { useRoute } from '../../device/router';
import { say } from '../../words';
import { StockReport } from './StockReport';
import { TransactionsReport } from './TransactionsReport';

export function ReportsScreen({ tab }: { tab: 'transactions' | 'stock' }) {
  const go = useRoute((s) => s.go);
  return (
    <div className="sv-screen">
      <h1>{say('console.reports.title')}</h1>
      <div role="tablist" aria-label={say('console.reports.tabs')} className="sv-segmented">
        <button type="button" role="tab" aria-selected={tab === 'transactions'} onClick={() => go('supervisor/reports/transactions')}>{say('console.reports.transactions')}</button>
        <button type="button" role="tab" aria-selected={tab === 'stock'} onClick={() => go('supervisor/reports/stock')}>{say('console.reports.stock')}</button>
      </div>
      <div role="tabpanel" aria-label={say(tab === 'stock' ? 'console.reports.stock' : 'console.reports.transactions')}>
        {tab === 'stock' ? <StockReport /> : <TransactionsReport />}
      </div>
    </div>
  );
}
