import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeWorld } from '../../domain/test-fixtures';
import type { ReplicaDb } from '../../replica/db';
import { freshDb, seedFromWorld } from '../../replica/test-helpers';
import * as assign from '../assign/payload';
import { useAssignStore } from '../assign/store';
import * as move from '../move/payload';
import { useMoveStore } from '../move/store';
import { refiller } from './refill';
import { isRefusedLocation, refusedBy } from './refused';

let db: ReplicaDb;
beforeEach(async () => {
  db = freshDb('refused');
  await seedFromWorld(db, makeWorld());
  useMoveStore.getState().reset();
  useAssignStore.getState().reset();
});
afterEach(() => db.delete());
const replica = () => db;

describe('C3 fix and resend never proposes again the place the server refused', () => {
  test('an unknown-location rejection refuses the location it names; other rejections refuse no place', () => {
    expect(refusedBy('unknown-location', { location: 'A-01-02' })).toEqual({ locations: ['A-01-02'] });
    expect(refusedBy('unknown-condition', { item: 'MILK-1L', condition: 'used', allowed: [''] })).toEqual({ locations: [] });
    expect(refusedBy('unknown-location', null)).toEqual({ locations: [] });
    expect(refusedBy(null, { location: 'A-01-02' })).toEqual({ locations: [] });
  });

  test('a refused location matches whatever its case, as a scan would', () => {
    expect(isRefusedLocation({ locations: ['a-01-02'] }, 'A-01-02')).toBe(true);
    expect(isRefusedLocation({ locations: ['A-01-02'] }, 'A-01-03')).toBe(false);
  });

  test('move: a destination this device still knows but the server refused is left out, so the to step asks for another', async () => {
    const sent = { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', condition: '', quantity: 2, lot: 'L100' };
    await refiller(replica, 'move', useMoveStore, move)(sent, refusedBy('unknown-location', { location: 'A-01-02' }));
    const s = useMoveStore.getState();
    expect([s.step, s.from?.code, s.source?.id, s.to, s.quantity]).toEqual(['to', 'A-01-01', 's-milk-a1', null, 2]);
  });

  test('move: without a refused place the same payload comes back whole, at confirm', async () => {
    const sent = { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', condition: '', quantity: 2, lot: 'L100' };
    await refiller(replica, 'move', useMoveStore, move)(sent, refusedBy('unknown-condition', { item: 'MILK-1L', condition: 'x' }));
    expect(useMoveStore.getState().step).toBe('confirm');
  });

  test('assign: a refused location reopens the location step with the item kept', async () => {
    await refiller(replica, 'assign', useAssignStore, assign)(
      { item: 'MILK-1L', location: 'A-01-02', capacity: 10, conditions: [{ condition: '', quantity: 0 }] },
      { locations: ['A-01-02'] },
    );
    const s = useAssignStore.getState();
    expect([s.step, s.item?.sku, s.location]).toEqual(['location', 'MILK-1L', null]);
  });
});
