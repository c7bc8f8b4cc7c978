import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { makeWorld } from '../domain/test-fixtures';
import type { ReplicaDb } from './db';
import { recordOperation } from './record';
import { allItemOverviews, allSerialRows, countTasks, itemDetail, serialDetail } from './supervisor-queries';
import { freshDb, NOW, seedFromWorld, sessionOf } from './test-helpers';

let db: ReplicaDb;
afterEach(() => db?.close());

async function seeded(): Promise<ReplicaDb> {
  db = freshDb('supervisor-queries');
  await seedFromWorld(db, makeWorld());
  return db;
}

describe('supervisor reads of the whole view', () => {
  test('every item with its stock summed over its slots, by SKU', async () => {
    await seeded();
    const rows = await allItemOverviews(db);
    expect(rows.map((r) => r.item.sku)).toEqual(['BOLT-M8', 'DRILL-18V', 'GAUZE-10', 'MILK-1L', 'PUMP-X1', 'VAC-5']);
    expect(rows.find((r) => r.item.sku === 'MILK-1L')).toMatchObject({ stock: 30, unknownLotSlots: 0 });
    expect(rows.find((r) => r.item.sku === 'GAUZE-10')).toMatchObject({ stock: 0 });
  });

  test('R1/R2 (C4): a tracking switch still pending on the device already shows the item tracked, its stocked slots unknown and listed as count tasks', async () => {
    await seeded();
    expect(await countTasks(db)).toEqual([]);
    const recorded = await recordOperation(db, sessionOf('supervisor'), 'setLotTracking', { items: ['BOLT-M8'], tracked: true }, NOW);
    expect(recorded.ok).toBe(true);
    const bolt = (await allItemOverviews(db)).find((r) => r.item.sku === 'BOLT-M8')!;
    expect(bolt).toMatchObject({ item: { lotTracked: true }, stock: 140, unknownLotSlots: 2 });
    const tasks = await countTasks(db);
    expect(tasks.map((t) => [t.location?.code, t.item?.sku, t.slot.quantity, t.slot.lotUnknown])).toEqual([
      ['A-01-01', 'BOLT-M8', 100, true], ['RCV-01', 'BOLT-M8', 40, true],
    ]);
  });

  test('R13: serials with their lot, item and where they are; a picked unit is in no location', async () => {
    await seeded();
    const rows = await allSerialRows(db);
    expect(rows.map((r) => [r.serial.serial, r.serial.lot, r.item?.sku, r.locationCode])).toEqual([
      ['SN-1', 'P1', 'PUMP-X1', 'B-02-01'], ['SN-2', 'P2', 'PUMP-X1', 'B-02-01'], ['SN-3', 'P1', 'PUMP-X1', 'C-03-01'], ['SN-4', 'P2', 'PUMP-X1', null],
    ]);
  });

  test('R14 (C4): a pending serial lot change shows on the serial at once; item detail lists slots and serials in stock', async () => {
    await seeded();
    await recordOperation(db, sessionOf('supervisor'), 'changeSerialLot', { serial: 'SN-1', lot: 'P9' }, NOW);
    expect(await serialDetail(db, 'n-sn1')).toMatchObject({ serial: { lot: 'P9' }, locationCode: 'B-02-01' });
    expect(await serialDetail(db, 'nope')).toBeNull();
    const pump = await itemDetail(db, 'i-pump');
    expect(pump?.slots.map((s) => s.location.code)).toEqual(['B-02-01', 'C-03-01']);
    expect(pump?.serials.map((s) => `${s.serial}:${s.lot}`)).toEqual(['SN-1:P9', 'SN-2:P2', 'SN-3:P1']);
    expect(await itemDetail(db, 'nope')).toBeNull();
  });
});
