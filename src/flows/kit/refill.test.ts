import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeWorld } from '../../domain/test-fixtures';
import type { ReplicaDb } from '../../replica/db';
import { freshDb, seedFromWorld } from '../../replica/test-helpers';
import { refiller } from './refill';
import * as assign from '../assign/payload';
import { useAssignStore } from '../assign/store';
import * as count from '../count/payload';
import { useCountStore } from '../count/store';
import * as move from '../move/payload';
import { useMoveStore } from '../move/store';
import * as pack from '../pack/payload';
import { usePackStore } from '../pack/store';
import * as pick from '../pick/payload';
import { usePickStore } from '../pick/store';
import * as putaway from '../putaway/payload';
import { usePutawayStore } from '../putaway/store';
import * as restock from '../restock/payload';
import { useRestockStore } from '../restock/store';
import * as returns from '../return/payload';
import { useReturnStore } from '../return/store';

let db: ReplicaDb;
beforeEach(async () => {
  db = freshDb('refill');
  await seedFromWorld(db, makeWorld());
  for (const store of [useAssignStore, useCountStore, useMoveStore, usePackStore, usePickStore, usePutawayStore, useRestockStore, useReturnStore]) {
    store.getState().reset();
  }
});
afterEach(() => db.delete());
const replica = () => db;

describe('C3 fix and resend: every flow refills its wizard from the rejected payload (payload.ts fromPayload)', () => {
  test('move: back at confirm with both slots, the scanned lot and the quantity; building again gives the same payload', async () => {
    const sent = { item: 'MILK-1L', from: 'A-01-01', to: 'A-01-02', condition: '', quantity: 2, lot: 'L100' };
    await refiller(replica, 'move', useMoveStore, move)(sent);
    const s = useMoveStore.getState();
    expect([s.step, s.from?.code, s.source?.id, s.to?.id, s.quantity, s.scannedLot, s.mismatchAccepted])
      .toEqual(['confirm', 'A-01-01', 's-milk-a1', 's-milk-a2', 2, 'L100', false]);
    expect(move.build({ item: s.item!, from: s.source!, to: s.to!, quantity: s.quantity, scannedLot: s.scannedLot, serials: [] })).toEqual(sent);
  });

  test('move (R8a): a lot that differed from the slot\'s comes back as an accepted mismatch; a destination the device does not know leaves the to step open', async () => {
    await refiller(replica, 'move', useMoveStore, move)({ item: 'MILK-1L', from: 'A-01-01', to: 'Z-9', condition: '', quantity: 2, lot: 'L999' });
    const s = useMoveStore.getState();
    expect([s.step, s.to, s.scannedLot, s.mismatchAccepted]).toEqual(['to', null, 'L999', true]);
  });

  test('putaway: the goods taken from the dock as before, at the place step with no shelf chosen (it is scanned again)', async () => {
    await refiller(replica, 'putaway', usePutawayStore, putaway)({ item: 'MILK-1L', from: 'RCV-01', to: 'Z-9', condition: '', quantity: 5, lot: 'L200' });
    const s = usePutawayStore.getState();
    expect([s.step, s.source?.id, s.quantity, s.scannedLot, s.placements]).toEqual(['place', 's-milk-dock', 5, 'L200', []]);
  });

  test('pick (R13): serials with their lots, the list line and the requested quantity; building again gives the same payload', async () => {
    const sent = { item: 'PUMP-X1', location: 'B-02-01', condition: '', quantity: 2, requested: 3, serials: ['SN-1', 'SN-2'], pickList: { number: 'PL-1', line: 2 } };
    await refiller(replica, 'pick', usePickStore, pick)(sent);
    const s = usePickStore.getState();
    expect([s.step, s.slot?.id, s.serials, s.listLine?.remaining]).toEqual([
      'serials', 's-pump-b1', [{ serial: 'SN-1', lot: 'P1', inSlot: true }, { serial: 'SN-2', lot: 'P2', inSlot: true }], 3,
    ]);
    expect(pick.build({
      item: s.item!, locationCode: s.location!.code, condition: s.slot!.condition, quantity: s.quantity, requested: s.requested, serials: s.serials,
      pickList: { number: s.listLine!.number, line: s.listLine!.line },
    })).toEqual(sent);
  });

  test('count (C2): the counted figures come back against what the slot shows now; building again gives the same payload', async () => {
    const sent = { item: 'MILK-1L', location: 'A-01-01', condition: '', expected: { lot: 'L100', quantity: 10 }, counted: { quantity: 8, lot: 'L100' } };
    await refiller(replica, 'count', useCountStore, count)(sent);
    const s = useCountStore.getState();
    expect([s.step, s.slot?.id, s.expected, s.counted, s.lot]).toEqual(['count', 's-milk-a1', { lot: 'L100', quantity: 10 }, 8, 'L100']);
    expect(count.build({
      item: s.item!, locationCode: s.location!.code, condition: s.slot!.condition, expected: s.expected!, counted: s.counted!, lot: s.lot, serials: s.serials,
    })).toEqual(sent);
  });

  test('return (R13): the returned serials with their lots, at the location step', async () => {
    await refiller(replica, 'return', useReturnStore, returns)({ item: 'PUMP-X1', location: 'Z-9', condition: '', quantity: 1, serials: ['SN-4'] });
    const s = useReturnStore.getState();
    expect([s.step, s.item?.sku, s.serials, s.slot]).toEqual(['location', 'PUMP-X1', [{ serial: 'SN-4', lot: 'P2', inStock: false }], null]);
  });

  test('pack: the shipment and its lines; a line whose item this device does not know is left to scan again', async () => {
    await refiller(replica, 'pack', usePackStore, pack)({ shipment: 'SHP-1', lines: [{ item: 'MILK-1L', quantity: 2, lot: 'L100' }, { item: 'GONE-1', quantity: 1 }] });
    const s = usePackStore.getState();
    expect([s.step, s.shipment, s.lines.map((l) => [l.item.sku, l.quantity, l.lot])]).toEqual(['lines', 'SHP-1', [['MILK-1L', 2, 'L100']]]);
  });

  test('assign (R8): capacity and each condition\'s quantity and lot, at the stock step', async () => {
    await refiller(replica, 'assign', useAssignStore, assign)({ item: 'DRILL-18V', location: 'A-01-02', capacity: 10, conditions: [{ condition: 'used', quantity: 2, lot: 'D2' }] });
    const s = useAssignStore.getState();
    expect([s.step, s.capacity, s.rows.map((r) => [r.condition, r.quantity, r.lot])]).toEqual([
      'stock', 10, [['new', 0, ''], ['used', 2, 'D2'], ['damaged', 0, '']],
    ]);
  });

  test('restock (R5): quantity, lots with their expiry and the order, at placing', async () => {
    const sent = {
      item: 'MILK-1L', purchaseOrder: 'PO-1',
      lines: [{ location: 'Z-9', condition: '', quantity: 3, lot: 'L7', expiry: '2027-03-31' }, { location: 'Z-9', condition: '', quantity: 2, lot: 'L8' }],
    };
    await refiller(replica, 'restock', useRestockStore, restock)(sent);
    const s = useRestockStore.getState();
    expect([s.step, s.quantity, s.purchaseOrder, s.lots.map((l) => [l.lot, l.quantity, l.expiry])]).toEqual([
      'place', 5, 'PO-1', [['L7', 3, '2027-03-31'], ['L8', 2, undefined]],
    ]);
  });

  test('an item this device no longer knows, or a payload that does not fit the flow, leaves the wizard empty at its first step', async () => {
    await refiller(replica, 'restock', useRestockStore, restock)({ item: 'GONE-1', lines: [{ location: 'A-01-01', condition: '', quantity: 1 }] });
    expect([useRestockStore.getState().step, useRestockStore.getState().item]).toEqual(['item', null]);
    await refiller(replica, 'move', useMoveStore, move)({ item: 'MILK-1L', quantity: 'two' });
    expect([useMoveStore.getState().step, useMoveStore.getState().item]).toEqual(['from', null]);
  });
});
