import { describe, expect, test } from 'vitest';
import { applyOperation, applyPending, mergeEffects, refsOf, type PendingOperation } from './apply';
import { emptyEffects } from './engine';
import {
  ctxFor, loadRefs, makeWorld, op, run, SLOTS, slotIn, uuid,
} from './test-fixtures';
import type { Operation } from './operation';
import type { Role } from './types';

const pending = (type: Operation['type'], payload: unknown, role: Role = 'operator'): PendingOperation => {
  const operation = op(type, payload);
  return { op: operation, ctx: ctxFor(operation, role) };
};

describe('applyOperation', () => {
  test('C3: an unknown location is rejected', () => {
    const r = run(makeWorld(), 'pick', { item: 'MILK-1L', location: 'Z-99', quantity: 1 }, 'picker');
    expect(r.result).toEqual({ outcome: 'rejected', code: 'unknown-location', rule: 'C3', details: { location: 'Z-99' } });
  });

  test('C3: an unknown item is rejected', () => {
    const r = run(makeWorld(), 'restock', { item: 'NOPE', lines: [{ location: 'A-01-01', quantity: 1 }] }, 'operator');
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'unknown-item', rule: 'C3' });
  });

  test('C3: a picker may pick but not count, restock or adjust', () => {
    expect(run(makeWorld(), 'pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 1 }, 'picker').result.outcome).toBe('applied');
    for (const [type, payload] of [
      ['count', { item: 'BOLT-M8', location: 'A-01-01', expected: { lot: null, quantity: 100 }, counted: { quantity: 100 } }],
      ['restock', { item: 'BOLT-M8', lines: [{ location: 'A-01-01', quantity: 1 }] }],
      ['adjust', { item: 'BOLT-M8', location: 'A-01-01', quantity: 1 }],
    ] as const) {
      expect(run(makeWorld(), type, payload, 'picker').result).toMatchObject({ outcome: 'rejected', code: 'forbidden', rule: 'C3' });
    }
  });

  test('items are found by SKU or by GTIN after padding to 14 digits', () => {
    for (const ref of ['BOLT-M8', '012345678905', '0012345678905', '00012345678905']) {
      const r = run(makeWorld(), 'pick', { item: ref, location: 'A-01-01', quantity: 1 }, 'picker');
      expect(r.effects.transactions[0]?.itemId).toBe('i-bolt');
    }
  });

  test('C1: ids are made from the operation id, so the same operation gives the same rows', () => {
    const operation = op('restock', { item: 'MILK-1L', lines: [{ location: 'C-03-01', quantity: 5, lot: 'L9' }] });
    const first = applyOperation(operation, makeWorld(), ctxFor(operation, 'operator'));
    const again = applyOperation(operation, makeWorld(), ctxFor(operation, 'operator'));
    expect(again).toEqual(first);
    if (first.outcome === 'rejected') throw new Error('unexpected');
    expect(first.effects.slots[0]?.id).toBe(`${operation.id}/s1`);
    expect(first.effects.transactions[0]?.id).toBe(`${operation.id}/t1`);
    expect(first.effects.exceptions[0]?.id).toBe(`${operation.id}/x1`);
    expect(first.effects.transactions[0]).toMatchObject({ opId: operation.id, userId: 'u-operator', deviceId: 'dev-1', deviceTime: operation.deviceTime });
  });

  test('R12: every transaction on a tracked item stores its lot', () => {
    const w1 = run(makeWorld(), 'restock', { item: 'MILK-1L', lines: [{ location: 'A-01-02', quantity: 5, lot: 'L300' }] }, 'operator');
    const w2 = run(w1.world, 'move', { item: 'MILK-1L', from: 'A-01-02', to: 'A-01-01', quantity: 5, lot: 'L300' }, 'operator');
    const w3 = run(w2.world, 'pick', { item: 'MILK-1L', location: 'RCV-01', quantity: 5 }, 'picker');
    const txs = [w1, w2, w3].flatMap((r) => r.effects.transactions);
    expect(txs.length).toBeGreaterThan(0);
    for (const t of txs) expect(t.lot).not.toBeNull();
  });
});

describe('refsOf', () => {
  test('names items as scanned, location codes and serials; switches and counts load every slot of the item', () => {
    expect(refsOf(op('move', { item: '4006381333931', from: 'A-01-01', to: 'A-01-02', quantity: 1 }))).toEqual({
      items: ['4006381333931'], locations: ['A-01-01', 'A-01-02'], serials: [], exceptionIds: [], allSlotsOfItems: false, writesItems: false,
    });
    expect(refsOf(op('setLotTracking', { items: ['BOLT-M8'], tracked: true }))).toMatchObject({ allSlotsOfItems: true, writesItems: true });
    expect(refsOf(op('count', { item: 'PUMP-X1', location: 'B-02-01', expected: { lot: null, quantity: 2 }, counted: { quantity: 0 } })).allSlotsOfItems).toBe(true);
    expect(refsOf(op('pick', { item: 'PUMP-X1', location: 'B-02-01', quantity: 1, serials: ['SN-1'] }))).toMatchObject({ serials: ['SN-1'], allSlotsOfItems: true });
    expect(refsOf(op('resolveException', { exceptionId: 'x', action: 'accept' })).exceptionIds).toEqual(['x']);
  });
});

describe('mergeEffects', () => {
  test('upserts rows by id and replaces settings only when given', () => {
    const world = makeWorld();
    const slot = { ...SLOTS.milkA1, quantity: 3 };
    const created = { ...SLOTS.milkA2, id: 'new-slot' };
    const merged = mergeEffects(world, { ...emptyEffects(), slots: [slot, created] });
    expect(slotIn(merged, SLOTS.milkA1.id).quantity).toBe(3);
    expect(merged.slots).toHaveLength(world.slots.length + 1);
    expect(merged.settings).toBe(world.settings);
    expect(world.slots).not.toContain(slot);
  });
});

describe('C4: the device view', () => {
  const ops = (): PendingOperation[] => [
    pending('restock', { item: 'MILK-1L', lines: [{ location: 'A-01-02', quantity: 6, lot: 'L300' }, { location: 'A-01-01', quantity: 2, lot: 'L999' }] }),
    pending('pick', { item: 'PUMP-X1', location: 'B-02-01', quantity: 1, serials: ['SN-3'] }, 'picker'),
    pending('move', { item: 'MILK-1L', from: 'A-01-02', to: 'B-02-01', quantity: 2 }),
    pending('count', { item: 'PUMP-X1', location: 'B-02-01', expected: { lot: null, quantity: 2 }, counted: { quantity: 1 }, serials: ['SN-1'] }),
    pending('setLotTracking', { items: ['BOLT-M8'], tracked: true }, 'supervisor'),
    pending('pick', { item: 'BOLT-M8', location: 'A-01-01', quantity: 150 }, 'picker'),
    pending('changeSerialLot', { serial: 'SN-1', lot: 'P5' }, 'supervisor'),
    pending('adjust', { item: 'MILK-1L', location: 'A-01-02', quantity: 1 }, 'supervisor'), // rejected: R11
  ];

  test('C4: pending operations re-applied over server rows give the view the server will compute', () => {
    const list = ops();
    const device = applyPending(makeWorld(), list);
    // The server applies each with only the rows refsOf names, then writes the effects.
    const server = list.reduce((world, { op: o, ctx }) => {
      const result = applyOperation(o, loadRefs(world, refsOf(o)), ctx);
      return result.outcome === 'rejected' ? world : mergeEffects(world, result.effects);
    }, makeWorld());
    expect(device).toEqual(server);
    expect(slotIn(device, SLOTS.boltA1.id)).toMatchObject({ quantity: -50, lotUnknown: true, needsCount: true });
  });

  test('C4: resolving an exception needs only the exception and the rows it names', () => {
    const before = applyPending(makeWorld(), ops().slice(0, 1));
    const exceptionId = before.exceptions[0]?.id ?? '';
    const resolve = pending('resolveException', { exceptionId, action: 'adjust', adjust: { quantity: 12, lot: 'L100' } }, 'supervisor');
    const device = applyPending(before, [resolve]);
    const result = applyOperation(resolve.op, loadRefs(before, refsOf(resolve.op)), resolve.ctx);
    if (result.outcome === 'rejected') throw new Error(result.code);
    expect(mergeEffects(before, result.effects)).toEqual(device);
  });

  test('C4: a rejected pending operation changes nothing', () => {
    const world = makeWorld();
    const rejected = pending('pick', { item: 'MILK-1L', location: 'Z-99', quantity: 1 }, 'picker');
    expect(applyPending(world, [rejected])).toEqual(world);
  });

  test('C4: the same pending operations always give the same view', () => {
    const list = ops();
    expect(applyPending(makeWorld(), list)).toEqual(applyPending(makeWorld(), list));
    expect(uuid(7)).toBe('00000000-0000-4000-8000-000000000007');
  });
});
