// Previous / next over server pages, with where we are.
import { say } from '../../words';
import { pageCount } from '../query';

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const pages = pageCount(total, pageSize);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <div className="sv-pager" aria-label={say('console.reports.pages')}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>{say('console.reports.previous')}</button>
      <span role="status">{say('console.reports.page', { first, last, total, page, pages })}</span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>{say('console.reports.next')}</button>
    </div>
  );
}
