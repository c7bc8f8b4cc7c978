// Count tasks on the server: made by a supervisor, listed, cancelled, pulled
// by devices. A task's lines are the slots to count, fixed when it is made;
// a line is counted when a count operation naming the task (payload.countTask,
// not rejected) counted that slot (src/domain/count-tasks.ts: countsLine).
// Nothing of that is stored twice.
//
// Pull: like pick lists (masterdata/orders-read.ts), a task must come again
// when its row changed OR a count naming it was written since the cursor, so
// its change key is the latest of both xids.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, Queryable } from '../db/connection';
import { HttpError } from '../http/errors';
import { countTaskStatus, type CountTask, type CountTaskLine } from '../domain';
import type { PullWindow } from '../masterdata/orders-read';

const code = z.string().trim().min(1).max(64);

export const newCountTask = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('location'), location: code, note: z.string().max(500).optional() }),
  z.object({ kind: z.literal('item'), item: code, note: z.string().max(500).optional() }),
  z.object({ kind: z.literal('lot'), item: code, lot: code, note: z.string().max(500).optional() }),
]);
export type NewCountTask = z.infer<typeof newCountTask>;

export const countTasksQuery = z.object({
  status: z.enum(['open', 'done', 'cancelled']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

type Row = Omit<CountTask, 'lines' | 'status'> & { status: 'open' | 'cancelled'; lines: Omit<CountTaskLine, 'counted'>[] };

const COLUMNS = `t.id, t.kind, t.location_code AS "locationCode", t.sku, t.lot, t.note, t.status,
  to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
  (SELECT coalesce(jsonb_agg(jsonb_build_object('line', l.line, 'slotId', l.slot_id, 'itemId', s.item_id, 'sku', i.sku,
           'locationId', s.location_id, 'locationCode', lo.code, 'condition', s.condition) ORDER BY l.line), '[]')
     FROM count_task_lines l JOIN slots s ON s.id = l.slot_id JOIN items i ON i.id = s.item_id
     JOIN locations lo ON lo.id = s.location_id
    WHERE l.task_id = t.id) AS lines`;

/** The lines counted per task: a count naming it for the line's item, location and condition. */
async function withCounted(tx: Queryable, rows: Row[]): Promise<CountTask[]> {
  if (rows.length === 0) return [];
  const counted = (await tx.query<{ taskId: string; line: number }>(
    `SELECT l.task_id AS "taskId", l.line
       FROM count_task_lines l JOIN slots s ON s.id = l.slot_id JOIN items i ON i.id = s.item_id
       JOIN locations lo ON lo.id = s.location_id
      WHERE l.task_id = ANY($1::text[]) AND EXISTS (
        SELECT 1 FROM operations o
         WHERE o.type = 'count' AND o.outcome <> 'rejected' AND (o.payload ->> 'countTask') = l.task_id
           AND (lower(trim(o.payload ->> 'item')) = lower(i.sku) OR (o.payload ->> 'item') = ANY(i.gtins))
           AND lower(trim(o.payload ->> 'location')) = lower(lo.code)
           AND coalesce(o.payload ->> 'condition', '') = s.condition)`,
    [rows.map((r) => r.id)],
  )).rows;
  const done = new Set(counted.map((c) => `${c.taskId}\u0000${c.line}`));
  return rows.map((row) => {
    const lines = row.lines.map((l) => ({ ...l, counted: done.has(`${row.id}\u0000${l.line}`) }));
    return { ...row, lines, status: countTaskStatus(row.status, lines) };
  });
}

/** The slots a new task counts: every slot at the location, of the item, or of the item holding the lot. */
async function slotsToCount(tx: Queryable, task: NewCountTask): Promise<{ ids: string[]; locationCode: string | null; sku: string | null }> {
  if (task.kind === 'location') {
    const location = (await tx.query<{ id: string; code: string }>('SELECT id, code FROM locations WHERE lower(code) = lower($1)', [task.location])).rows[0];
    if (!location) throw new HttpError(400, 'unknown-location', `no location ${task.location}`, { location: task.location });
    const ids = (await tx.query<{ id: string }>(
      `SELECT s.id FROM slots s JOIN items i ON i.id = s.item_id WHERE s.location_id = $1 ORDER BY i.sku, s.condition`, [location.id],
    )).rows.map((r) => r.id);
    return { ids, locationCode: location.code, sku: null };
  }
  const item = (await tx.query<{ id: string; sku: string }>(
    `SELECT id, sku FROM items WHERE lower(sku) = lower($1) OR $1 = ANY(gtins) ORDER BY sku LIMIT 1`, [task.item],
  )).rows[0];
  if (!item) throw new HttpError(400, 'unknown-item', `no item ${task.item}`, { item: task.item });
  const ids = (await tx.query<{ id: string }>(
    `SELECT s.id FROM slots s JOIN locations lo ON lo.id = s.location_id
      WHERE s.item_id = $1 AND ($2::text IS NULL OR s.lot = $2) ORDER BY lo.code, s.condition`,
    [item.id, task.kind === 'lot' ? task.lot : null],
  )).rows.map((r) => r.id);
  return { ids, locationCode: null, sku: item.sku };
}

/** Makes a task; 400 'nothing-to-count' when no slot matches (a location without assignments, a lot in no slot). */
export async function createCountTask(db: Db, task: NewCountTask, userId: string): Promise<CountTask> {
  return db.transaction(async (tx) => {
    const { ids, locationCode, sku } = await slotsToCount(tx, task);
    if (ids.length === 0) throw new HttpError(400, 'nothing-to-count', 'no slot matches: nothing to count');
    const id = randomUUID();
    await tx.query(
      `INSERT INTO count_tasks (id, kind, location_code, sku, lot, note, status, created_by) VALUES ($1, $2, $3, $4, $5, $6, 'open', $7)`,
      [id, task.kind, locationCode, sku, task.kind === 'lot' ? task.lot : null, task.note?.trim() ?? '', userId],
    );
    for (const [i, slotId] of ids.entries()) {
      await tx.query('INSERT INTO count_task_lines (task_id, line, slot_id) VALUES ($1, $2, $3)', [id, i + 1, slotId]);
    }
    const rows = (await tx.query<Row>(`SELECT ${COLUMNS} FROM count_tasks t WHERE t.id = $1`, [id])).rows;
    return (await withCounted(tx, rows))[0]!;
  });
}

/** Cancels an open task (a done or cancelled one is left as it is: 409). */
export async function cancelCountTask(db: Db, id: string): Promise<CountTask> {
  return db.transaction(async (tx) => {
    const rows = (await tx.query<Row>(`SELECT ${COLUMNS} FROM count_tasks t WHERE t.id = $1 FOR UPDATE OF t`, [id])).rows;
    const [task] = await withCounted(tx, rows);
    if (!task) throw new HttpError(404, 'not-found', `no count task ${id}`);
    if (task.status !== 'open') throw new HttpError(409, 'count-task-closed', `the count task is ${task.status}`);
    await tx.query(`UPDATE count_tasks SET status = 'cancelled', change_xid = pg_current_xact_id() WHERE id = $1`, [id]);
    return { ...task, status: 'cancelled' };
  });
}

/** Tasks, newest first; the status filter is applied after the counts are read ('done' is worked out). */
export async function listCountTasks(db: Db, q: z.infer<typeof countTasksQuery>): Promise<{ rows: CountTask[]; total: number }> {
  return db.transaction(async (tx) => {
    const rows = (await tx.query<Row>(`SELECT ${COLUMNS} FROM count_tasks t ORDER BY t.created_at DESC, t.id`)).rows;
    const all = (await withCounted(tx, rows)).filter((t) => q.status === undefined || t.status === q.status);
    return { rows: all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: all.length };
  }, { isolation: 'repeatable read', readOnly: true });
}

/** Tasks changed since `from` (their row, or a count naming them); a first sync sends open ones only. */
export async function pullCountTasks(tx: Queryable, w: PullWindow): Promise<(CountTask & { changeXid: string })[]> {
  const rows = (await tx.query<Row & { changeXid: string }>(
    `WITH counted AS (
       SELECT payload ->> 'countTask' AS id, max(change_xid) AS xid FROM operations
        WHERE type = 'count' AND payload ? 'countTask' AND change_xid >= $1::xid8 GROUP BY 1),
     changed AS (
       SELECT t.*, GREATEST(t.change_xid, c.xid) AS key FROM count_tasks t LEFT JOIN counted c ON c.id = t.id
        WHERE t.change_xid >= $1::xid8 OR c.xid IS NOT NULL)
     SELECT ${COLUMNS}, t.key::text AS "changeXid" FROM changed t
      WHERE (t.key, t.id) > ($2::xid8, $3)
      ORDER BY t.key, t.id LIMIT $4`,
    [w.from, w.after.xid, w.after.id, w.limit],
  )).rows;
  const tasks = await withCounted(tx, rows);
  // A first sync needs only what is still to count.
  return tasks.map((t, i) => ({ ...t, changeXid: rows[i]!.changeXid }))
    .filter((t) => w.from !== '0' || t.status === 'open');
}
