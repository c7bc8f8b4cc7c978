import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeWorld } from '../../domain/test-fixtures';
import type { ReplicaDb } from '../../replica/db';
import { outboxEntries } from '../../replica/queries';
import { recordOperation } from '../../replica/record';
import { freshDb, NOW, seedFromWorld, sessionOf } from '../../replica/test-helpers';
import { saveOperations, useRedoStore } from './save';
import * as restock from '../restock/payload';
import { useRestockStore } from '../restock/store';
import { refiller } from './refill';

let db: ReplicaDb;
beforeEach(async () => {
  db = freshDb('save');
  await seedFromWorld(db, makeWorld());
  useRedoStore.getState().clear();
});
afterEach(() => db.delete());

const session = sessionOf('operator');
const move = (to: string) => ({ item: 'MILK-1L', from: 'A-01-01', to, condition: '', quantity: 2, lot: 'L1' });

async function rejectedMove(): Promise<string> {
  const r = await recordOperation(db, session, 'move', move('Z-9'), NOW);
  if (!r.ok) throw new Error('malformed');
  await db.outbox.update(r.id, { state: 'rejected', outcome: { id: r.id, seq: r.seq, outcome: 'rejected', code: 'unknown-location', rule: 'C3', details: null } });
  return r.id;
}

describe('C3 fix and resend from any wizard', () => {
  test('saving while redoing a rejected move replaces it: the rejected one is gone, the new one pending, the redo ends', async () => {
    const rejectedId = await rejectedMove();
    useRedoStore.getState().begin({ opId: rejectedId, type: 'move', code: 'unknown-location', summary: '' });
    const result = await saveOperations(db, session, 'move', [move('A-01-02')]);
    expect(result.ok).toBe(true);
    const entries = await outboxEntries(db);
    expect(entries.map((e) => [e.type, e.state, e.id === rejectedId])).toEqual([['move', 'pending', false]]);
    expect(useRedoStore.getState().redo).toBeNull();
  });

  test('saving another type of operation while a redo is open records it alongside and keeps the redo', async () => {
    const rejectedId = await rejectedMove();
    useRedoStore.getState().begin({ opId: rejectedId, type: 'move', code: 'unknown-location', summary: '' });
    const result = await saveOperations(db, session, 'pick', [{ item: 'MILK-1L', location: 'A-01-01', condition: '', quantity: 1 }]);
    expect(result.ok).toBe(true);
    expect((await outboxEntries(db)).map((e) => [e.type, e.state])).toEqual([['move', 'rejected'], ['pick', 'pending']]);
    expect(useRedoStore.getState().redo?.opId).toBe(rejectedId);
  });

  test('a rejected restock is redone like every other flow: its lines refill the wizard and saving replaces it', async () => {
    const rejected = { item: 'MILK-1L', lines: [{ location: 'Z-9', condition: '', quantity: 3, lot: 'L7' }, { location: 'Z-9', condition: '', quantity: 2, lot: 'L8' }] };
    const r = await recordOperation(db, session, 'restock', rejected, NOW);
    if (!r.ok) throw new Error('malformed');
    await db.outbox.update(r.id, { state: 'rejected', outcome: { id: r.id, seq: r.seq, outcome: 'rejected', code: 'unknown-location', rule: 'C3', details: null } });
    useRestockStore.getState().reset();
    await refiller(() => db, 'restock', useRestockStore, restock)(rejected);
    useRedoStore.getState().begin({ opId: r.id, type: 'restock', code: 'unknown-location', summary: '' });
    const refilled = useRestockStore.getState();
    expect([refilled.step, refilled.quantity, refilled.lots.map((l) => [l.lot, l.quantity])]).toEqual(['place', 5, [['L7', 3], ['L8', 2]]]);
    const result = await saveOperations(db, session, 'restock', [{ ...rejected, lines: rejected.lines.map((l) => ({ ...l, location: 'A-01-02' })) }]);
    expect(result.ok).toBe(true);
    expect((await outboxEntries(db)).map((e) => [e.type, e.state, e.id === r.id])).toEqual([['restock', 'pending', false]]);
    expect(useRedoStore.getState().redo).toBeNull();
  });

  test('a task of several operations is checked whole first: one malformed payload records none of them', async () => {
    const result = await saveOperations(db, session, 'move', [move('A-01-02'), { ...move('A-01-02'), quantity: -1 }]);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('payload.quantity') });
    expect(await outboxEntries(db)).toEqual([]);
  });

  test('without a session nothing is recorded and the operator is told to log in', async () => {
    expect(await saveOperations(db, null, 'move', [move('A-01-02')])).toMatchObject({ ok: false, error: expect.stringContaining('log in') });
    expect(await outboxEntries(db)).toEqual([]);
  });
});

describe('a device that refuses the write', () => {
  test('a storage failure is said in words and nothing claims to be saved', async () => {
    db.close();
    const result = await saveOperations(db, session, 'move', [move('A-01-02')]);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/could not save it \(\w+\)\. Nothing was saved\./) });
  });
});
