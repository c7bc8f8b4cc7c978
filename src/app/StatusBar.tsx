// Always visible: online or offline, work waiting to sync, the last good
// sync, and what needs the operator's attention.
import { useEffect, useState } from 'react';
import { ago } from '../words';
import { useRoute } from '../device/router';
import { useSyncStatus } from '../device/sync-status';

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function StatusBar() {
  const status = useSyncStatus();
  const go = useRoute((s) => s.go);
  const now = useNow(15_000);
  return (
    <header className="status-bar">
      <button type="button" className="home-link" onClick={() => go('home')} aria-label="Home">Lotline</button>
      <div role="status" aria-label="Sync status" className="status-items">
        <span className={status.online ? 'dot online' : 'dot offline'}>{status.online ? 'Online' : 'Offline'}</span>
        <span aria-label="Pending operations">{status.pending} pending</span>
        <span aria-label="Last sync">{status.syncing ? 'Syncing…' : `Synced ${ago(status.lastSyncAt, now)}`}</span>
      </div>
      <button
        type="button"
        className={status.attention > 0 ? 'attention alert' : 'attention'}
        onClick={() => go('inbox')}
        aria-label={`Attention: ${status.attention}`}
      >
        {status.attention}
      </button>
      {!status.firstSync.done && status.firstSync.loaded > 0 && (
        <p className="first-sync">Loading the warehouse: {status.firstSync.loaded.toLocaleString()} rows…</p>
      )}
      {status.skippedRows > 0 && (
        <p className="first-sync skipped-rows" role="note" aria-label="Skipped rows">
          {status.skippedRows === 1
            ? '1 row from the server could not be read and was skipped'
            : `${status.skippedRows.toLocaleString()} rows from the server could not be read and were skipped`}
        </p>
      )}
    </header>
  );
}
