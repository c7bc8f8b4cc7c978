// Count tasks on the device: the open ones as last pulled, with this device's
// own unconfirmed counts added (C4): a count naming a task counts its line the
// moment it is saved, offline too. Once the server's outcome is pulled the
// count leaves the outbox and the pulled task carries it instead.
import { countTaskOf, withCounted, type CountedSlotRef, type CountTask } from '../domain';
import type { ReplicaDb } from './db';

/** The slots this device's unconfirmed counts name, per task (rejected ones changed nothing). */
async function pendingCounts(db: ReplicaDb): Promise<Map<string, CountedSlotRef[]>> {
  const byTask = new Map<string, CountedSlotRef[]>();
  for (const row of await db.outbox.toArray()) {
    if (row.type !== 'count' || row.state === 'rejected') continue;
    const task = countTaskOf(row.payload);
    const p = row.payload as Partial<CountedSlotRef>;
    if (task === null || typeof p.item !== 'string' || typeof p.location !== 'string') continue;
    byTask.set(task, [...(byTask.get(task) ?? []), { item: p.item, location: p.location, condition: p.condition ?? '' }]);
  }
  return byTask;
}

/** Open count tasks, oldest first, each line marked counted once this device or the server counted it. */
export function openCountTasks(db: ReplicaDb): Promise<CountTask[]> {
  return db.transaction('r', [db.countTasks, db.outbox], async () => {
    const pending = await pendingCounts(db);
    const tasks = await db.countTasks.where('status').equals('open').toArray();
    return tasks
      .map((t) => withCounted(t, pending.get(t.id) ?? []))
      .filter((t) => t.status === 'open')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  });
}

/** The open task line that asks for this slot to be counted, if any (the oldest task first). */
export async function openTaskForSlot(db: ReplicaDb, slotId: string): Promise<CountTask | undefined> {
  return (await openCountTasks(db)).find((t) => t.lines.some((l) => l.slotId === slotId && !l.counted));
}
