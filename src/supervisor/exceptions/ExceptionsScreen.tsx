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
import { say, type SentenceKey } from '../../words';

type Status = 'open' | 'resolved' | 'all';
const PAGE_SIZE = 20;
const SHOW: Record<Status, SentenceKey> = {
  open: 'console.exceptions.show.open', resolved: 'console.exceptions.show.resolved', all: 'console.exceptions.show.all',
};

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
      <h1>{say('console.exceptions.title')}</h1>
      <div className="sv-toolbar">
        <div role="radiogroup" aria-label={say('console.exceptions.show')} className="sv-segmented">
          {(['open', 'resolved', 'all'] as const).map((s) => (
            <button key={s} type="button" role="radio" aria-checked={status === s} onClick={() => { setStatus(s); setPage(1); }}>
              {say(SHOW[s])}
            </button>
          ))}
        </div>
        <button type="button" className="button subtle" onClick={reload}>{say('console.shell.refresh')}</button>
        {loading && <span className="hint" aria-live="polite">{say('console.shell.loading')}</span>}
      </div>
      {error && <p role="alert" className="error">{say('console.exceptions.load-failed', { error })}</p>}
      {data && data.rows.length === 0 && <p className="hint">{say(status === 'open' ? 'console.exceptions.none-open' : 'console.exceptions.none')}</p>}
      {data && data.rows.length > 0 && (
        <>
          <p className="hint" role="status">{say('console.exceptions.count', { count: data.total })}</p>
          <ul className="cards sv-exceptions" aria-label={say('console.exceptions.title')}>
            {data.rows.map((row) => <ExceptionCard key={row.exception.id} row={row} pending={pending.get(row.exception.id) ?? null} />)}
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
