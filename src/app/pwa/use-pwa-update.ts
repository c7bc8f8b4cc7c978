import { useEffect, useSyncExternalStore } from 'react';
import { applyUpdate, getPwaState, registerServiceWorker, subscribePwa } from './register';

export interface PwaUpdate {
  /** A new version of Lotline is installed and waiting. */
  updateReady: boolean;
  /** The app shell is cached: Lotline starts without a network. */
  offlineReady: boolean;
  /** Switches to the waiting version (the page reloads). Queued work in IndexedDB is kept. */
  applyUpdate: () => Promise<void>;
}

/** The service worker's update state. Registers the service worker if src/main.tsx has not already. */
export function usePwaUpdate(): PwaUpdate {
  const { updateReady, offlineReady } = useSyncExternalStore(subscribePwa, getPwaState, getPwaState);
  useEffect(registerServiceWorker, []);
  return { updateReady, offlineReady, applyUpdate };
}
