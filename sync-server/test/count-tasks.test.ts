// Counting as warehouses count (issue 16): a count above the review threshold
// becomes an exception a supervisor decides; count tasks made by a supervisor
// travel to devices by pull and are done when their slots are counted.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CountTask, PullResponse, Slot } from '../src/domain';
import { BACKENDS, OPERATOR, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';

/** Every page of a device's pull from its cursor, joined. */
async function pullAll(device: TestDevice): Promise<PullResponse['changes']> {
  const pages: PullResponse['changes'][] = [];
  for (;;) {
    const page = await device.pull();
    pages.push(page.changes);
    if (!page.hasMore) break;
  }
  return {
    ...pages[pages.length - 1]!,
    slots: pages.flatMap((p) => p.slots), items: pages.flatMap((p) => p.items), locations: pages.flatMap((p) => p.locations),
    exceptions: pages.flatMap((p) => p.exceptions), countTasks: pages.flatMap((p) => p.countTasks ?? []),
  };
}

describe.each(BACKENDS)('counts on %s', (backend) => {
  let h: Harness;
  let auth: { authorization: string };
  let operator: TestDevice;
  let supervisor: TestDevice;
  let ids: { item: string; location: string };

  const slotNow = async (): Promise<Slot> => {
    const observer = new TestDevice(h.app, auth.authorization.slice(7));
    return (await pullAll(observer)).slots.findLast((s) => s.itemId === ids.item && s.locationId === ids.location)!;
  };
  const countOf = (slot: Slot, quantity: number, countTask?: string) => operator.op('count', {
    item: 'YOG-500', location: 'C-01-03', condition: '', expected: { lot: slot.lot, quantity: slot.quantity },
    counted: { quantity, lot: slot.lot }, ...(countTask ? { countTask } : {}),
  });
  const post = async (url: string, payload: unknown) => h.app.inject({ method: 'POST', url, headers: auth, payload: payload as object });

  beforeAll(async () => {
    h = await startHarness(backend);
    const token = await loginAs(h.app, ...SUPERVISOR);
    auth = { authorization: `Bearer ${token}` };
    supervisor = new TestDevice(h.app, token, 'tab-sam');
    operator = new TestDevice(h.app, await loginAs(h.app, ...OPERATOR), 'dev-olivia');
    const rows = await pullAll(operator);
    ids = { item: rows.items.find((i) => i.sku === 'YOG-500')!.id, location: rows.locations.find((l) => l.code === 'C-01-03')!.id };
  });
  afterAll(async () => { await h.close(); });

  test('R9: a count differing by more than the review threshold books nothing and waits for a supervisor; Accept books it', async () => {
    expect((await supervisor.push([supervisor.op('changeSettings', { floor: { countReviewAbove: 5 } })]))[0]?.outcome).toBe('applied');
    const before = await slotNow();
    const [held] = await operator.push([countOf(before, before.quantity - 10)]);
    expect(held).toMatchObject({ outcome: 'exception', code: 'count-review', rule: 'R9' });
    expect(await slotNow()).toMatchObject({ quantity: before.quantity, lot: before.lot, needsCount: true });

    const exceptions = (await h.app.inject({ method: 'GET', url: '/api/supervisor/exceptions?status=open', headers: auth }))
      .json<{ rows: { exception: { id: string; code: string; details: Record<string, unknown> } }[] }>().rows;
    const review = exceptions.find((r) => r.exception.code === 'count-review')!;
    expect(review.exception.details).toMatchObject({ difference: -10, reviewAbove: 5, counted: { quantity: before.quantity - 10 } });
    const [accepted] = await supervisor.push([supervisor.op('resolveException', { exceptionId: review.exception.id, action: 'accept' })]);
    expect(accepted?.outcome).toBe('applied');
    expect(await slotNow()).toMatchObject({ quantity: before.quantity - 10, needsCount: false });

    // Within the threshold a count applies at once.
    const now = await slotNow();
    expect((await operator.push([countOf(now, now.quantity + 2)]))[0]?.outcome).toBe('applied');
    expect((await slotNow()).quantity).toBe(now.quantity + 2);
    await supervisor.push([supervisor.op('changeSettings', { floor: { countReviewAbove: 0 } })]);
  });

  test('count tasks round-trip: made by a supervisor, pulled by devices, done once their slots are counted', async () => {
    const made = await post('/api/supervisor/count-tasks', { kind: 'location', location: 'c-01-03', note: 'Cycle count' });
    expect(made.statusCode, made.body).toBe(201);
    const task = made.json<CountTask>();
    expect(task).toMatchObject({ kind: 'location', locationCode: 'C-01-03', status: 'open', note: 'Cycle count' });
    expect(task.lines.length).toBeGreaterThan(0);
    expect(task.lines.every((l) => l.locationCode === 'C-01-03' && !l.counted)).toBe(true);

    const pulled = (await pullAll(operator)).countTasks!.findLast((t) => t.id === task.id);
    expect(pulled).toMatchObject({ status: 'open', lines: task.lines });

    // Counting every slot of the task, naming it, makes it done; the device hears of it by pull.
    const rows = await pullAll(new TestDevice(h.app, auth.authorization.slice(7)));
    const counts = task.lines.map((line) => {
      const slot = rows.slots.findLast((s) => s.id === line.slotId)!;
      return operator.op('count', {
        item: line.sku, location: line.locationCode, condition: line.condition,
        expected: { lot: slot.lot, quantity: slot.quantity }, counted: { quantity: slot.quantity, ...(slot.lot ? { lot: slot.lot } : {}) },
        countTask: task.id,
      });
    });
    const outcomes = await operator.push(counts);
    expect(outcomes.every((o) => o.outcome !== 'rejected')).toBe(true);
    const after = (await pullAll(operator)).countTasks!.findLast((t) => t.id === task.id);
    expect(after).toMatchObject({ status: 'done' });
    expect(after!.lines.every((l) => l.counted)).toBe(true);

    const done = (await h.app.inject({ method: 'GET', url: '/api/supervisor/count-tasks?status=done', headers: auth })).json<{ rows: CountTask[] }>();
    expect(done.rows.map((t) => t.id)).toContain(task.id);
    expect((await post(`/api/supervisor/count-tasks/${task.id}/cancel`, {})).statusCode).toBe(409);
  });

  test('count tasks for an item and for a lot cover their slots; a cancelled one reaches devices as cancelled; nothing to count is refused', async () => {
    const rows = await pullAll(new TestDevice(h.app, auth.authorization.slice(7)));
    const yogSlots = rows.slots.filter((s) => s.itemId === ids.item);
    const byItem = (await post('/api/supervisor/count-tasks', { kind: 'item', item: 'YOG-500' })).json<CountTask>();
    expect(byItem.lines.map((l) => l.slotId).sort()).toEqual([...new Set(yogSlots.map((s) => s.id))].sort());
    const lot = yogSlots.findLast((s) => s.lot !== null)!.lot!;
    const byLot = (await post('/api/supervisor/count-tasks', { kind: 'lot', item: 'YOG-500', lot })).json<CountTask>();
    expect(byLot.lines.length).toBeGreaterThan(0);
    expect(byLot).toMatchObject({ kind: 'lot', sku: 'YOG-500', lot });

    await pullAll(operator);
    expect((await post(`/api/supervisor/count-tasks/${byLot.id}/cancel`, {})).statusCode).toBe(200);
    expect((await pullAll(operator)).countTasks!.findLast((t) => t.id === byLot.id)?.status).toBe('cancelled');

    expect((await post('/api/supervisor/count-tasks', { kind: 'lot', item: 'YOG-500', lot: 'NO-SUCH-LOT' })).json()).toMatchObject({ error: { code: 'nothing-to-count' } });
    expect((await post('/api/supervisor/count-tasks', { kind: 'location', location: 'NOWHERE' })).statusCode).toBe(400);
  });
});
