// A half-done task survives the app being closed: Android kills a backgrounded
// PWA, a battery swap restarts the scanner. Each wizard's state (its data, not
// its functions) is kept in localStorage on every change and put back when the
// app starts; a finished task, a cancelled one and a log-out forget it. A saved
// state whose shape differs from the store's (the app was updated in between)
// is dropped rather than fed to a wizard that no longer expects it.
import type { StoreApi } from 'zustand';

const PREFIX = 'lotline.task.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked: tasks are kept in memory only
  }
}

/** The state's data fields (functions are the store's actions). */
function dataOf(state: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).filter(([, v]) => typeof v !== 'function'));
}

const shapeOf = (data: Record<string, unknown>) => Object.keys(data).sort().join(',');

/** Puts back the saved task of `id` (if its shape still fits) and keeps saving it. */
export function rememberTask<S extends { step: string }>(id: string, store: StoreApi<S>, isEmpty: (state: S) => boolean): void {
  const store_ = storage();
  if (!store_) return;
  const key = PREFIX + id;
  const blank = dataOf(store.getState());
  try {
    const saved = store_.getItem(key);
    if (saved !== null) {
      const data = JSON.parse(saved) as Record<string, unknown>;
      if (shapeOf(data) === shapeOf(blank)) store.setState(data as Partial<S>);
      else store_.removeItem(key);
    }
  } catch {
    store_.removeItem(key); // unreadable: start afresh
  }
  store.subscribe((state) => {
    try {
      if (state.step === 'done' || isEmpty(state)) store_.removeItem(key);
      else store_.setItem(key, JSON.stringify(dataOf(state)));
    } catch {
      // storage full or blocked: the task is still in memory
    }
  });
}

/** A log-out: the next person on this device starts with no one else's task. */
export function forgetTasks(): void {
  const store_ = storage();
  if (!store_) return;
  for (const key of Object.keys(store_)) if (key.startsWith(PREFIX)) store_.removeItem(key);
}
