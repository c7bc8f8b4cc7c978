// Reads the device's own IndexedDB replica ('lotline', src/replica/db.ts) from
// the page, as an independent observer: what is queued in the outbox, what the
// overlay of pending operations holds, and the saved pull cursor.
import type { Page } from '@playwright/test';

export interface OutboxEntry {
  id: string;
  seq: number;
  type: string;
  state: string;
}

/** Every row of each store, as stored (the stores of src/replica/db.ts). */
export async function readStores(page: Page, stores: readonly string[]): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('lotline');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    try {
      const tx = db.transaction(names, 'readonly');
      const all = await Promise.all(names.map((name) => new Promise<unknown[]>((resolve, reject) => {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error(`read ${name} failed`));
      })));
      return Object.fromEntries(names.map((name, i) => [name, all[i] ?? []]));
    } finally {
      db.close();
    }
  }, [...stores]);
}

export async function outbox(page: Page): Promise<OutboxEntry[]> {
  const { outbox: rows } = await readStores(page, ['outbox']);
  return (rows as OutboxEntry[]).map(({ id, seq, type, state }) => ({ id, seq, type, state })).sort((a, b) => a.seq - b.seq);
}

/** The outbox, the overlay of pending operations, and the pull cursor: what a refused write must leave as it was. */
export async function pendingState(page: Page): Promise<Record<string, unknown>> {
  const stores = await readStores(page, ['outbox', 'overlayItems', 'overlaySerials', 'overlayExceptions', 'meta']);
  const meta = stores.meta as { key: string; value: unknown }[];
  return {
    outbox: stores.outbox,
    overlayItems: stores.overlayItems,
    overlaySerials: stores.overlaySerials,
    overlayExceptions: stores.overlayExceptions,
    lastSeq: meta.find((m) => m.key === 'lastSeq')?.value,
    cursor: meta.find((m) => m.key === 'cursor')?.value,
  };
}
