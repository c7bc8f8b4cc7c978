// The device's one replica and one sync client, shared by every screen.
// src/device/ is the ground floor (replica, sync, session, router): the app
// shell, the flows and the supervisor screens stand on it and it imports none
// of them, so no folder imports another that imports it back.
import { openReplica, type ReplicaDb } from '../replica/db';
import { saveUserLanguage } from '../replica/session';
import { createSyncClient, type SyncClient } from '../sync/sync-client';
import { useSessionStore } from './session-store';

export const db: ReplicaDb = openReplica();

export const sync: SyncClient = createSyncClient({
  db,
  getSession: () => useSessionStore.getState().session,
  // A supervisor switched this user's language: stored with the session (offline restarts keep it), then spoken (App).
  onUserLanguage: (session, language) => {
    void saveUserLanguage(db, session.token, language).then((changed) => {
      if (changed && useSessionStore.getState().session?.token === changed.token) useSessionStore.getState().setSession(changed);
    });
  },
});
