// The device's sync loop: push the outbox, pull changes, rebuild the view.
// Runs on start, on `online`, when the page becomes visible, on a timer (with
// backoff after failures), on the server's "something changed" events, and
// soon after this tab records an operation. One writer per device: every run
// holds the Web Lock 'lotline-sync', so two tabs never push or pull at once.
import type { Language } from '../domain';
import type { ReplicaDb } from '../replica/db';
import { attentionItems } from '../replica/attention';
import { firstSyncDone, skippedRowCount } from '../replica/apply-pull';
import { onOutboxChange } from '../replica/changes';
import { getMeta, META, setMeta } from '../replica/meta';
import { unconfirmedCount } from '../replica/outbox';
import { deviceId as getDeviceId, type StoredSession } from '../replica/session';
import { nextDelay } from './backoff';
import { ApiError, type Http } from '../net/api';
import { listenForChanges } from './live-events';
import { pullAll } from './pull';
import { pushOutbox } from './push';

export interface SyncStatus {
  online: boolean;
  syncing: boolean;
  /** Operations not yet confirmed by a pull ('pending' + 'acked'). */
  pending: number;
  attention: number;
  lastSyncAt: string | null;
  authRequired: boolean;
  lastError: string | null;
  firstSync: { loaded: number; done: boolean };
  /** Server rows this device could not read and left out (still missing): shown, never blocking. */
  skippedRows: number;
}

export interface SyncClient {
  start(): void;
  stop(): void;
  syncNow(): Promise<void>;
  /** The same object until something changes (safe for useSyncExternalStore). */
  getStatus(): SyncStatus;
  subscribe(listener: (s: SyncStatus) => void): () => void;
}

export interface SyncClientOptions {
  db: ReplicaDb;
  getSession: () => StoredSession | null;
  baseUrl?: string;
  fetch?: typeof fetch;
  locks?: LockManager | null;
  eventSource?: typeof EventSource | null;
  now?: () => number;
  random?: () => number;
  /** Rows per pull page (default PULL_LIMIT); tests page through the small demo replica with a few. */
  pullLimit?: number;
  /** The server told the user's language with a pull (a supervisor may have changed it since login). */
  onUserLanguage?: (session: StoredSession, language: Language | null) => void;
}

const LOCK_NAME = 'lotline-sync';
/** A recorded operation is pushed shortly after, batching a burst of scans. */
const AFTER_RECORD_MS = 300;

type RunResult = 'ok' | 'failed' | 'auth';

export function createSyncClient(options: SyncClientOptions): SyncClient {
  const { db, getSession } = options;
  const http: Http = { baseUrl: options.baseUrl ?? '', fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)) };
  const locks = options.locks !== undefined ? options.locks : (globalThis.navigator as Navigator | undefined)?.locks ?? null;
  const EventSourceImpl = options.eventSource !== undefined ? options.eventSource : globalThis.EventSource ?? null;
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;

  const navigatorOnline = () => (globalThis.navigator as Navigator | undefined)?.onLine ?? true;
  let status: SyncStatus = {
    online: navigatorOnline(), syncing: false, pending: 0, attention: 0, lastSyncAt: null,
    authRequired: false, lastError: null, firstSync: { loaded: 0, done: false }, skippedRows: 0,
  };
  const listeners = new Set<(s: SyncStatus) => void>();
  const update = (patch: Partial<SyncStatus>) => {
    const next = { ...status, ...patch };
    const changed = (Object.keys(patch) as (keyof SyncStatus)[]).some((k) => JSON.stringify(next[k]) !== JSON.stringify(status[k]));
    if (!changed) return;
    status = next;
    for (const listener of listeners) listener(status);
  };

  let started = false;
  let failures = 0;
  /** The token a 401 was answered to: no run until getSession() gives another. */
  let refusedToken: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let again = false;
  let live: { token: string; close: () => void } | null = null;
  const cleanups: (() => void)[] = [];

  /** Never rejects: the counts are a display, a failed read is retried on the next change. */
  async function refreshCounts(): Promise<void> {
    try {
      const [pending, attention, done, skippedRows, stored] = await Promise.all([
        unconfirmedCount(db), attentionItems(db), firstSyncDone(db), skippedRowCount(db), getMeta<string>(db, META.lastSyncAt),
      ]);
      // After a restart (offline, say) the last good sync is the stored one, not "never".
      const lastSyncAt = status.lastSyncAt ?? stored ?? null;
      update({ pending, attention: attention.length, firstSync: { ...status.firstSync, done }, skippedRows, lastSyncAt });
    } catch {
      // The database closed under us (tab closing, test teardown): nothing to show.
    }
  }

  function schedule(delay: number): void {
    if (!started) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // A timer has no caller to report to: the outcome is in the status.
      void syncNow();
    }, delay);
  }

  async function runOnce(): Promise<RunResult> {
    const session = getSession();
    if (!session) {
      update({ authRequired: true });
      return 'auth';
    }
    if (session.token === refusedToken) return 'auth';
    refusedToken = null;
    update({ authRequired: false, syncing: true });
    try {
      const run = () => syncWith(session);
      if (locks) await locks.request(LOCK_NAME, run);
      else await run();
      failures = 0;
      const lastSyncAt = new Date(now()).toISOString();
      update({ lastError: null, online: navigatorOnline(), lastSyncAt });
      await setMeta(db, META.lastSyncAt, lastSyncAt).catch(() => undefined); // a display: never fail the sync for it
      return 'ok';
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError('malformed', `sync: ${String(error)}`, 0);
      if (e.kind === 'auth') {
        // Keep the queue; a new login resumes (README: a 401 means log in again, keep the queue).
        refusedToken = session.token;
        closeLive();
        update({ authRequired: true, lastError: e.message });
        return 'auth';
      }
      failures += 1;
      update({ lastError: e.message, online: e.kind === 'network' ? false : navigatorOnline() });
      return 'failed';
    } finally {
      update({ syncing: false });
      await refreshCounts();
    }
  }

  async function syncWith(session: StoredSession): Promise<void> {
    const device = await getDeviceId(db);
    await pushOutbox(db, http, session.token, device);
    const first = !(await firstSyncDone(db));
    if (first) update({ firstSync: { loaded: 0, done: false } });
    const pulled = await pullAll(db, http, session.token, device, options.pullLimit, (rows) => {
      if (first) update({ firstSync: { loaded: status.firstSync.loaded + rows, done: false } });
    });
    if (pulled.language !== undefined && pulled.language !== (session.user.language ?? null)) options.onUserLanguage?.(session, pulled.language);
    if (first) update({ firstSync: { loaded: status.firstSync.loaded, done: true } });
    ensureLive(session.token, device);
  }

  function ensureLive(token: string, device: string): void {
    if (!started || !EventSourceImpl || live?.token === token) return;
    closeLive();
    const url = `${http.baseUrl}/api/events?access_token=${encodeURIComponent(token)}`;
    // Debounced inside listenForChanges; the run reports through the status.
    live = { token, close: listenForChanges({ EventSource: EventSourceImpl, url, ownDeviceId: device, onChange: () => void syncNow() }) };
  }

  function closeLive(): void {
    live?.close();
    live = null;
  }

  function syncNow(): Promise<void> {
    if (inFlight) {
      // Something changed while a run is under way: run once more after it.
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      let result: RunResult = 'failed';
      try {
        // A trigger that came while this run was under way gets a run of its
        // own, even when this one failed: the `online` event of a device coming
        // back arrives while its last offline attempt is still failing, and
        // dropping it left the queue waiting out the backoff. Each extra run
        // needs a new trigger, so a dead network does not spin.
        do {
          again = false;
          result = await runOnce();
        } while (again);
      } finally {
        inFlight = null;
      }
      schedule(result === 'auth' ? nextDelay({ failures: 0, unconfirmed: 0 }, random) : nextDelay({ failures, unconfirmed: status.pending }, random));
    })();
    return inFlight;
  }

  function start(): void {
    if (started) return;
    started = true;
    const win = globalThis as unknown as Partial<Window>;
    const trigger = () => void syncNow();
    const onOnline = () => {
      update({ online: true });
      // Back online: retry at once rather than after the backoff.
      failures = 0;
      trigger();
    };
    const onOffline = () => update({ online: false });
    const onVisible = () => {
      if (globalThis.document?.visibilityState === 'visible') trigger();
    };
    if (typeof win.addEventListener === 'function' && typeof win.removeEventListener === 'function') {
      const add = win.addEventListener.bind(win);
      const remove = win.removeEventListener.bind(win);
      add('online', onOnline);
      add('offline', onOffline);
      cleanups.push(() => remove('online', onOnline), () => remove('offline', onOffline));
    }
    const doc = globalThis.document as Document | undefined;
    if (doc) {
      doc.addEventListener('visibilitychange', onVisible);
      cleanups.push(() => doc.removeEventListener('visibilitychange', onVisible));
    }
    void refreshCounts(); // the stored counts and last sync, before the first run answers
    cleanups.push(onOutboxChange(db, () => {
      void refreshCounts(); // never rejects (see above)
      schedule(AFTER_RECORD_MS);
    }));
    trigger();
  }

  function stop(): void {
    started = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    closeLive();
    for (const cleanup of cleanups.splice(0)) cleanup();
  }

  return {
    start,
    stop,
    syncNow,
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
