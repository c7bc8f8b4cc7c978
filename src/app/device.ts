// The device's one replica and one sync client, shared by every screen.
import { openReplica, type ReplicaDb } from '../replica/db';
import { createSyncClient, type SyncClient } from '../sync/sync-client';
import { useSessionStore } from './session-store';

export const db: ReplicaDb = openReplica();

export const sync: SyncClient = createSyncClient({
  db,
  getSession: () => useSessionStore.getState().session,
});
