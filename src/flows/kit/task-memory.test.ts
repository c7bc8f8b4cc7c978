import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { create } from 'zustand';
import { forgetTasks, rememberTask } from './task-memory';

class MemoryStorage {
  private map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
  get length() { return this.map.size; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  clear() { this.map.clear(); }
}

interface Task { step: string; quantity: number; item: { sku: string } | null; next: () => void; reset: () => void }
const EMPTY = { step: 'item', quantity: 0, item: null };
const makeStore = () => create<Task>((set) => ({
  ...EMPTY, next: () => set({ step: 'quantity', item: { sku: 'BOX-S' }, quantity: 36 }), reset: () => set({ ...EMPTY }),
}));
const isEmpty = (s: Task) => s.step === 'item' && s.item === null;

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  // Object.keys(localStorage) lists the stored keys in a browser; the proxy does the same here.
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    value: new Proxy(storage, { ownKeys: (t) => [...(t as unknown as { map: Map<string, string> }).map.keys()], getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }) }),
  });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('a half-done task survives a restart', () => {
  test('the state is kept on every change and put back into a new store (the app restarted)', () => {
    const before = makeStore();
    rememberTask('restock', before, isEmpty);
    before.getState().next();
    const after = makeStore();
    rememberTask('restock', after, isEmpty);
    expect(after.getState()).toMatchObject({ step: 'quantity', quantity: 36, item: { sku: 'BOX-S' } });
    expect(typeof after.getState().next).toBe('function');
  });

  test('a finished, cancelled or emptied task is forgotten', () => {
    const store = makeStore();
    rememberTask('restock', store, isEmpty);
    store.getState().next();
    store.getState().reset();
    expect(storage.getItem('lotline.task.restock')).toBeNull();
    store.getState().next();
    store.setState({ step: 'done' });
    expect(storage.getItem('lotline.task.restock')).toBeNull();
  });

  test('a saved state of another shape (the app was updated in between) is dropped, not fed to the wizard', () => {
    storage.setItem('lotline.task.restock', JSON.stringify({ step: 'place', placements: [] }));
    const store = makeStore();
    rememberTask('restock', store, isEmpty);
    expect(store.getState().step).toBe('item');
    expect(storage.getItem('lotline.task.restock')).toBeNull();
  });

  test('a log-out forgets every task', () => {
    const store = makeStore();
    rememberTask('move', store, isEmpty);
    store.getState().next();
    storage.setItem('lotline.muted', '1');
    forgetTasks();
    expect(storage.getItem('lotline.task.move')).toBeNull();
    expect(storage.getItem('lotline.muted')).toBe('1');
  });
});
