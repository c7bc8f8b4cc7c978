// Property: devices of every role work offline and record operations of EVERY
// type; their queues reach the real server (HTTP, PGlite) in random
// interleavings, with answers lost (so batches go again) and whole batches
// replayed. Devices are shared: any user logged in on a device may push its
// queue (a shift change), while each operation carries the sign-in of the user
// who recorded it. Afterwards:
// - every operation is recorded exactly once and replays return its first outcome (C1);
// - every slot's stock equals the sum of its transactions (C2);
// - every device's replica equals the server's rows (C4);
// - every operation is credited to the user who recorded it, whoever pushed it,
//   and decided with the recorder's role (no escalation through the pusher);
// - the server decided every operation as the pure rule engine does when it is
//   fed the same operations in the order the server received them: a model
//   server (src/domain applied to an in-memory world, rows loaded the way
//   load-world.ts loads them) must agree on each outcome and on every row.
// 1,000 runs of the real server do not fit CI's time on 2 cores (about 0.4 s a
// run), so the scale comes from the model: the same scenarios (devices, roles,
// every operation type, lost answers, replays) run 1,000 times against the
// model server speaking the same protocol (claim an id once, answer replays
// with the first outcome, outcomes and rows by pull), checking exactly once,
// stock == opening stock + transactions, and convergence. The real-server runs
// prove the model decides as the server does, so what holds for the model at
// scale holds for the server.
// LOTLINE_PROPERTY_RUNS: model runs (default 1,000); LOTLINE_PROPERTY_SERVER_RUNS:
// real-server runs (default 20, or PROPERTY_RUNS); LOTLINE_PROPERTY_SEED the seed.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  applyOperation, mergeEffects, parseOperation, refsOf,
  type OperationOutcome, type PullChanges, type Role, type Settings, type World,
} from '../src/domain';
import { loadRefs } from '../../src/domain/test-fixtures';
import { NOT_IN_MODEL, OPEN_EXCEPTION, missingOperationTypes, operationFor, type FloorOp } from './support/floor-ops';
import { OPERATOR, PICKER, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';
import { signInOnDevice } from './support/sign-in';

const MODEL_RUNS = Number(process.env.LOTLINE_PROPERTY_RUNS ?? 1000);
const SERVER_RUNS = Number(process.env.LOTLINE_PROPERTY_SERVER_RUNS ?? process.env.PROPERTY_RUNS ?? 20);
const SEED = Number(process.env.LOTLINE_PROPERTY_SEED ?? 20261123);
// Longer runs on demand get the time they need (about 0.25 s a server run and
// 2.5 ms a model run on 2 cores, with room for a loaded machine), never less than the default.
const SERVER_TIMEOUT_MS = Math.max(60_000, SERVER_RUNS * 1_000);
const MODEL_TIMEOUT_MS = Math.max(60_000, MODEL_RUNS * 10);
const TABLES = ['items', 'locations', 'slots', 'serials', 'exceptions'] as const;

const USERS: { role: Role; userId: string; login: readonly [string, string] }[] = [
  { role: 'operator', userId: 'usr-olivia', login: OPERATOR },
  { role: 'supervisor', userId: 'usr-sam', login: SUPERVISOR },
  { role: 'picker', userId: 'usr-pete', login: PICKER },
];

/** Each device: who is logged in on it, and what it records offline. */
const queuesArb = fc.array(
  fc.nat(USERS.length - 1).chain((user) => fc.record({
    user: fc.constant(user),
    ops: fc.array(operationFor((USERS[user] as (typeof USERS)[number]).role), { minLength: 1, maxLength: 6 }),
  })),
  { minLength: 2, maxLength: 3 },
);

/** One delivery step: which device pushes how many of its queued operations, under whose session, and what goes wrong. */
const step = fc.record({
  device: fc.nat(),
  /** Whose session on the device pushes: the recorder's, or another user's after a shift change. */
  pusher: fc.nat(USERS.length - 1),
  count: fc.integer({ min: 1, max: 5 }),
  responseLost: fc.boolean(),
  replayAcknowledged: fc.boolean(),
  pullAfter: fc.boolean(),
});

type Rows = Map<string, Map<string, { id: string }>>;

function applyPulled(rows: Rows, changes: PullChanges): void {
  for (const table of TABLES) {
    const map = rows.get(table) ?? new Map<string, { id: string }>();
    for (const row of changes[table]) map.set(row.id, row);
    rows.set(table, map);
  }
}

function cloneRows(rows: Rows): Rows {
  return new Map([...rows].map(([t, m]) => [t, new Map(m)]));
}

function sorted(rows: Iterable<{ id: string }>): { id: string }[] {
  return [...rows].sort((a, b) => a.id.localeCompare(b.id));
}

/** The model server: the rule engine over an in-memory copy of the server's rows, speaking the sync protocol. */
class ModelServer {
  world: World;
  private readonly seen = new Map<string, { outcome: string; code: string | null }>();
  /** Pull: a change counter per row (the model's change_xid), and each device's outcomes. */
  private clock = 0;
  private readonly versions = new Map<string, number>();
  private readonly outcomes: { deviceId: string; id: string; at: number }[] = [];
  /** Stock check: opening quantity per slot plus the transactions written since. */
  readonly opening = new Map<string, number>();
  readonly moved = new Map<string, number>();

  constructor(rows: Rows, settings: Settings) {
    const list = <T>(t: (typeof TABLES)[number]) => [...(rows.get(t)?.values() ?? [])] as T[];
    this.world = { items: list('items'), locations: list('locations'), slots: list('slots'), serials: list('serials'), exceptions: list('exceptions'), settings };
    for (const slot of this.world.slots) this.opening.set(slot.id, slot.quantity);
  }

  get decided(): number {
    return this.seen.size;
  }

  /** Decides an operation the first time the server receives it, as push.ts does; later times answer the first outcome. */
  receive(raw: { id: string; seq: number; type: string; deviceTime: string; payload: unknown }, user: (typeof USERS)[number], deviceId: string) {
    const first = this.seen.get(raw.id);
    if (first) return { ...first, duplicate: true };
    const parsed = parseOperation(raw);
    let decided: { outcome: string; code: string | null };
    if (!parsed.ok) {
      decided = { outcome: 'rejected', code: 'malformed' };
    } else {
      const op = parsed.operation;
      const result = applyOperation(op, inServerOrder(loadRefs(this.world, refsOf(op))), {
        opId: op.id, userId: user.userId, role: user.role, deviceId, deviceTime: op.deviceTime,
      });
      if (result.outcome === 'rejected') {
        decided = { outcome: 'rejected', code: result.code };
      } else {
        this.world = mergeEffects(this.world, result.effects);
        this.clock += 1;
        for (const table of ['items', 'slots', 'serials', 'exceptions'] as const) {
          for (const row of result.effects[table]) this.versions.set(`${table}/${row.id}`, this.clock);
        }
        for (const t of result.effects.transactions) this.moved.set(t.slotId, (this.moved.get(t.slotId) ?? 0) + t.quantity);
        const raised = result.effects.exceptions.filter((e) => e.status === 'open');
        decided = result.outcome === 'exception' && raised.length > 0
          ? { outcome: 'exception', code: raised[0]?.code ?? null }
          : { outcome: result.outcome, code: null };
      }
    }
    this.clock += 1;
    this.outcomes.push({ deviceId, id: raw.id, at: this.clock });
    this.seen.set(raw.id, decided);
    return { ...decided, duplicate: false };
  }

  /** Rows changed since the cursor, and this device's outcomes since then. */
  pull(deviceId: string, cursor: number): { rows: Partial<Record<(typeof TABLES)[number], { id: string }[]>>; outcomes: string[]; cursor: number } {
    const rows: Partial<Record<(typeof TABLES)[number], { id: string }[]>> = {};
    for (const table of ['items', 'slots', 'serials', 'exceptions'] as const) {
      rows[table] = this.world[table].filter((r) => (this.versions.get(`${table}/${r.id}`) ?? 0) > cursor);
    }
    const outcomes = this.outcomes.filter((o) => o.deviceId === deviceId && o.at > cursor).map((o) => o.id);
    return { rows, outcomes, cursor: this.clock };
  }
}

describe('property: offline devices of every role, operations of every type, random delivery, lost answers and replays (PGlite)', () => {
  let h: Harness;
  let tokens: string[];
  /** The server's rows as an observer device keeps them, pulled incrementally between runs. */
  let observer: TestDevice;
  const serverRows: Rows = new Map();
  let settings: Settings;
  let model: ModelServer;
  /** The seeded warehouse before any run: every model-scale run starts from it. */
  let initialRows: Rows;
  let initialSettings: Settings;

  const catchUp = async () => {
    for (;;) {
      const page = await observer.pull(5000);
      applyPulled(serverRows, page.changes);
      if (page.changes.settings) settings = page.changes.settings;
      if (!page.hasMore) return;
    }
  };

  beforeAll(async () => {
    h = await startHarness('pglite');
    tokens = [];
    for (const u of USERS) tokens.push(await loginAs(h.app, ...u.login));
    observer = new TestDevice(h.app, tokens[0] as string);
    await catchUp();
    initialRows = cloneRows(serverRows);
    initialSettings = settings;
    model = new ModelServer(serverRows, settings);
  });
  afterAll(async () => h?.close());

  test('every operation type the domain defines has a generator (all but NOT_IN_MODEL are in the random mix)', () => {
    expect(missingOperationTypes()).toEqual([]);
    expect(NOT_IN_MODEL).toEqual(['holdLot']);
  });

  test('C1/C2/C4: exactly once, stock equals transactions, replays return the first outcome, replicas converge, and the server decides as the rule engine does', async () => {
    const stats = { runs: 0, operations: 0, byType: new Map<string, number>(), byOutcome: new Map<string, number>() };
    await fc.assert(
      fc.asyncProperty(
        queuesArb,
        fc.array(step, { minLength: 1, maxLength: 8 }),
        async (queues, steps) => {
          stats.runs += 1;
          // Each device starts from a synced replica (a copy of the observer's, cursor included),
          // with every user signed in on it; its queue is recorded under its user's sign-in.
          const shared = await Promise.all(queues.map(async () => {
            const deviceId = `prop-${randomUUID().slice(0, 8)}`;
            const sessions = await Promise.all(USERS.map((u) => signInOnDevice(h.db, u.userId, u.role, deviceId)));
            return { deviceId, sessions, sessionOf: sessions.map((x) => new TestDevice(h.app, x.token, deviceId)) };
          }));
          const devices = queues.map((q, i) => {
            const d = shared[i]?.sessionOf[q.user] as TestDevice;
            d.cursor = observer.cursor;
            return d;
          });
          const replicas = devices.map(() => cloneRows(serverRows));
          const outboxes = queues.map((q, i) => q.ops.map((o) => ({
            ...(devices[i] as TestDevice).op(o.type, resolvePlaceholders(o, replicas[i] as Rows)),
            signIn: shared[i]?.sessions[q.user]?.signInId,
          })));
          const acked = outboxes.map(() => 0);
          const firstOutcome = new Map<string, OperationOutcome>();

          const deliver = async (d: number, count: number, responseLost: boolean, replay: boolean, pusher = queues[d]?.user ?? 0) => {
            const device = shared[d]?.sessionOf[pusher] as TestDevice;
            const user = USERS[queues[d]?.user ?? 0] as (typeof USERS)[number];
            const outbox = outboxes[d] ?? [];
            const from = replay ? Math.max(0, (acked[d] ?? 0) - count) : (acked[d] ?? 0);
            const batch = outbox.slice(from, from + count);
            if (batch.length === 0) return;
            const outcomes = await device.push(batch);
            for (const [k, o] of outcomes.entries()) {
              const { duplicate: _, ...expected } = model.receive(batch[k] as (typeof batch)[number], user, device.deviceId);
              const seen = firstOutcome.get(o.id as string);
              if (seen) expect({ ...o, duplicate: false }).toEqual(seen);
              else {
                expect(o.duplicate).toBe(false);
                firstOutcome.set(o.id as string, o);
                expect({ type: batch[k]?.type, outcome: o.outcome, code: o.code }).toEqual({ type: batch[k]?.type, ...expected });
                stats.operations += 1;
                stats.byType.set(String(batch[k]?.type), (stats.byType.get(String(batch[k]?.type)) ?? 0) + 1);
                stats.byOutcome.set(`${o.outcome}${o.code ? `:${o.code}` : ''}`, (stats.byOutcome.get(`${o.outcome}${o.code ? `:${o.code}` : ''}`) ?? 0) + 1);
              }
            }
            if (!responseLost) acked[d] = Math.max(acked[d] ?? 0, from + batch.length);
          };

          for (const s of steps) {
            const d = s.device % devices.length;
            await deliver(d, s.count, s.responseLost, s.replayAcknowledged, s.pusher);
            if (s.pullAfter) applyPulled(replicas[d] as Rows, (await (devices[d] as TestDevice).pull()).changes);
          }
          // Connectivity returns for good: every device drains its outbox and pulls.
          for (let d = 0; d < devices.length; d++) {
            while ((acked[d] ?? 0) < (outboxes[d]?.length ?? 0)) await deliver(d, 5, false, false);
          }
          for (const [d, device] of devices.entries()) {
            for (;;) {
              const page = await device.pull(1000);
              applyPulled(replicas[d] as Rows, page.changes);
              if (!page.hasMore) break;
            }
          }
          await catchUp();

          const ids = outboxes.flat().map((o) => o.id);
          const recorded = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM operations WHERE id = ANY($1::uuid[])', [ids]);
          expect(recorded.rows[0]?.n).toBe(ids.length);
          // Credited to the recorder, whoever's session carried it.
          const credited = await h.db.query<{ id: string; userId: string }>(
            'SELECT id::text, user_id AS "userId" FROM operations WHERE id = ANY($1::uuid[])', [ids],
          );
          const recorderOf = new Map(outboxes.flatMap((ops, d) => ops.map((o) => [o.id, USERS[queues[d]?.user ?? 0]?.userId])));
          for (const row of credited.rows) expect(row.userId, row.id).toBe(recorderOf.get(row.id));
          expect(firstOutcome.size).toBe(ids.length);

          const drift = await h.db.query<{ id: string }>(
            `SELECT s.id FROM slots s
              WHERE s.quantity <> (SELECT coalesce(sum(t.quantity), 0) FROM transactions t WHERE t.slot_id = s.id)`,
          );
          expect(drift.rows).toEqual([]);

          for (const replica of replicas) {
            for (const table of TABLES) {
              expect(sorted(replica.get(table)?.values() ?? [])).toEqual(sorted(serverRows.get(table)?.values() ?? []));
            }
          }
          // The model agrees with the server row for row.
          for (const table of ['items', 'slots', 'serials', 'exceptions'] as const) {
            expect(sorted(model.world[table]), table).toEqual(sorted(serverRows.get(table)?.values() ?? []));
          }
          expect(model.world.settings).toEqual(settings);
        },
      ),
      { numRuns: SERVER_RUNS, seed: SEED },
    );
    console.info(`property: ${stats.runs} runs, ${stats.operations} operations; by type ${JSON.stringify(Object.fromEntries(stats.byType))}; by outcome ${JSON.stringify(Object.fromEntries(stats.byOutcome))}`);
  }, SERVER_TIMEOUT_MS);

  test(`at scale (model server): ${MODEL_RUNS} runs of the same scenarios keep exactly once, stock == opening + transactions, and converge`, () => {
    let operations = 0;
    fc.assert(
      fc.property(queuesArb, fc.array(step, { minLength: 1, maxLength: 12 }), (queues, steps) => {
        const server = new ModelServer(initialRows, initialSettings);
        const devices = queues.map((q, i) => ({
          id: `model-${i}`, user: USERS[q.user] as (typeof USERS)[number], cursor: 0, rows: cloneRows(initialRows),
          outbox: [] as { id: string; seq: number; type: string; deviceTime: string; payload: unknown }[], acked: 0,
          waiting: new Set<string>(),
        }));
        let uuid = 0;
        for (const [i, q] of queues.entries()) {
          const d = devices[i] as (typeof devices)[number];
          for (const [k, o] of q.ops.entries()) {
            uuid += 1;
            const id = `00000000-0000-4000-8000-${String(uuid).padStart(12, '0')}`;
            d.outbox.push({ id, seq: k + 1, type: o.type, deviceTime: '2026-11-23T08:00:00.000Z', payload: resolvePlaceholders(o, d.rows) });
            d.waiting.add(id);
          }
        }
        const firstOutcome = new Map<string, string>();
        const pull = (d: (typeof devices)[number]) => {
          const page = server.pull(d.id, d.cursor);
          for (const table of TABLES) for (const row of page.rows[table] ?? []) d.rows.get(table)?.set(row.id, row);
          for (const id of page.outcomes) d.waiting.delete(id);
          d.cursor = page.cursor;
        };
        const deliver = (d: (typeof devices)[number], count: number, lost: boolean, replay: boolean) => {
          const from = replay ? Math.max(0, d.acked - count) : d.acked;
          const batch = d.outbox.slice(from, from + count);
          for (const op of batch) {
            const answer = server.receive(op, d.user, d.id);
            const key = `${answer.outcome}:${answer.code}`;
            const first = firstOutcome.get(op.id);
            if (first === undefined) {
              expect(answer.duplicate).toBe(false);
              firstOutcome.set(op.id, key);
            } else {
              expect({ duplicate: answer.duplicate, key }).toEqual({ duplicate: true, key: first });
            }
          }
          if (!lost) d.acked = Math.max(d.acked, from + batch.length);
        };
        for (const s of steps) {
          const d = devices[s.device % devices.length] as (typeof devices)[number];
          deliver(d, s.count, s.responseLost, s.replayAcknowledged);
          if (s.pullAfter) pull(d);
        }
        for (const d of devices) while (d.acked < d.outbox.length) deliver(d, 5, false, false);
        for (const d of devices) {
          pull(d);
          // Every operation's outcome came back by pull: the outbox is empty.
          expect([...d.waiting]).toEqual([]);
        }
        const ids = devices.flatMap((d) => d.outbox.map((o) => o.id));
        expect(server.decided).toBe(ids.length);
        operations += ids.length;
        for (const slot of server.world.slots) {
          expect(slot.quantity, slot.id).toBe((server.opening.get(slot.id) ?? 0) + (server.moved.get(slot.id) ?? 0));
        }
        for (const d of devices) {
          for (const table of ['items', 'slots', 'serials', 'exceptions'] as const) {
            expect(sorted(d.rows.get(table)?.values() ?? [])).toEqual(sorted(server.world[table]));
          }
        }
      }),
      { numRuns: MODEL_RUNS, seed: SEED },
    );
    console.info(`property (model): ${MODEL_RUNS} runs, ${operations} operations`);
  }, MODEL_TIMEOUT_MS);
});

/**
 * The server loads rows ORDER BY id (load-world.ts). The engine's output can
 * depend on that order (a count lists the serials it did not see in the order
 * it found them), so the model loads in the same order.
 */
function inServerOrder(world: World): World {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...world, items: byId(world.items), slots: byId(world.slots), serials: byId(world.serials), exceptions: byId(world.exceptions) };
}

/** A supervisor resolves an exception it can see: the first open one in its replica, or a made-up id (C3: unknown). */
function resolvePlaceholders(op: FloorOp, replica: Rows): unknown {
  if (op.payload.exceptionId !== OPEN_EXCEPTION) return op.payload;
  const open = sorted(replica.get('exceptions')?.values() ?? []).find((e) => (e as { status?: string }).status === 'open');
  return { ...op.payload, exceptionId: open?.id ?? 'EXC-NOT-THERE' };
}
