// A server-backed screen's data: fetched when its request changes and again
// after every sync (the sync client pulls on the server's change events, so a
// device's push shows up here within moments: the screens go live that way).
// The previous data stays on screen while a refetch runs.
import { useEffect, useState } from 'react';
import { useSyncStatus } from '../device/sync-status';
import { errorText } from '../net/api';
import { getJson } from './api';

export interface ServerData<T> {
  data: T | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

/** `path` null: nothing to fetch yet (e.g. no lot entered). */
export function useServerData<T>(path: string | null): ServerData<T> {
  const lastSyncAt = useSyncStatus().lastSyncAt;
  const [state, setState] = useState<{ data: T | null; loading: boolean; error: string | null; path: string | null }>(
    { data: null, loading: path !== null, error: null, path },
  );
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (path === null) {
      setState({ data: null, loading: false, error: null, path });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true, path, data: s.path === path ? s.data : null }));
    getJson<T>(path).then(
      (data) => { if (current) setState({ data, loading: false, error: null, path }); },
      (error: unknown) => { if (current) setState((s) => ({ ...s, loading: false, error: errorText(error) })); },
    );
    return () => { current = false; };
  }, [path, lastSyncAt, nonce]);
  return { data: state.data, loading: state.loading, error: state.error, reload: () => setNonce((n) => n + 1) };
}
