// The sync client's status as a React hook.
import { useSyncExternalStore } from 'react';
import type { SyncStatus } from '../sync/sync-client';
import { sync } from './device';

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore((listener) => sync.subscribe(listener), () => sync.getStatus());
}
