// Pull: the rows that changed since the device's cursor.
//
// Why no committed row is ever missed. Every replicated row carries
// change_xid, the id of the transaction that last wrote it. A pull runs in one
// REPEATABLE READ snapshot and notes that snapshot's xmin: every transaction
// with an id below xmin had finished before the snapshot was taken, so all its
// rows are visible to this pull. Transactions at or above xmin may still have
// been running (invisible now, committing later). The next pull therefore
// starts from xmin itself, not from the highest id it saw: rows of a
// transaction that commits after this pull, whatever order ids were handed out
// in, have change_xid >= xmin and are read next time. A row may come twice;
// devices apply rows by id, so a repeat is harmless.
//
// Outcomes: a device drops an operation from its outbox when a pull brings
// its outcome, and re-applies the operations still pending over the rows it
// pulled, so outcome and effects must arrive together. An operation's outcome
// and its effects commit in one transaction; outcomes are read FIRST, so any
// outcome sent was visible before the other tables were read (in the same
// snapshot for a one-page pull, in a later one when paging) and its effects
// come in the same pull.
//
// Paging: a first sync of a whole warehouse goes in pages ordered by
// (table, change_xid, id). The watermark of the FIRST page's snapshot is kept
// in the cursor until the last page, so a row changed while the device was
// paging (it gets a newer xid, above that watermark) comes in the next pull.
import type { Db, Queryable } from '../db/connection';
import { EXCEPTIONS, LOCATIONS, SERIALS, SLOTS, selectList, type TableMap } from '../db/tables';
import type { PullChanges, PullResponse } from '../domain';
import { loadSettings } from './load-world';
import { pullPickLists, pullPurchaseOrders, type PullWindow } from '../masterdata/orders-read';
import { ITEMS } from '../masterdata/tables';
import { LOTS } from '../lots/tables';
import { pullCountTasks } from '../counts/count-tasks';

/** Bumped when a migration adds replicated data: devices with an older cursor sync from scratch. */
export const REPLICA_VERSION = 4;

type ChangeTable = Exclude<keyof PullChanges, 'settings'>;

// Orders are read by a function of their own: their change key also counts the
// operations that name them (masterdata/orders-read.ts says why that is safe).
type Reader = (tx: Queryable, window: PullWindow) => Promise<XidRow[]>;

const TABLES: { name: ChangeTable; map: TableMap | null; read?: Reader }[] = [
  { name: 'outcomes', map: null },
  { name: 'items', map: ITEMS },
  { name: 'locations', map: LOCATIONS },
  { name: 'slots', map: SLOTS },
  { name: 'serials', map: SERIALS },
  { name: 'exceptions', map: EXCEPTIONS },
  { name: 'lots', map: LOTS },
  { name: 'purchaseOrders', map: null, read: pullPurchaseOrders },
  { name: 'pickLists', map: null, read: pullPickLists },
  { name: 'countTasks', map: null, read: pullCountTasks },
];

interface Cursor {
  v: number;
  /** Lower bound: rows with change_xid >= from. */
  from: string;
  /** Paging only: the watermark of the first page, and where the last page stopped. */
  page?: { watermark: string; table: number; xid: string; id: string };
}

export class CursorError extends Error {}

export function decodeCursor(raw: string | undefined): Cursor {
  if (raw === undefined) return { v: REPLICA_VERSION, from: '0' };
  try {
    const cursor = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof cursor.from !== 'string' || !/^\d+$/.test(cursor.from)) throw new Error('bad from');
    // A cursor from an older replica layout: start over rather than miss a new table.
    if (cursor.v !== REPLICA_VERSION) return { v: REPLICA_VERSION, from: '0' };
    return cursor;
  } catch {
    throw new CursorError('cursor is not one this server issued');
  }
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export async function pullChanges(db: Db, deviceId: string, rawCursor: string | undefined, limit: number): Promise<PullResponse> {
  const cursor = decodeCursor(rawCursor);
  return db.transaction(async (tx) => {
    const xmin = (await tx.query<{ xmin: string }>(
      'SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin',
    )).rows[0]?.xmin ?? '0';
    const watermark = cursor.page?.watermark ?? xmin;
    const changes: PullChanges = {
      items: [], locations: [], slots: [], serials: [], exceptions: [], outcomes: [], settings: null,
      purchaseOrders: [], pickLists: [], lots: [], countTasks: [],
    };
    let room = limit;
    const startTable = cursor.page?.table ?? 0;
    for (let t = startTable; t < TABLES.length; t++) {
      const table = TABLES[t];
      if (!table) continue;
      const after = t === startTable && cursor.page ? { xid: cursor.page.xid, id: cursor.page.id } : { xid: '0', id: '' };
      const rows = table.read
        ? await table.read(tx, { from: cursor.from, after, limit: room + 1 })
        : await readTable(tx, table.name, table.map, deviceId, cursor.from, after, room + 1);
      const taken = rows.slice(0, room);
      (changes[table.name] as unknown[]).push(...taken.map(stripXid));
      room -= taken.length;
      if (rows.length > taken.length) {
        const last = taken[taken.length - 1] ?? { changeXid: after.xid, id: after.id };
        return {
          changes,
          cursor: encodeCursor({ v: REPLICA_VERSION, from: cursor.from, page: { watermark, table: t, xid: last.changeXid, id: last.id } }),
          hasMore: true,
        };
      }
    }
    // Settings are one small row: sent on every page-complete pull.
    changes.settings = await loadSettings(tx);
    return { changes, cursor: encodeCursor({ v: REPLICA_VERSION, from: watermark }), hasMore: false };
  }, { isolation: 'repeatable read', readOnly: true });
}

interface XidRow { changeXid: string; id: string }

async function readTable(
  tx: Queryable, name: ChangeTable, map: TableMap | null, deviceId: string, from: string,
  after: { xid: string; id: string }, limit: number,
): Promise<XidRow[]> {
  if (map === null) {
    // This device's own operations' outcomes, so it can drop them from its outbox.
    return (await tx.query<XidRow>(
      `SELECT id::text AS id, seq::int AS seq, outcome, code, rule, details, change_xid::text AS "changeXid"
         FROM operations
        WHERE device_id = $1 AND change_xid >= $2::xid8 AND (change_xid, id::text) > ($3::xid8, $4)
        ORDER BY change_xid, id::text LIMIT $5`,
      [deviceId, from, after.xid, after.id, limit],
    )).rows;
  }
  return (await tx.query<XidRow>(
    `SELECT ${selectList(map)}, change_xid::text AS "changeXid" FROM ${name}
      WHERE change_xid >= $1::xid8 AND (change_xid, id) > ($2::xid8, $3)
      ORDER BY change_xid, id LIMIT $4`,
    [from, after.xid, after.id, limit],
  )).rows;
}

function stripXid<T extends XidRow>(row: T): Omit<T, 'changeXid'> {
  const { changeXid: _, ...rest } = row;
  return rest;
}
