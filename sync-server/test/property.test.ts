// Property: devices work offline, then their queues reach the server in random
// interleavings, with responses lost (so batches are pushed again) and whole
// batches replayed. Afterwards every operation was applied exactly once, every
// slot's stock equals the sum of its transactions, replays returned the first
// outcome, and every device's replica equals the server's rows.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { OperationOutcome, PullChanges } from '../src/domain';
import { OPERATOR, SUPERVISOR, TestDevice, loginAs, startHarness, type Harness } from './harness';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);

const stockLines = [
  { item: 'MILK-1L', locations: ['C-01-01', 'C-01-02', 'DOCK-01'], lots: ['L2611A', 'L2612B', 'L2613C'] },
  { item: 'ICE-2L', locations: ['F-01-01', 'F-01-02', 'F-01-03'], lots: ['IC240811', 'IC240902', 'IC241001'] },
  { item: 'BOX-S', locations: ['A-01-01'], lots: [undefined] },
  { item: 'TAPE-48', locations: ['A-01-02'], lots: [undefined] },
];

const line = fc.constantFrom(...stockLines);
const qty = fc.integer({ min: 1, max: 15 });

/** An operation of any floor kind; a few name a location the server does not know (C3). */
const operation = fc.oneof(
  fc.record({ line, qty, loc: fc.nat(), lot: fc.nat() }).map(({ line: l, qty: q, loc, lot }) => ({
    type: 'restock', payload: { item: l.item, lines: [{ location: pick(l.locations, loc), quantity: q, ...lotOf(l.lots, lot) }] },
  })),
  fc.record({ line, qty, loc: fc.nat() }).map(({ line: l, qty: q, loc }) => ({
    type: 'pick', payload: { item: l.item, location: pick(l.locations, loc), quantity: q },
  })),
  fc.record({ line, qty, from: fc.nat(), to: fc.nat(), lot: fc.nat() }).map(({ line: l, qty: q, from, to, lot }) => ({
    type: 'move', payload: { item: l.item, from: pick(l.locations, from), to: pick(l.locations, to + 1), quantity: q, ...lotOf(l.lots, lot) },
  })),
  fc.record({ line, loc: fc.nat(), counted: fc.integer({ min: 0, max: 90 }), lot: fc.nat() }).map(({ line: l, loc, counted, lot }) => ({
    type: 'count',
    payload: { item: l.item, location: pick(l.locations, loc), expected: { lot: null, quantity: 0 }, counted: { quantity: counted, ...lotOf(l.lots, lot) } },
  })),
  fc.record({ line, qty }).map(({ line: l, qty: q }) => ({ type: 'pick', payload: { item: l.item, location: 'NOWHERE-1', quantity: q } })),
);

function pick<T>(list: T[], n: number): T {
  return list[n % list.length] as T;
}
function lotOf(lots: (string | undefined)[], n: number): { lot?: string } {
  const lot = pick(lots, n);
  return lot === undefined ? {} : { lot };
}

/** One delivery step: which device pushes how many of its queued operations, and what goes wrong. */
const step = fc.record({
  device: fc.nat(),
  count: fc.integer({ min: 1, max: 6 }),
  responseLost: fc.boolean(),
  replayAcknowledged: fc.boolean(),
  pullAfter: fc.boolean(),
});

interface Replica {
  rows: Map<string, Map<string, unknown>>;
}

function applyPulled(replica: Replica, changes: PullChanges): void {
  for (const table of ['items', 'locations', 'slots', 'serials', 'exceptions'] as const) {
    const rows = replica.rows.get(table) ?? new Map<string, unknown>();
    for (const row of changes[table]) rows.set(row.id, row);
    replica.rows.set(table, rows);
  }
}

describe('property: offline devices, random delivery, lost responses and replays (PGlite)', () => {
  let h: Harness;
  let tokens: string[];
  beforeAll(async () => {
    h = await startHarness('pglite');
    tokens = [await loginAs(h.app, ...OPERATOR), await loginAs(h.app, ...SUPERVISOR)];
  });
  afterAll(async () => h.close());

  test('C1/C2/C4: exactly once, stock equals transactions, replays return the first outcome, replicas converge', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(operation, { minLength: 1, maxLength: 10 }), { minLength: 2, maxLength: 4 }),
        fc.array(step, { minLength: 1, maxLength: 20 }),
        async (queues, steps) => {
          const devices = queues.map((_, i) => new TestDevice(h.app, tokens[i % 2] as string));
          const replicas: Replica[] = devices.map(() => ({ rows: new Map() }));
          for (const [i, d] of devices.entries()) {
            for (;;) {
              const page = await d.pull(500);
              applyPulled(replicas[i] as Replica, page.changes);
              if (!page.hasMore) break;
            }
          }
          const outboxes = queues.map((ops, i) => ops.map((o) => (devices[i] as TestDevice).op(o.type, o.payload)));
          const acked = outboxes.map(() => 0);
          const firstOutcome = new Map<string, OperationOutcome>();

          const deliver = async (d: number, count: number, responseLost: boolean, replay: boolean) => {
            const device = devices[d] as TestDevice;
            const outbox = outboxes[d] ?? [];
            const from = replay ? Math.max(0, (acked[d] ?? 0) - count) : (acked[d] ?? 0);
            const batch = outbox.slice(from, from + count);
            if (batch.length === 0) return;
            const outcomes = await device.push(batch);
            for (const o of outcomes) {
              const seen = firstOutcome.get(o.id as string);
              if (seen) expect({ ...o, duplicate: false }).toEqual(seen);
              else {
                expect(o.duplicate).toBe(false);
                firstOutcome.set(o.id as string, o);
              }
            }
            if (!responseLost) acked[d] = Math.max(acked[d] ?? 0, from + batch.length);
          };

          for (const s of steps) {
            const d = s.device % devices.length;
            await deliver(d, s.count, s.responseLost, s.replayAcknowledged);
            if (s.pullAfter) applyPulled(replicas[d] as Replica, (await (devices[d] as TestDevice).pull()).changes);
          }
          // Connectivity returns for good: every device drains its outbox and pulls.
          for (let d = 0; d < devices.length; d++) {
            while ((acked[d] ?? 0) < (outboxes[d]?.length ?? 0)) await deliver(d, 6, false, false);
          }
          for (const [d, device] of devices.entries()) {
            for (;;) {
              const page = await device.pull(500);
              applyPulled(replicas[d] as Replica, page.changes);
              if (!page.hasMore) break;
            }
          }

          const ids = outboxes.flat().map((o) => o.id);
          const recorded = await h.db.query<{ n: number }>('SELECT count(*)::int AS n FROM operations WHERE id = ANY($1::uuid[])', [ids]);
          expect(recorded.rows[0]?.n).toBe(ids.length);
          expect(firstOutcome.size).toBe(ids.length);

          const drift = await h.db.query<{ id: string }>(
            `SELECT s.id FROM slots s
              WHERE s.quantity <> (SELECT coalesce(sum(t.quantity), 0) FROM transactions t WHERE t.slot_id = s.id)`,
          );
          expect(drift.rows).toEqual([]);

          const server: Replica = { rows: new Map() };
          const observer = new TestDevice(h.app, tokens[0] as string);
          for (;;) {
            const page = await observer.pull(5000);
            applyPulled(server, page.changes);
            if (!page.hasMore) break;
          }
          for (const replica of replicas) {
            for (const table of ['items', 'locations', 'slots', 'serials', 'exceptions'] as const) {
              const mine = [...(replica.rows.get(table)?.values() ?? [])];
              const theirs = [...(server.rows.get(table)?.values() ?? [])];
              expect(sortById(mine)).toEqual(sortById(theirs));
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

function sortById<T>(rows: T[]): T[] {
  return [...rows].sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
}
