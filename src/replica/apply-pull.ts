// Writes one pulled page: rows by id, outcomes into the outbox, and the new
// cursor, in ONE transaction, so a cursor is never saved before its rows.
import type { PullChanges, PullResponse, PulledOutcome } from '../domain';
import { writeItems, writeSlots } from './blocks';
import { allTables, type HistoryRow, type ReplicaDb } from './db';
import { getMeta, META, setMeta } from './meta';
import { rebuildOverlay } from './overlay';
import type { SkippedRow } from './row-checks';

/** Outcomes of plain applied operations kept in history; exception ones are all kept (attention needs them). */
const HISTORY_KEEP = 500;

export interface PageResult {
  rows: number;
  /** Outbox entries that left the outbox or became rejected. */
  decided: number;
}

/**
 * `skipped`: rows of the page that failed the row checks (row-checks.ts) and
 * are not in `page`; they are remembered (see skippedRows) with the cursor.
 */
export async function applyPullPage(db: ReplicaDb, page: PullResponse, deviceId: string, skipped: SkippedRow[] = []): Promise<PageResult> {
  const { changes } = page;
  return db.transaction('rw', allTables(db), async () => {
    const fresh = await startOrContinueFreshChain(db);
    await noteSkipped(db, changes, skipped);
    await writeItems(db, changes.items, fresh);
    await writeSlots(db, changes.slots, fresh);
    if (changes.locations.length) await db.locations.bulkPut(changes.locations);
    if (changes.serials.length) await db.serials.bulkPut(changes.serials);
    if (changes.exceptions.length) await db.exceptions.bulkPut(changes.exceptions);
    await writeOrders(db, changes);
    if (changes.lots?.length) await db.lots.bulkPut(changes.lots);
    if (changes.settings) await setMeta(db, META.settings, changes.settings);
    const decided = await takeOutcomes(db, changes.outcomes);
    await setMeta(db, META.cursor, page.cursor);
    if (!page.hasMore) {
      await setMeta(db, META.firstSyncDone, true);
      await db.meta.delete(META.freshChain);
    }
    // The view changes with the server rows only once the pull is complete,
    // or at once when an outbox entry was decided.
    if (!page.hasMore || decided > 0) await rebuildOverlay(db, deviceId);
    const rows = changes.items.length + changes.slots.length + changes.locations.length
      + changes.serials.length + changes.exceptions.length;
    return { rows, decided };
  });
}

/**
 * A pull without a saved cursor pages through the whole replica: the server
 * rows kept so far are dropped (their server may have been replaced; the
 * outbox and history stay), and the pages of that chain never repeat a row.
 */
async function startOrContinueFreshChain(db: ReplicaDb): Promise<boolean> {
  if ((await getMeta<string>(db, META.cursor)) === undefined) {
    await Promise.all([
      db.itemBlocks.clear(), db.slotBlocks.clear(), db.locations.clear(), db.serials.clear(), db.exceptions.clear(),
      db.purchaseOrders.clear(), db.pickLists.clear(), db.lots.clear(), db.countTasks.clear(), db.meta.delete(META.skippedRows),
    ]);
    await setMeta(db, META.freshChain, true);
    await db.meta.delete(META.firstSyncDone);
    return true;
  }
  return (await getMeta<boolean>(db, META.freshChain)) === true;
}

/**
 * Orders by id: an open one is kept (replacing the older copy), a closed or
 * packed one is dropped, as the server sends it once when it closes.
 */
async function writeOrders(db: ReplicaDb, changes: PullChanges): Promise<void> {
  const orders = changes.purchaseOrders ?? [];
  const lists = changes.pickLists ?? [];
  if (orders.length) {
    await db.purchaseOrders.bulkPut(orders.filter((o) => o.status === 'open'));
    await db.purchaseOrders.bulkDelete(orders.filter((o) => o.status !== 'open').map((o) => o.id));
  }
  if (lists.length) {
    await db.pickLists.bulkPut(lists.filter((l) => l.status === 'open'));
    await db.pickLists.bulkDelete(lists.filter((l) => l.status !== 'open').map((l) => l.id));
  }
  // Count tasks likewise: kept while open, dropped once done or cancelled.
  const tasks = changes.countTasks ?? [];
  if (tasks.length) {
    await db.countTasks.bulkPut(tasks.filter((t) => t.status === 'open'));
    await db.countTasks.bulkDelete(tasks.filter((t) => t.status !== 'open').map((t) => t.id));
  }
}

/**
 * An operation leaves the outbox when a pull brings its outcome (the server
 * sends it only together with its effects). A rejected one stays, marked, for
 * the operator to fix or discard (C3). Own ids go to history either way.
 */
async function takeOutcomes(db: ReplicaDb, outcomes: PulledOutcome[]): Promise<number> {
  if (outcomes.length === 0) return 0;
  const rows = await db.outbox.bulkGet(outcomes.map((o) => o.id));
  let decided = 0;
  const history: HistoryRow[] = [];
  for (const [i, outcome] of outcomes.entries()) {
    const row = rows[i];
    history.push({ ...outcome, type: row?.type ?? 'unknown' });
    if (!row) continue;
    if (outcome.outcome === 'rejected') {
      if (row.state !== 'rejected') decided += 1;
      await db.outbox.update(row.id, { state: 'rejected', outcome });
    } else {
      decided += 1;
      await db.outbox.delete(row.id);
    }
  }
  await db.history.bulkPut(history);
  await pruneHistory(db);
  return decided;
}

async function pruneHistory(db: ReplicaDb): Promise<void> {
  const plain = await db.history.filter((h) => h.outcome !== 'exception').toArray();
  if (plain.length <= HISTORY_KEEP) return;
  const old = plain.sort((a, b) => a.seq - b.seq).slice(0, plain.length - HISTORY_KEEP);
  await db.history.bulkDelete(old.map((h) => h.id));
}

/** Skipped rows remembered by table and id; beyond SKIPPED_KEEP only counted. */
interface SkippedRows {
  rows: SkippedRow[];
  /** Skipped rows not in `rows`. */
  more: number;
}

const SKIPPED_KEEP = 1000;

/**
 * Remembers the rows this page left out, and forgets earlier skipped rows
 * that this page brings again in a readable form (the server sent them anew).
 * A fresh chain starts with none (startOrContinueFreshChain).
 */
async function noteSkipped(db: ReplicaDb, changes: PullChanges, skipped: SkippedRow[]): Promise<void> {
  const stored = await getMeta<SkippedRows>(db, META.skippedRows);
  if (!stored && skipped.length === 0) return;
  let rows = stored?.rows ?? [];
  if (rows.length > 0) {
    const tables: Record<string, { id: string }[] | null | undefined> = {
      items: changes.items, locations: changes.locations, slots: changes.slots, serials: changes.serials,
      exceptions: changes.exceptions, outcomes: changes.outcomes, purchaseOrders: changes.purchaseOrders,
      pickLists: changes.pickLists, lots: changes.lots, countTasks: changes.countTasks,
    };
    const arrived = new Set<string>();
    for (const table of new Set(rows.map((r) => r.table))) {
      for (const r of tables[table] ?? []) arrived.add(`${table}\u0000${r.id}`);
    }
    // Unreadable settings are replaced by readable ones; a row without an id is forgotten only by a fresh chain.
    rows = rows.filter((r) => (r.id === null ? !(r.table === 'settings' && changes.settings) : !arrived.has(`${r.table}\u0000${r.id}`)));
  }
  // The same strange row sent again is still one missing row.
  const known = new Set(rows.map((r) => `${r.table}\u0000${r.id ?? ''}`));
  const all = [...rows, ...skipped.filter((r) => r.id === null || !known.has(`${r.table}\u0000${r.id}`))];
  const next: SkippedRows = { rows: all.slice(0, SKIPPED_KEEP), more: (stored?.more ?? 0) + Math.max(0, all.length - SKIPPED_KEEP) };
  if (next.rows.length === 0 && next.more === 0) await db.meta.delete(META.skippedRows);
  else await setMeta(db, META.skippedRows, next);
}

/** Server rows this device could not read and left out, still missing (0 when none). */
export async function skippedRowCount(db: ReplicaDb): Promise<number> {
  const stored = await getMeta<SkippedRows>(db, META.skippedRows);
  return stored ? stored.rows.length + stored.more : 0;
}

export async function savedCursor(db: ReplicaDb): Promise<string | undefined> {
  return getMeta<string>(db, META.cursor);
}

export async function firstSyncDone(db: ReplicaDb): Promise<boolean> {
  return (await getMeta<boolean>(db, META.firstSyncDone)) === true;
}
