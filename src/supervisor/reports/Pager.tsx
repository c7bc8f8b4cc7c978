// Previous / next over server pages, with where we are.
import { pageCount } from '../query';

export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const pages = pageCount(total, pageSize);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <div className="sv-pager" aria-label="Pages">
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>Previous</button>
      <span role="status">Rows {first.toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()} · page {page} of {pages}</span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>Next</button>
    </div>
  );
}
