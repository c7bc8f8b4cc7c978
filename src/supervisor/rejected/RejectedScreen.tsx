// Rejected operations of every device (issue 16.8), newest first, 20 a page:
// a supervisor sees what did not get recorded on any scanner, not only on
// this one. Server-backed (GET /api/supervisor/rejected), refreshed after every sync.
import { useState } from 'react';
import type { Page, RejectedRow } from '../../domain';
import { useNow } from '../../app/use-now';
import { pageCount, toQuery } from '../query';
import { useServerData } from '../use-server-data';
import { RejectedCard } from './RejectedCard';
import { say } from '../../words';

const PAGE_SIZE = 20;

export function RejectedScreen() {
  const [page, setPage] = useState(1);
  const { data, loading, error, reload } = useServerData<Page<RejectedRow>>(`/api/supervisor/rejected${toQuery({ page, pageSize: PAGE_SIZE })}`);
  const pages = data ? pageCount(data.total, data.pageSize) : 1;
  const now = useNow();
  return (
    <div className="sv-screen">
      <h1>{say('console.rejected.title')}</h1>
      <p className="hint">{say('console.rejected.hint')}</p>
      <div className="sv-toolbar">
        <button type="button" className="button subtle" onClick={reload}>{say('console.shell.refresh')}</button>
        {loading && <span className="hint" aria-live="polite">{say('console.shell.loading')}</span>}
      </div>
      {error && <p role="alert" className="error">{say('console.rejected.load-failed', { error })}</p>}
      {data && data.rows.length === 0 && <p className="hint">{say('console.rejected.none')}</p>}
      {data && data.rows.length > 0 && (
        <>
          <p className="hint" role="status">{say('console.rejected.count', { count: data.total })}</p>
          <ul className="cards sv-exceptions" aria-label={say('console.rejected.title')}>
            {data.rows.map((row) => <RejectedCard key={row.opId} row={row} now={now} />)}
          </ul>
          {pages > 1 && (
            <div className="sv-pager">
              <button type="button" className="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>{say('console.shell.previous')}</button>
              <span>{say('console.shell.page', { page, pages })}</span>
              <button type="button" className="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>{say('console.shell.next')}</button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
