// Who recorded an operation (issue 9): a shared scanner's queue is pushed by
// whoever is logged in on it, but credited to, and judged by, the user who
// recorded it: their sign-in on that device. A user deactivated while the
// device was offline has the work recorded after it flagged, not silently
// applied; nobody can claim work "recorded" by someone on another device.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { hashPin } from '../src/auth/pin-hash';
import type { ExceptionRow, OperationOutcome } from '../src/domain';
import { BACKENDS, loginAs, OPERATOR, startHarness, SUPERVISOR, type Harness } from './harness';

interface SignedIn {
  token: string;
  signInId: string;
  userId: string;
}

let badges = 0;

/** A user of its own, so deactivating them touches no other test. */
async function newUser(h: Harness, role: 'operator' | 'picker' | 'supervisor'): Promise<{ id: string; badge: string; pin: string }> {
  badges += 1;
  const id = `usr-rec-${randomUUID().slice(0, 8)}`;
  const badge = `RC-${Date.now() % 100000}-${badges}`;
  await h.db.query('INSERT INTO users (id, name, badge, pin_hash, role) VALUES ($1, $2, $3, $4, $5)', [id, `Recorder ${badges}`, badge, await hashPin('4321'), role]);
  return { id, badge, pin: '4321' };
}

async function signIn(app: FastifyInstance, badge: string, pin: string, deviceId?: string): Promise<SignedIn> {
  const response = await app.inject({
    method: 'POST', url: '/api/auth/login', payload: { badge, pin, ...(deviceId ? { deviceId } : {}) },
    remoteAddress: `10.7.${badges % 250}.${Math.floor(Math.random() * 250)}`,
  });
  if (response.statusCode !== 200) throw new Error(`login ${badge}: ${response.statusCode} ${response.body}`);
  const body = response.json<{ token: string; signInId: string; user: { id: string } }>();
  return { token: body.token, signInId: body.signInId, userId: body.user.id };
}

/** A device as the app is: its own id, its own sequence, operations stamped with the sign-in they were recorded under. */
class SharedDevice {
  private seq = 0;
  readonly id = `dev-shared-${randomUUID().slice(0, 8)}`;
  constructor(private readonly app: FastifyInstance) {}

  record(by: SignedIn, type: string, payload: unknown, deviceTime = new Date()) {
    this.seq += 1;
    return { id: randomUUID(), seq: this.seq, type, deviceTime: deviceTime.toISOString(), signIn: by.signInId, payload };
  }

  async push(session: SignedIn, operations: unknown[], sentAt = new Date(), deviceId = this.id) {
    return this.app.inject({
      method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${session.token}` },
      payload: { deviceId, sentAt: sentAt.toISOString(), operations },
    });
  }

  async pushOk(session: SignedIn, operations: unknown[], sentAt?: Date): Promise<OperationOutcome[]> {
    const response = await this.push(session, operations, sentAt);
    if (response.statusCode !== 200) throw new Error(`push: ${response.statusCode} ${response.body}`);
    return response.json<{ outcomes: OperationOutcome[] }>().outcomes;
  }
}

const restockBox = (quantity: number) => ({ item: 'BOX-S', lines: [{ location: 'A-01-01', quantity }] });

describe.each(BACKENDS)('recorder of an operation on a shared device (%s)', (backend) => {
  let h: Harness;
  let supervisorToken: string;

  beforeAll(async () => {
    h = await startHarness(backend);
    supervisorToken = await loginAs(h.app, ...SUPERVISOR);
  }, 120_000);
  afterAll(async () => h?.close());

  const deactivate = async (userId: string) => {
    const response = await h.app.inject({
      method: 'PATCH', url: `/api/users/${userId}`, headers: { authorization: `Bearer ${supervisorToken}` }, payload: { active: false },
    });
    expect(response.statusCode).toBe(200);
  };
  const operationRow = async (id: string) => (await h.db.query<{ userId: string; pushedBy: string | null; outcome: string; code: string | null }>(
    'SELECT user_id AS "userId", pushed_by AS "pushedBy", outcome, code FROM operations WHERE id = $1', [id],
  )).rows[0];
  const boxAtA0101 = async () => (await h.db.query<{ q: number }>(
    "SELECT quantity::int AS q FROM slots WHERE location_id = 'loc-a-01-01' AND item_id = 'itm-box'",
  )).rows[0]?.q ?? 0;

  test('work queued under one sign-in and pushed by the next user on the device is credited to the recorder, with the pusher kept', async () => {
    const device = new SharedDevice(h.app);
    const first = await newUser(h, 'operator');
    const firstIn = await signIn(h.app, first.badge, first.pin, device.id);
    const op = device.record(firstIn, 'restock', restockBox(2));
    // The first user logs out (shift change) before the device syncs.
    await h.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${firstIn.token}` } });
    const next = await signIn(h.app, ...OPERATOR, device.id);
    const [outcome] = await device.pushOk(next, [op]);
    expect(outcome).toMatchObject({ outcome: 'applied' });
    expect(await operationRow(op.id)).toEqual({ userId: first.id, pushedBy: next.userId, outcome: 'applied', code: null });
    const credited = await h.db.query<{ userId: string }>('SELECT DISTINCT user_id AS "userId" FROM transactions WHERE op_id = $1', [op.id]);
    expect(credited.rows).toEqual([{ userId: first.id }]);
  });

  test('the same person logging in again after their session expired pushes their own work as their own', async () => {
    const device = new SharedDevice(h.app);
    const earlier = await signIn(h.app, ...OPERATOR, device.id);
    const op = device.record(earlier, 'restock', restockBox(1));
    await h.db.query("UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE sign_in_id = $1", [earlier.signInId]);
    expect((await device.push(earlier, [op])).statusCode).toBe(401);
    const again = await signIn(h.app, ...OPERATOR, device.id);
    expect(await device.pushOk(again, [op])).toEqual([expect.objectContaining({ outcome: 'applied' })]);
    expect(await operationRow(op.id)).toMatchObject({ userId: again.userId, pushedBy: null });
  });

  test('a user deactivated while the device was offline: work recorded before stands, work recorded after is applied and flagged for a supervisor', async () => {
    const device = new SharedDevice(h.app);
    const leaver = await newUser(h, 'operator');
    const leaverIn = await signIn(h.app, leaver.badge, leaver.pin, device.id);
    const before = device.record(leaverIn, 'restock', restockBox(1), new Date(Date.now() - 60_000));
    await deactivate(leaver.id);
    const after = device.record(leaverIn, 'restock', restockBox(3), new Date(Date.now() + 1_000));
    // Their own session is gone: the device asks someone to log in, and that person's session pushes the queue.
    expect((await device.push(leaverIn, [before, after])).statusCode).toBe(401);
    const stock = await boxAtA0101();
    const next = await signIn(h.app, ...OPERATOR, device.id);
    const [first, second] = await device.pushOk(next, [before, after]);
    expect(first).toMatchObject({ outcome: 'applied', duplicate: false });
    expect(second).toMatchObject({ outcome: 'exception', code: 'recorded-after-access-ended', rule: 'C3' });
    // The goods did arrive (C2): both are on the shelf, exactly once.
    expect(await boxAtA0101()).toBe(stock + 4);
    expect(await operationRow(after.id)).toMatchObject({ userId: leaver.id, pushedBy: next.userId, outcome: 'exception' });
    // The supervisor sees it, naming who recorded and who pushed.
    const list = await h.app.inject({ method: 'GET', url: '/api/supervisor/exceptions?status=open', headers: { authorization: `Bearer ${supervisorToken}` } });
    expect(list.statusCode).toBe(200);
    const row = list.json<{ rows: ExceptionRow[] }>().rows.find((r) => r.exception.id === `${after.id}/x1`);
    expect(row?.operation).toMatchObject({ userId: leaver.id, pushedByName: 'Olivia Operator' });
    const exception = (await h.db.query<{ code: string; details: Record<string, unknown> }>(
      'SELECT code, details FROM exceptions WHERE op_id = $1', [after.id],
    )).rows[0];
    expect(exception).toMatchObject({ code: 'recorded-after-access-ended', details: { recordedBy: leaver.id, pushedBy: next.userId, because: 'deactivated' } });
    // A replay is the first outcome, nothing doubled (C1).
    const replay = await device.pushOk(next, [before, after]);
    expect(replay.map((o) => [o.duplicate, o.outcome])).toEqual([[true, 'applied'], [true, 'exception']]);
    expect(await boxAtA0101()).toBe(stock + 4);
  });

  test('a device clock 2 h behind cannot pass work recorded after a deactivation off as earlier: the push measures the skew', async () => {
    const device = new SharedDevice(h.app);
    const leaver = await newUser(h, 'operator');
    const leaverIn = await signIn(h.app, leaver.badge, leaver.pin, device.id);
    await deactivate(leaver.id);
    const slow = (at: number) => new Date(at - 2 * 3_600_000);
    const op = device.record(leaverIn, 'restock', restockBox(1), slow(Date.now() + 1_000));
    const next = await signIn(h.app, ...OPERATOR, device.id);
    const [outcome] = await device.pushOk(next, [op], slow(Date.now()));
    expect(outcome).toMatchObject({ outcome: 'exception', code: 'recorded-after-access-ended' });
  });

  test('a supervisor decision recorded after its author was deactivated is rejected access-ended and changes nothing', async () => {
    const device = new SharedDevice(h.app);
    const boss = await newUser(h, 'supervisor');
    const bossIn = await signIn(h.app, boss.badge, boss.pin, device.id);
    await deactivate(boss.id);
    const stock = await boxAtA0101();
    const op = device.record(bossIn, 'adjust', { item: 'BOX-S', location: 'A-01-01', quantity: 50, reason: 'after leaving' }, new Date(Date.now() + 1_000));
    const next = await signIn(h.app, ...OPERATOR, device.id);
    const [outcome] = await device.pushOk(next, [op]);
    expect(outcome).toMatchObject({ outcome: 'rejected', code: 'access-ended', rule: 'C3', details: { because: 'deactivated' } });
    expect(await boxAtA0101()).toBe(stock);
    expect(await operationRow(op.id)).toMatchObject({ userId: boss.id, pushedBy: next.userId, outcome: 'rejected' });
  });

  test('no escalation through the pusher: a picker\'s sign-in cannot restock, even when a supervisor\'s session pushes it', async () => {
    const device = new SharedDevice(h.app);
    const picker = await newUser(h, 'picker');
    const pickerIn = await signIn(h.app, picker.badge, picker.pin, device.id);
    const op = device.record(pickerIn, 'restock', restockBox(1));
    const boss = await signIn(h.app, ...SUPERVISOR, device.id);
    const [outcome] = await device.pushOk(boss, [op]);
    expect(outcome).toMatchObject({ outcome: 'rejected', code: 'forbidden', details: { role: 'picker', type: 'restock' } });
  });

  test('nobody can claim work recorded on another device: a sign-in from elsewhere is forbidden, and a session cannot push as another device', async () => {
    const bossDevice = new SharedDevice(h.app);
    const boss = await newUser(h, 'supervisor');
    const bossIn = await signIn(h.app, boss.badge, boss.pin, bossDevice.id);
    const forged = bossDevice.record(bossIn, 'adjust', { item: 'BOX-S', location: 'A-01-01', quantity: 99, reason: 'forged' });
    const pickerDevice = new SharedDevice(h.app);
    const picker = await newUser(h, 'picker');
    const pickerIn = await signIn(h.app, picker.badge, picker.pin, pickerDevice.id);
    const stock = await boxAtA0101();
    const [outcome] = await pickerDevice.pushOk(pickerIn, [forged]);
    expect(outcome).toMatchObject({ outcome: 'rejected', code: 'forbidden', details: { because: 'sign-in-elsewhere' } });
    // Pushing it as the supervisor's device: this session speaks for its own device only.
    const asOther = await pickerDevice.push(pickerIn, [{ ...forged, id: randomUUID() }], new Date(), bossDevice.id);
    expect(asOther.statusCode).toBe(403);
    expect(asOther.json()).toMatchObject({ error: { code: 'other-device' } });
    expect(await boxAtA0101()).toBe(stock);
    // A login that named no device (a script) cannot carry anyone's sign-in either.
    const script = await signIn(h.app, ...SUPERVISOR);
    const [viaScript] = await bossDevice.pushOk(script, [{ ...forged, id: randomUUID(), seq: 2 }]);
    expect(viaScript).toMatchObject({ outcome: 'rejected', code: 'forbidden', details: { because: 'sign-in-elsewhere' } });
  });

  test('a session bound to a device cannot pull another device\'s outcomes', async () => {
    const mine = new SharedDevice(h.app);
    const operator = await signIn(h.app, ...OPERATOR, mine.id);
    const other = await h.app.inject({
      method: 'GET', url: '/api/sync/pull?deviceId=someone-elses-device', headers: { authorization: `Bearer ${operator.token}` },
    });
    expect(other.statusCode).toBe(403);
    const own = await h.app.inject({
      method: 'GET', url: `/api/sync/pull?deviceId=${mine.id}&limit=10`, headers: { authorization: `Bearer ${operator.token}` },
    });
    expect(own.statusCode).toBe(200);
  });
});
