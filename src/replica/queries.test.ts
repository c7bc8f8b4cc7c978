import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import type { LotException } from '../domain';
import { makeWorld } from '../domain/test-fixtures';
import { applyPullPage } from './apply-pull';
import type { ReplicaDb } from './db';
import { getMeta, META } from './meta';
import {
  attentionItems, discardRejected, findItem, findLocation, findSerial, getSettings, itemsById, openWarehouseExceptions,
  outboxEntries, resendRejected, searchItems, serialsInStockAt, slotsAtLocation, slotsOfItem, stockAt,
} from './queries';
import { recordOperation } from './record';
import { clearSession, deviceId, loadSession, saveSession } from './session';
import { freshDb, NOW, seedFromWorld, sessionOf } from './test-helpers';

let db: ReplicaDb;
afterEach(() => db?.close());

async function seeded(): Promise<ReplicaDb> {
  db = freshDb();
  await seedFromWorld(db, makeWorld());
  return db;
}

const emptyChanges = { items: [], locations: [], slots: [], serials: [], exceptions: [], outcomes: [], settings: null };

describe('reads of the view', () => {
  test('findItem: SKU in any case, GTIN-13 as printed and padded to GTIN-14, UPC-A as GTIN-12', async () => {
    await seeded();
    expect((await findItem(db, 'milk-1l'))?.id).toBe('i-milk');
    expect((await findItem(db, '4006381333931'))?.id).toBe('i-milk');
    expect((await findItem(db, '04006381333931'))?.id).toBe('i-milk');
    expect((await findItem(db, '012345678905'))?.id).toBe('i-bolt');
    expect(await findItem(db, 'NOPE')).toBeUndefined();
  });

  test('searchItems: SKU prefix first, then name substring, up to the limit', async () => {
    await seeded();
    expect((await searchItems(db, 'pu')).map((i) => i.sku)).toEqual(['PUMP-X1']);
    expect((await searchItems(db, '18v')).map((i) => i.sku)).toEqual(['DRILL-18V']);
    expect((await searchItems(db, 'ml')).map((i) => i.sku)).toEqual(['VAC-5']);
    expect(await searchItems(db, 'm', 1)).toHaveLength(1);
  });

  test('findLocation by label code; slotsOfItem and slotsAtLocation give the location and free capacity (never below 0)', async () => {
    await seeded();
    expect((await findLocation(db, 'a-01-01'))?.id).toBe('l-a1');
    const milk = await slotsOfItem(db, 'i-milk');
    expect(milk.map((s) => s.location.code)).toEqual(['A-01-01', 'A-01-02', 'RCV-01']);
    expect(milk.find((s) => s.id === 's-milk-dock')?.free).toBe(0);
    const a1 = await slotsAtLocation(db, 'l-a1');
    expect(a1.map((s) => s.itemId).sort()).toEqual(['i-bolt', 'i-milk', 'i-vac']);
  });

  test('stockAt and itemsById: each slot in a location with its item, and items by id', async () => {
    await seeded();
    const here = await stockAt(db, 'l-a1');
    expect(here.map((h) => [h.item.sku, h.slot.location.code]).sort()).toEqual([['BOLT-M8', 'A-01-01'], ['MILK-1L', 'A-01-01'], ['VAC-5', 'A-01-01']]);
    expect([...(await itemsById(db, ['i-milk', 'i-milk', 'i-none'])).keys()]).toEqual(['i-milk']);
  });

  test('R13: serialsInStockAt lists only units in stock in that slot, as this device last moved them', async () => {
    await seeded();
    expect((await serialsInStockAt(db, 's-pump-b1')).map((s) => s.serial).sort()).toEqual(['SN-1', 'SN-2']);
    await recordOperation(db, sessionOf(), 'move', { item: 'PUMP-X1', from: 'B-02-01', to: 'C-03-01', quantity: 1, serials: ['SN-1'], lot: 'P1' }, NOW);
    expect((await serialsInStockAt(db, 's-pump-b1')).map((s) => s.serial)).toEqual(['SN-2']);
    expect((await serialsInStockAt(db, 's-pump-c1')).map((s) => s.serial).sort()).toEqual(['SN-1', 'SN-3']);
  });

  test('openWarehouseExceptions: open exceptions of every device by location, this device\'s newest view winning (C4)', async () => {
    await seeded();
    expect(await openWarehouseExceptions(db)).toEqual([]);
    await recordOperation(db, sessionOf(), 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', quantity: 1, lot: 'L555' }, NOW);
    const open = await openWarehouseExceptions(db);
    expect(open.map((o) => [o.exception.code, o.locationCode])).toEqual([['lot-mismatch', 'A-01-01']]);
  });

  test('findSerial and getSettings read the overlay over server rows', async () => {
    await seeded();
    expect(await findSerial(db, 'SN-1')).toMatchObject({ slotId: 's-pump-b1', lot: 'P1' });
    await recordOperation(db, sessionOf(), 'move', { item: 'PUMP-X1', from: 'B-02-01', to: 'C-03-01', quantity: 1, serials: ['SN-1'], lot: 'P1' }, NOW);
    expect(await findSerial(db, 'SN-1')).toMatchObject({ slotId: 's-pump-c1' });
    await recordOperation(db, sessionOf(), 'changeSettings', { requireLotAtPack: true }, NOW);
    expect((await getSettings(db)).requireLotAtPack).toBe(true);
  });
});

describe('the overlay after a pull (C4)', () => {
  test('pending operations are re-applied over the new server rows; an op whose outcome arrives leaves the outbox', async () => {
    await seeded();
    const first = await recordOperation(db, sessionOf(), 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 10 }, NOW);
    const second = await recordOperation(db, sessionOf(), 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 1 }, NOW);
    if (!first.ok || !second.ok) throw new Error('malformed');
    // The server applied the first (100 - 10) and someone else took 20 more.
    const slot = { ...makeWorld().slots.find((s) => s.id === 's-bolt-a1')!, quantity: 70 };
    await applyPullPage(db, {
      changes: { ...emptyChanges, slots: [slot], outcomes: [{ id: first.id, seq: 1, outcome: 'applied', code: null, rule: null, details: null }] },
      cursor: 'c-2', hasMore: false,
    }, await deviceId(db));
    expect((await outboxEntries(db)).map((e) => e.id)).toEqual([second.id]);
    expect((await slotsOfItem(db, 'i-bolt')).find((s) => s.id === 's-bolt-a1')?.quantity).toBe(69);
    expect(await getMeta(db, META.cursor)).toBe('c-2');
    expect(await db.history.get(first.id)).toMatchObject({ outcome: 'applied', type: 'pick' });
  });

  test('C3: a rejected op stays in the outbox as rejected, leaves the view, is listed for attention; discard removes it', async () => {
    await seeded();
    const r = await recordOperation(db, sessionOf(), 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 10 }, NOW);
    if (!r.ok) throw new Error('malformed');
    const outcome = { id: r.id, seq: r.seq, outcome: 'rejected' as const, code: 'forbidden', rule: 'C3', details: { role: 'picker' } };
    await applyPullPage(db, { changes: { ...emptyChanges, outcomes: [outcome] }, cursor: 'c-2', hasMore: false }, await deviceId(db));
    expect(await outboxEntries(db)).toEqual([expect.objectContaining({ id: r.id, state: 'rejected', outcome })]);
    expect((await slotsOfItem(db, 'i-bolt')).find((s) => s.id === 's-bolt-a1')?.quantity).toBe(100);
    expect(await attentionItems(db)).toEqual([expect.objectContaining({ kind: 'rejected', opId: r.id, code: 'forbidden', rule: 'C3' })]);
    await discardRejected(db, r.id);
    expect(await outboxEntries(db)).toEqual([]);
  });

  test('C3: fix and resend records a new op (new id, next seq) and removes the rejected one in one step', async () => {
    await seeded();
    const r = await recordOperation(db, sessionOf(), 'restock', { item: 'MILK-1L', lines: [{ location: 'Z-9', quantity: 3, lot: 'L1' }] }, NOW);
    if (!r.ok) throw new Error('malformed');
    await db.outbox.update(r.id, { state: 'rejected', outcome: { id: r.id, seq: 1, outcome: 'rejected', code: 'unknown-location', rule: 'C3', details: null } });
    const again = await resendRejected(db, sessionOf(), r.id, { item: 'MILK-1L', lines: [{ location: 'A-01-02', quantity: 3, lot: 'L1' }] });
    expect(again).toMatchObject({ ok: true, seq: 2, preview: { outcome: 'applied' } });
    expect((await outboxEntries(db)).map((e) => [e.seq, e.state])).toEqual([[2, 'pending']]);
    expect((await slotsOfItem(db, 'i-milk')).find((s) => s.id === 's-milk-a2')).toMatchObject({ quantity: 3, lot: 'L1' });
    expect(await resendRejected(db, sessionOf(), 'not-there', {})).toMatchObject({ ok: false });
  });

  test('C2: attentionItems lists open exceptions raised by this device\'s ops, not other devices\'', async () => {
    await seeded();
    const mine = crypto.randomUUID();
    const exception = (id: string, opId: string): LotException => ({
      id, opId, code: 'second-lot-in-slot', rule: 'R3', itemId: 'i-milk', locationId: 'l-a1', slotId: 's-milk-a1',
      details: {}, status: 'open', resolution: null, resolvedByOpId: null,
    });
    await applyPullPage(db, {
      changes: {
        ...emptyChanges,
        exceptions: [exception(`${mine}/x1`, mine), exception('other/x1', crypto.randomUUID())],
        outcomes: [{ id: mine, seq: 7, outcome: 'exception', code: 'second-lot-in-slot', rule: 'R3', details: null }],
      },
      cursor: 'c-2', hasMore: false,
    }, await deviceId(db));
    expect(await attentionItems(db)).toEqual([expect.objectContaining({ kind: 'exception', opId: mine, code: 'second-lot-in-slot', rule: 'R3' })]);
  });

  test('a row that arrives twice (pull repeats rows) is applied by id, and slots of one item merge into its record', async () => {
    await seeded();
    const slot = { ...makeWorld().slots.find((s) => s.id === 's-milk-a2')!, quantity: 5 };
    const page = { changes: { ...emptyChanges, slots: [slot, { ...slot, quantity: 6 }] }, cursor: 'c-3', hasMore: false };
    await applyPullPage(db, page, await deviceId(db));
    await applyPullPage(db, page, await deviceId(db));
    const milk = await slotsOfItem(db, 'i-milk');
    expect(milk).toHaveLength(3);
    expect(milk.find((s) => s.id === 's-milk-a2')?.quantity).toBe(6);
  });
});

describe('block storage of server items and slots', () => {
  test('an item changed by a later pull is replaced in its block, found by its new GTIN and not by the old one', async () => {
    await seeded();
    const milk = makeWorld().items.find((i) => i.id === 'i-milk')!;
    await applyPullPage(db, { changes: { ...emptyChanges, items: [{ ...milk, name: 'Milk 1 l (new label)', gtins: ['4006381333948'] }] }, cursor: 'c-2', hasMore: false }, await deviceId(db));
    expect((await findItem(db, '4006381333948'))?.name).toBe('Milk 1 l (new label)');
    expect(await findItem(db, '4006381333931')).toBeUndefined();
    expect((await db.itemBlocks.toArray()).flatMap((b) => b.items).filter((i) => i.id === 'i-milk')).toHaveLength(1);
    expect(await slotsOfItem(db, 'i-milk')).toHaveLength(3);
  });

  test('a pull that starts again without a cursor replaces the server rows and keeps the outbox', async () => {
    await seeded();
    await recordOperation(db, sessionOf(), 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 1 }, NOW);
    await db.meta.delete(META.cursor);
    const world = makeWorld();
    await seedFromWorld(db, { ...world, items: world.items.filter((i) => i.id !== 'i-drill'), slots: world.slots.filter((s) => s.itemId !== 'i-drill') });
    expect(await findItem(db, 'DRILL-18V')).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
    expect((await slotsOfItem(db, 'i-bolt')).find((s) => s.id === 's-bolt-a1')?.quantity).toBe(99);
  });
});

describe('session and device id', () => {
  test('the device id is made once and kept; clearing the session keeps the outbox', async () => {
    await seeded();
    const id = await deviceId(db);
    expect(await deviceId(db)).toBe(id);
    await saveSession(db, sessionOf());
    expect(await loadSession(db)).toEqual(sessionOf());
    await recordOperation(db, sessionOf(), 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 1 }, NOW);
    await clearSession(db);
    expect(await loadSession(db)).toBeNull();
    expect(await db.outbox.count()).toBe(1);
  });
});
