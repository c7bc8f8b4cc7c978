// Always visible: online or offline, work waiting to sync, the last good
// sync, and what needs the operator's attention.
import { ago, say } from '../words';
import { useNow } from './use-now';
import { useRoute } from '../device/router';
import { useSyncStatus } from '../device/sync-status';

export function StatusBar() {
  const status = useSyncStatus();
  const go = useRoute((s) => s.go);
  const now = useNow(15_000);
  return (
    <header className="status-bar">
      <button type="button" className="home-link" onClick={() => go('home')} aria-label={say('status.home')}>{say('app.name')}</button>
      <div role="status" aria-label={say('status.label')} className="status-items">
        <span className={status.online ? 'dot online' : 'dot offline'}>{status.online ? say('status.online') : say('status.offline')}</span>
        <span aria-label={say('status.pending-label')}>{say('status.pending', { count: status.pending })}</span>
        <span aria-label={say('status.last-sync-label')}>{status.syncing ? say('status.syncing') : say('status.synced', { ago: ago(status.lastSyncAt, now) })}</span>
      </div>
      <button
        type="button"
        className={status.attention > 0 ? 'attention alert' : 'attention'}
        onClick={() => go('inbox')}
        aria-label={say('status.attention', { count: status.attention })}
      >
        {status.attention}
      </button>
      {!status.firstSync.done && status.firstSync.loaded > 0 && (
        <p className="first-sync">{say('status.first-sync', { rows: status.firstSync.loaded })}</p>
      )}
      {status.skippedRows > 0 && (
        <p className="first-sync skipped-rows" role="note" aria-label={say('status.skipped-label')}>
          {say('status.skipped-rows', { rows: status.skippedRows })}
        </p>
      )}
    </header>
  );
}
