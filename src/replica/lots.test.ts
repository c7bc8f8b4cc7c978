import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import type { LotRecord, PullResponse } from '../domain';
import { ITEMS, makeWorld } from '../domain/test-fixtures';
import { applyPullPage } from './apply-pull';
import type { ReplicaDb } from './db';
import { checkSlotLot, fefoSlots, nearExpiry } from './lots';
import { slotsOfItem } from './queries';
import { deviceId } from './session';
import { freshDb, seedFromWorld } from './test-helpers';

let db: ReplicaDb;
afterEach(() => db?.close());

const TODAY = '2026-03-01';
const lot = (name: string, over: Partial<LotRecord> = {}): LotRecord => ({
  id: `i-milk\u001f${name}`, itemId: 'i-milk', lot: name, expiry: null, expirySource: null, firstReceived: null, onHold: false, holds: [], ...over,
});

async function pullLots(lots: LotRecord[], cursor: string): Promise<void> {
  const page: PullResponse = {
    changes: { items: [], locations: [], slots: [], serials: [], exceptions: [], outcomes: [], settings: null, lots },
    cursor, hasMore: false,
  };
  await applyPullPage(db, page, await deviceId(db));
}

describe('lots on the device', () => {
  test('FEFO: pulled lot records steer a pick to the slot of the earliest-expiring lot', async () => {
    db = freshDb();
    await seedFromWorld(db, makeWorld());
    await pullLots([lot('L100', { expiry: '2026-12-01' }), lot('L200', { expiry: '2026-06-01' })], 'c-2');
    expect((await fefoSlots(db, 'i-milk', TODAY)).map((r) => r.locationCode)).toEqual(['RCV-01', 'A-01-01']);
    const a1 = (await slotsOfItem(db, 'i-milk')).find((s) => s.location.code === 'A-01-01');
    if (!a1) throw new Error('no slot');
    const check = await checkSlotLot(db, ITEMS.milk, a1, TODAY);
    expect(check).toMatchObject({ status: 'available', earlier: { locationCode: 'RCV-01', expiry: '2026-06-01' } });
  });

  test('a hold pulled later reaches the device: the slot lot reads on hold', async () => {
    db = freshDb();
    await seedFromWorld(db, makeWorld());
    await pullLots([lot('L100', { expiry: '2026-12-01' })], 'c-2');
    await pullLots([lot('L100', { expiry: '2026-12-01', onHold: true })], 'c-3');
    const a1 = (await slotsOfItem(db, 'i-milk')).find((s) => s.location.code === 'A-01-01');
    if (!a1) throw new Error('no slot');
    expect((await checkSlotLot(db, ITEMS.milk, a1, TODAY)).status).toBe('on-hold');
  });

  test('near-expiry report: stock of lots expiring within N days, by location with quantities', async () => {
    db = freshDb();
    await seedFromWorld(db, makeWorld());
    await pullLots([lot('L100', { expiry: '2026-12-01' }), lot('L200', { expiry: '2026-03-31' })], 'c-2');
    expect(await nearExpiry(db, 30, TODAY)).toEqual([
      { itemId: 'i-milk', lot: 'L200', expiry: '2026-03-31', daysLeft: 30, status: 'available', locationCode: 'RCV-01', quantity: 20 },
    ]);
    expect((await nearExpiry(db, 400, TODAY)).map((r) => r.lot)).toEqual(['L200', 'L100']);
  });
});
