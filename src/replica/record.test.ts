import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { applyPending, parseOperation, type OperationType, type PendingOperation, type World } from '../domain';
import { makeWorld } from '../domain/test-fixtures';
import { serverSlotsOf } from './blocks';
import type { ReplicaDb } from './db';
import { getMeta, META } from './meta';
import { operationOf } from './overlay';
import { outboxEntries, slotsOfItem, findSerial, findItem } from './queries';
import { recordOperation } from './record';
import { deviceId } from './session';
import { freshDb, NOW, seedFromWorld, sessionOf } from './test-helpers';

let db: ReplicaDb;
afterEach(() => db?.close());

async function seeded(): Promise<ReplicaDb> {
  db = freshDb();
  await seedFromWorld(db, makeWorld());
  return db;
}

describe('recordOperation', () => {
  test('C4/R5: a restock split over two lots shows both slots with their lots and free capacity at once, and the outbox holds it', async () => {
    await seeded();
    const result = await recordOperation(db, sessionOf('operator'), 'restock', {
      item: 'MILK-1L',
      lines: [
        { location: 'A-01-01', quantity: 5, lot: 'L100' },
        { location: 'A-01-02', quantity: 30, lot: 'L300' },
      ],
    }, NOW);
    expect(result).toMatchObject({ ok: true, seq: 1, preview: { outcome: 'applied' } });

    const slots = await slotsOfItem(db, 'i-milk');
    expect(slots.find((s) => s.location.code === 'A-01-01')).toMatchObject({ quantity: 15, lot: 'L100', free: 35 });
    expect(slots.find((s) => s.location.code === 'A-01-02')).toMatchObject({ quantity: 30, lot: 'L300', free: 20 });

    const outbox = await outboxEntries(db);
    expect(outbox).toEqual([expect.objectContaining({
      id: result.ok ? result.id : '', seq: 1, type: 'restock', state: 'pending', outcome: null,
      userId: 'usr-operator', deviceTime: NOW.toISOString(),
    })]);
    // The server rows are untouched: the change lives in the overlay.
    expect((await serverSlotsOf(db, ['i-milk'])).find((s) => s.id === 's-milk-a2')?.quantity).toBe(0);
  });

  test('a malformed payload writes nothing: no outbox row, no view change, no sequence number used', async () => {
    await seeded();
    const result = await recordOperation(db, sessionOf(), 'restock', { item: 'MILK-1L', lines: [{ location: 'A-01-01', quantity: -2 }] }, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toMatch(/^payload\.lines\.0\.quantity/);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.overlayItems.count()).toBe(0);
    expect(await getMeta(db, META.lastSeq)).toBeUndefined();
  });

  test('C3/C4: an operation naming an unknown location is still queued (the server decides), its preview says rejected and the view is unchanged', async () => {
    await seeded();
    const result = await recordOperation(db, sessionOf(), 'restock', { item: 'MILK-1L', lines: [{ location: 'Z-99', quantity: 1, lot: 'L1' }] }, NOW);
    expect(result).toMatchObject({ ok: true, preview: { outcome: 'rejected', code: 'unknown-location' } });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.overlayItems.count()).toBe(0);
  });

  test('per-device seq is 1, 2, 3 in recording order and every op has its own uuid', async () => {
    await seeded();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await recordOperation(db, sessionOf(), 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 1 }, NOW);
      if (r.ok) ids.push(r.id);
    }
    const outbox = await outboxEntries(db);
    expect(outbox.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(new Set(ids).size).toBe(3);
    expect((await slotsOfItem(db, 'i-bolt')).find((s) => s.id === 's-bolt-a1')?.quantity).toBe(97);
  });

  test('C4: after a sequence of operations the view equals applyPending over the full world (the rule engine decides, not the replica)', async () => {
    await seeded();
    const world = makeWorld();
    const session = sessionOf('supervisor');
    const steps: [OperationType, unknown][] = [
      ['restock', { item: 'MILK-1L', lines: [{ location: 'A-01-02', quantity: 8, lot: 'L777' }] }],
      ['move', { item: 'PUMP-X1', from: 'B-02-01', to: 'C-03-01', quantity: 1, serials: ['SN-1'], lot: 'P1' }],
      ['pick', { item: '4006381333931', location: 'A-01-01', quantity: 4 }],
      ['restock', { item: 'MILK-1L', lines: [{ location: 'A-01-02', quantity: 2, lot: 'L999' }] }],
      ['count', { item: 'DRILL-18V', location: 'A-01-02', condition: 'new', expected: { lot: 'D1', quantity: 3 }, counted: { quantity: 2, lot: 'D2' } }],
      ['setLotTracking', { items: ['BOLT-M8'], tracked: true }],
      ['pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 5 }],
    ];
    const pending: PendingOperation[] = [];
    const device = await deviceId(db);
    for (const [type, payload] of steps) {
      const r = await recordOperation(db, session, type, payload, NOW);
      if (!r.ok) throw new Error(`${type} malformed: ${JSON.stringify(r.issues)}`);
      expect(r.preview.outcome, type).not.toBe('rejected');
      const row = await db.outbox.get(r.id);
      const parsed = row && operationOf(row, device);
      if (!parsed) throw new Error('stored op does not parse');
      pending.push(parsed);
    }
    const expected: World = applyPending(world, pending);
    for (const item of expected.items) {
      const viewSlots = (await slotsOfItem(db, item.id)).map(({ location: _l, free: _f, ...slot }) => slot);
      const want = expected.slots.filter((s) => s.itemId === item.id);
      expect(sortById(viewSlots), item.sku).toEqual(sortById(want));
      expect(await findItem(db, item.sku)).toEqual(item);
    }
    for (const serial of expected.serials) expect(await findSerial(db, serial.serial)).toEqual(serial);
  });
});

function sortById<T extends { id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.id.localeCompare(b.id));
}

test('stored operations re-parse exactly as recorded (same payload the server will see)', async () => {
  await seeded();
  const r = await recordOperation(db, sessionOf(), 'restock', { item: ' MILK-1L ', lines: [{ location: 'A-01-02', quantity: 1, lot: 'L1' }] }, NOW);
  if (!r.ok) throw new Error('malformed');
  const row = await db.outbox.get(r.id);
  const reparsed = parseOperation({ id: row?.id, seq: row?.seq, type: row?.type, deviceTime: row?.deviceTime, payload: row?.payload });
  expect(reparsed.ok).toBe(true);
  expect(row?.payload).toMatchObject({ item: 'MILK-1L' });
});
