import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import type { PickList, PullResponse, PurchaseOrder } from '../domain';
import { makeWorld } from '../domain/test-fixtures';
import { applyPullPage } from './apply-pull';
import type { ReplicaDb } from './db';
import { openPickLists, openPurchaseOrders, pickListByNumber, purchaseOrderByNumber } from './orders';
import { recordOperation } from './record';
import { deviceId } from './session';
import { freshDb, NOW, seedFromWorld, sessionOf } from './test-helpers';

let db: ReplicaDb;
afterEach(() => db?.close());

const PO: PurchaseOrder = {
  id: 'po-1', number: 'PO-7', supplier: 'Acme', expectedDate: '2026-12-01', status: 'open',
  lines: [{ line: 1, itemId: 'i-milk', sku: 'MILK-1L', quantity: 10, received: 4 }, { line: 2, itemId: 'i-milk', sku: 'MILK-1L', quantity: 5, received: 0 }],
};
const PL: PickList = {
  id: 'pl-1', number: 'PL-3', shipment: 'SH-3', status: 'open',
  lines: [{ line: 1, itemId: 'i-bolt', sku: 'BOLT-M8', quantity: 6, locationId: 'l-a1', locationCode: 'A-01-01', picked: 1 }],
};

async function pullOrders(purchaseOrders: PurchaseOrder[], pickLists: PickList[], cursor: string): Promise<void> {
  const page: PullResponse = {
    changes: { items: [], locations: [], slots: [], serials: [], exceptions: [], outcomes: [], settings: null, purchaseOrders, pickLists },
    cursor, hasMore: false,
  };
  await applyPullPage(db, page, await deviceId(db));
}

describe('orders on the device', () => {
  test('pulled open orders are stored; a closed or packed one pulled later is dropped', async () => {
    db = freshDb();
    await seedFromWorld(db, makeWorld());
    await pullOrders([PO], [PL], 'c-2');
    expect((await openPurchaseOrders(db)).map((o) => o.number)).toEqual(['PO-7']);
    expect((await openPurchaseOrders(db, 'i-bolt'))).toEqual([]);
    expect((await openPickLists(db)).map((l) => l.number)).toEqual(['PL-3']);
    await pullOrders([{ ...PO, status: 'closed' }], [{ ...PL, status: 'packed' }], 'c-3');
    expect(await openPurchaseOrders(db)).toEqual([]);
    expect(await pickListByNumber(db, 'PL-3')).toBeUndefined();
  });

  test('C4: a restock naming the order counts as received at once (by SKU or GTIN), filling lines in order', async () => {
    db = freshDb();
    await seedFromWorld(db, makeWorld());
    await pullOrders([PO], [], 'c-2');
    await recordOperation(db, sessionOf('operator'), 'restock', {
      item: '4006381333931', purchaseOrder: 'PO-7', lines: [{ location: 'A-01-01', quantity: 8, lot: 'L1' }],
    }, NOW);
    const order = await purchaseOrderByNumber(db, 'PO-7');
    expect(order?.lines.map((l) => [l.line, l.received, l.remaining])).toEqual([[1, 10, 0], [2, 2, -3]]);
  });

  test('C4: a pick naming a list line counts as picked at once; a bare list number counts on no line', async () => {
    db = freshDb();
    await seedFromWorld(db, makeWorld());
    await pullOrders([], [PL], 'c-2');
    await recordOperation(db, sessionOf('picker'), 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 2, pickList: { number: 'PL-3', line: 1 } }, NOW);
    await recordOperation(db, sessionOf('picker'), 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 1, pickList: 'PL-3' }, NOW);
    const list = await pickListByNumber(db, 'PL-3');
    expect(list?.lines.map((l) => [l.picked, l.remaining])).toEqual([[3, 3]]);
  });
});
