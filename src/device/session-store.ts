// The logged-in session, mirrored from IndexedDB (where it survives a reboot,
// so a device reopened offline keeps working under the session it had).
import { create } from 'zustand';
import type { StoredSession } from '../replica/session';

interface SessionState {
  /** Null until loaded from IndexedDB, then the session or 'none'. */
  session: StoredSession | null;
  loaded: boolean;
  setSession: (session: StoredSession | null) => void;
}

export const useSessionStore = create<SessionState>((set) => ({
  session: null,
  loaded: false,
  setSession: (session) => set({ session, loaded: true }),
}));
