// Rejected operations of every device (issue 16.8), newest first, 20 a page:
// a supervisor sees what did not get recorded on any scanner, not only on
// this one. Server-backed (GET /api/supervisor/rejected), refreshed after every sync.
import { useState } from 'react';
import type { Page, RejectedRow } from '../../domain';
import { useNow } from '../../app/use-now';
import { pageCount, toQuery } from '../query';
import { useServerData } from '../use-server-data';
import { RejectedCard } from './RejectedCard';

const PAGE_SIZE = 20;

export function RejectedScreen() {
  const [page, setPage] = useState(1);
  const { data, loading, error, reload } = useServerData<Page<RejectedRow>>(`/api/supervisor/rejected${toQuery({ page, pageSize: PAGE_SIZE })}`);
  const pages = data ? pageCount(data.total, data.pageSize) : 1;
  const now = useNow();
  return (
    <div className="sv-screen">
      <h1>Rejected operations</h1>
      <p className="hint">Work the server could not record (an unknown item, place or serial, or not allowed for the role), from every device.</p>
      <div className="sv-toolbar">
        <button type="button" className="button subtle" onClick={reload}>Refresh</button>
        {loading && <span className="hint" aria-live="polite">Loading…</span>}
      </div>
      {error && <p role="alert" className="error">Could not load the rejected operations: {error}. Check the connection, then Refresh.</p>}
      {data && data.rows.length === 0 && <p className="hint">No rejected operation: every device&apos;s work was recorded.</p>}
      {data && data.rows.length > 0 && (
        <>
          <p className="hint" role="status">{data.total} rejected {data.total === 1 ? 'operation' : 'operations'}</p>
          <ul className="cards sv-exceptions" aria-label="Rejected operations">
            {data.rows.map((row) => <RejectedCard key={row.opId} row={row} now={now} />)}
          </ul>
          {pages > 1 && (
            <div className="sv-pager">
              <button type="button" className="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>Previous</button>
              <span>Page {page} of {pages}</span>
              <button type="button" className="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>Next</button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
