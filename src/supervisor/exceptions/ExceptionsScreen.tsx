// C2: every exception the server raised from offline facts, newest first,
// with the operation behind it; each resolution is itself an operation
// (resolveException) recorded in the outbox, so it is audited and works offline.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../device/device';
import { pageCount, toQuery } from '../query';
import type { ExceptionRow, Page } from '../server-types';
import { useServerData } from '../use-server-data';
import { ExceptionCard } from './ExceptionCard';
import { pendingResolutions } from './pending';

type Status = 'open' | 'resolved' | 'all';
const PAGE_SIZE = 20;

export function ExceptionsScreen() {
  const [status, setStatus] = useState<Status>('open');
  const [page, setPage] = useState(1);
  const { data, loading, error, reload } = useServerData<Page<ExceptionRow>>(
    `/api/supervisor/exceptions${toQuery({ status, page, pageSize: PAGE_SIZE })}`,
  );
  const pending = useLiveQuery(() => pendingResolutions(db), [], new Map<string, string>());
  const pages = data ? pageCount(data.total, data.pageSize) : 1;
  return (
    <div className="sv-screen">
      <h1>Exceptions</h1>
      <div className="sv-toolbar">
        <div role="radiogroup" aria-label="Show" className="sv-segmented">
          {(['open', 'resolved', 'all'] as const).map((s) => (
            <button key={s} type="button" role="radio" aria-checked={status === s} onClick={() => { setStatus(s); setPage(1); }}>
              {s === 'open' ? 'Open' : s === 'resolved' ? 'Resolved' : 'All'}
            </button>
          ))}
        </div>
        <button type="button" className="button subtle" onClick={reload}>Refresh</button>
        {loading && <span className="hint" aria-live="polite">Loading…</span>}
      </div>
      {error && <p role="alert" className="error">Could not load the exceptions: {error}</p>}
      {data && data.rows.length === 0 && <p className="hint">{status === 'open' ? 'No open exception: nothing waits for a decision.' : 'No exception here.'}</p>}
      {data && data.rows.length > 0 && (
        <>
          <p className="hint" role="status">{data.total} {data.total === 1 ? 'exception' : 'exceptions'}</p>
          <ul className="cards sv-exceptions" aria-label="Exceptions">
            {data.rows.map((row) => <ExceptionCard key={row.exception.id} row={row} pending={pending.get(row.exception.id) ?? null} />)}
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
