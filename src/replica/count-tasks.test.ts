import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import type { CountTask, PullResponse } from '../domain';
import { makeWorld } from '../domain/test-fixtures';
import { taskStops } from '../flows/count/flow';
import { applyPullPage } from './apply-pull';
import { openCountTasks, openTaskForSlot } from './count-tasks';
import type { ReplicaDb } from './db';
import { recordOperation } from './record';
import { deviceId } from './session';
import { freshDb, NOW, seedFromWorld, sessionOf } from './test-helpers';

let db: ReplicaDb;
afterEach(() => db?.close());

const line = (n: number, slotId: string, sku: string, itemId: string, locationCode: string, locationId: string) =>
  ({ line: n, slotId, itemId, sku, locationId, locationCode, condition: '', counted: false });
const TASK: CountTask = {
  id: 'ct-1', kind: 'location', locationCode: 'A-01-01', sku: null, lot: null, note: '', status: 'open', createdAt: '2026-11-23T07:00:00.000Z',
  lines: [line(1, 's-bolt-a1', 'BOLT-M8', 'i-bolt', 'A-01-01', 'l-a1'), line(2, 's-milk-a1', 'MILK-1L', 'i-milk', 'A-01-01', 'l-a1')],
};

async function pullTasks(countTasks: CountTask[], cursor: string): Promise<void> {
  const page: PullResponse = {
    changes: { items: [], locations: [], slots: [], serials: [], exceptions: [], outcomes: [], settings: null, countTasks },
    cursor, hasMore: false,
  };
  await applyPullPage(db, page, await deviceId(db));
}

const count = (item: string, countTask: string) => ({
  item, location: 'A-01-01', condition: '', expected: { lot: null, quantity: 100 }, counted: { quantity: 100 }, countTask,
});

describe('count tasks on the device', () => {
  test('pulled open tasks are listed by location in walking order; a done or cancelled one pulled later is dropped', async () => {
    db = freshDb();
    await seedFromWorld(db, makeWorld());
    await pullTasks([TASK, { ...TASK, id: 'ct-2', createdAt: '2026-11-23T07:30:00.000Z', lines: [line(1, 's-pump-b1', 'PUMP-X1', 'i-pump', 'B-02-01', 'l-b1')] }], 'c-2');
    expect((await openCountTasks(db)).map((t) => t.id)).toEqual(['ct-1', 'ct-2']);
    expect(taskStops(await openCountTasks(db))).toEqual([
      { locationCode: 'A-01-01', skus: ['BOLT-M8', 'MILK-1L'] }, { locationCode: 'B-02-01', skus: ['PUMP-X1'] },
    ]);
    await pullTasks([{ ...TASK, status: 'done' }, { ...TASK, id: 'ct-2', status: 'cancelled' }], 'c-3');
    expect(await openCountTasks(db)).toEqual([]);
  });

  test("C4: this device's own unconfirmed count naming a task counts its line at once; the last one closes the task", async () => {
    db = freshDb();
    await seedFromWorld(db, makeWorld());
    await pullTasks([TASK], 'c-2');
    expect((await openTaskForSlot(db, 's-bolt-a1'))?.id).toBe('ct-1');
    await recordOperation(db, sessionOf('operator'), 'count', count('BOLT-M8', 'ct-1'), NOW);
    const [task] = await openCountTasks(db);
    expect(task?.lines.map((l) => [l.sku, l.counted])).toEqual([['BOLT-M8', true], ['MILK-1L', false]]);
    expect(await openTaskForSlot(db, 's-bolt-a1')).toBeUndefined();
    // A count naming no task counts no line.
    await recordOperation(db, sessionOf('operator'), 'count', { ...count('MILK-1L', 'ct-1'), countTask: undefined, expected: { lot: 'L100', quantity: 10 }, counted: { quantity: 10 } }, NOW);
    expect(await openCountTasks(db)).toHaveLength(1);
    await recordOperation(db, sessionOf('operator'), 'count', { ...count('MILK-1L', 'ct-1'), expected: { lot: 'L100', quantity: 10 }, counted: { quantity: 10 } }, NOW);
    expect(await openCountTasks(db)).toEqual([]);
  });
});
