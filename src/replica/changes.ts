// A tiny in-process signal: "this tab wrote to the outbox". recordOperation,
// discardRejected and resendRejected emit it after their transaction commits;
// the sync client listens to refresh status.pending/attention at once and to
// push soon. (Other tabs' writes are seen through the sync run and its timer.)
import type { ReplicaDb } from './db';

type Listener = () => void;
const listeners = new WeakMap<ReplicaDb, Set<Listener>>();

export function onOutboxChange(db: ReplicaDb, listener: Listener): () => void {
  const set = listeners.get(db) ?? new Set<Listener>();
  listeners.set(db, set);
  set.add(listener);
  return () => set.delete(listener);
}

export function emitOutboxChange(db: ReplicaDb): void {
  for (const listener of listeners.get(db) ?? []) listener();
}
