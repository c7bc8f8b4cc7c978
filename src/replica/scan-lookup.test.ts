import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { parseScan, type LotRecord, type PullResponse } from '../domain';
import { makeWorld } from '../domain/test-fixtures';
import { applyPullPage } from './apply-pull';
import type { ReplicaDb } from './db';
import { lookUpScan, type ScanLookup } from './scan-lookup';
import { deviceId } from './session';
import { freshDb, seedFromWorld } from './test-helpers';

let db: ReplicaDb;
afterEach(() => db?.close());

async function lookUp(raw: string): Promise<ScanLookup> {
  const result = parseScan(raw);
  if (!result.ok) throw new Error(result.message);
  return lookUpScan(db, result);
}

async function seeded(): Promise<void> {
  db = freshDb('scan-lookup');
  await seedFromWorld(db, makeWorld());
  const lot: LotRecord = { id: 'i-milk\u001fL100', itemId: 'i-milk', lot: 'L100', expiry: '2026-12-01', expirySource: 'expiry', firstReceived: null, onHold: false, holds: [] };
  const page: PullResponse = {
    changes: { items: [], locations: [], slots: [], serials: [], exceptions: [], outcomes: [], settings: null, lots: [lot] }, cursor: 'c-2', hasMore: false,
  };
  await applyPullPage(db, page, await deviceId(db));
}

describe('a scan on home names what it scanned', () => {
  test("a shelf's label: what it holds, item by item, with lot and quantity (empty slots left out)", async () => {
    await seeded();
    const answer = await lookUp('A-01-01');
    expect(answer.kind).toBe('location');
    if (answer.kind !== 'location') return;
    expect(answer.stock.map((s) => [s.item.sku, s.slot.lot, s.slot.quantity]).sort()).toEqual([['BOLT-M8', null, 100], ['MILK-1L', 'L100', 10]]);
  });

  test("an item's barcode: every slot holding it", async () => {
    await seeded();
    const answer = await lookUp('4006381333931');
    expect(answer).toMatchObject({ kind: 'item', item: { sku: 'MILK-1L' }, lot: null });
    if (answer.kind === 'item') expect(answer.slots.map((s) => s.location.code)).toEqual(['A-01-01', 'RCV-01']);
  });

  test('a GS1 label with a lot: only the slots of that lot', async () => {
    await seeded();
    const answer = await lookUp(']d2010400638133393110L200');
    expect(answer).toMatchObject({ kind: 'item', lot: 'L200' });
    if (answer.kind === 'item') expect(answer.slots.map((s) => s.location.code)).toEqual(['RCV-01']);
  });

  test('a lot number: its item, expiry and where its stock is', async () => {
    await seeded();
    const answer = await lookUp('L100');
    expect(answer).toMatchObject({ kind: 'lot', lot: 'L100', holdings: [{ item: { sku: 'MILK-1L' }, record: { expiry: '2026-12-01' } }] });
    if (answer.kind === 'lot') expect(answer.holdings[0]!.slots.map((s) => s.location.code)).toEqual(['A-01-01']);
  });

  test('a lot with no lot record yet is found by the slots holding it', async () => {
    await seeded();
    const answer = await lookUp('L200');
    expect(answer).toMatchObject({ kind: 'lot', lot: 'L200', holdings: [{ item: { sku: 'MILK-1L' }, record: null }] });
    if (answer.kind === 'lot') expect(answer.holdings[0]!.slots.map((s) => s.location.code)).toEqual(['RCV-01']);
  });

  test("a serial: the unit's item and location", async () => {
    await seeded();
    expect(await lookUp('SN-3')).toMatchObject({ kind: 'serial', item: { sku: 'PUMP-X1' }, slot: { location: { code: 'C-03-01' } } });
  });

  test('a code the device does not know is unknown (the home screen refuses it)', async () => {
    await seeded();
    expect(await lookUp('NOPE-42')).toEqual({ kind: 'unknown', code: 'NOPE-42' });
  });
});
