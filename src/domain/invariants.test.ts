// Random sequences of valid operations over the fixture world: whatever the
// order and contradictions, the engine never throws, stock equals the sum of
// transactions, ids are deterministic, and the server's partial view agrees (C4).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyOperation, mergeEffects, refsOf } from './apply';
import type { World } from './engine';
import type { OperationType } from './operation';
import { ctxFor, loadRefs, makeWorld, op } from './test-fixtures';
import type { Role } from './types';

const ITEM_REFS = ['MILK-1L', '4006381333931', 'BOLT-M8', '012345678905', 'PUMP-X1', 'DRILL-18V', 'GAUZE-10', 'VAC-5', 'NOPE'];
const LOCATIONS = ['A-01-01', 'A-01-02', 'B-02-01', 'C-03-01', 'RCV-01', 'PACK-01', 'Z-99'];
const LOTS = [undefined, 'L100', 'L200', 'L300', 'P1', 'D1'];
const SERIALS = ['SN-1', 'SN-2', 'SN-3', 'SN-4', 'SN-5', 'SN-6', 'SN-404'];
const ROLES: Role[] = ['supervisor', 'supervisor', 'operator', 'picker'];
const KINDS: OperationType[] = [
  'restock', 'putaway', 'pick', 'return', 'move', 'count', 'assign', 'pack',
  'setLotTracking', 'changeSerialLot', 'adjust', 'resolveException', 'changeSettings',
];

const step = fc.record({
  kind: fc.constantFrom(...KINDS),
  item: fc.constantFrom(...ITEM_REFS),
  loc: fc.constantFrom(...LOCATIONS),
  loc2: fc.constantFrom(...LOCATIONS),
  cond: fc.nat(20),
  lot: fc.constantFrom(...LOTS),
  lot2: fc.constantFrom(...LOTS),
  qty: fc.nat(15),
  qty2: fc.integer({ min: -3, max: 15 }),
  serials: fc.subarray(SERIALS),
  flag: fc.boolean(),
  pick: fc.nat(30),
  role: fc.constantFrom(...ROLES),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function conditionFor(s: Step, n = s.cond): string {
  if (s.item === 'DRILL-18V') return ['new', 'used', 'damaged', 'broken'][n % 4] ?? 'new';
  return n === 0 ? 'new' : '';
}

/** A payload that parses, built for the world as it is now (exception ids). */
function payloadFor(s: Step, world: World): unknown {
  const serialized = s.item === 'PUMP-X1' && s.serials.length > 0;
  const qty = serialized ? s.serials.length : s.qty;
  const positive = Math.max(1, qty);
  const serials = serialized ? s.serials : undefined;
  const condition = conditionFor(s);
  switch (s.kind) {
    case 'restock':
      return {
        item: s.item,
        lines: [{ location: s.loc, condition, quantity: positive, lot: s.lot, serials: serials?.map((n) => ({ serial: n, lot: s.lot })) }],
      };
    case 'putaway':
    case 'move':
      return {
        item: s.item, from: s.loc, to: s.loc2, condition, toCondition: s.flag ? conditionFor(s, s.cond + 1) : undefined,
        quantity: positive, lot: s.lot, serials,
      };
    case 'pick':
      return { item: s.item, location: s.loc, condition, quantity: qty, requested: s.flag ? qty + 1 : undefined, serials };
    case 'return':
      return { item: s.item, location: s.loc, condition, quantity: positive, lot: s.lot ?? null, serials };
    case 'count':
      return {
        item: s.item, location: s.loc, condition, expected: { lot: s.lot2 ?? null, quantity: s.qty2 },
        counted: { quantity: qty, lot: s.lot ?? null }, serials,
      };
    case 'assign':
      return {
        item: s.item, location: s.loc, capacity: s.qty2 < 0 ? 0 : s.qty2 * 3,
        conditions: [{ condition, quantity: qty, lot: s.lot, serials: serials?.map((n) => ({ serial: n, lot: s.lot })) }],
      };
    case 'pack':
      return { shipment: 'SH-1', lines: [{ item: s.item, quantity: positive, lot: s.lot, serial: s.serials[0], pickedLot: s.lot2 ?? null }] };
    case 'setLotTracking':
      return { items: [s.item], tracked: s.flag };
    case 'changeSerialLot':
      return { serial: s.serials[0] ?? 'SN-1', lot: s.lot ?? 'L999' };
    case 'adjust':
      return { item: s.item, location: s.loc, condition, quantity: s.qty, lot: s.lot };
    case 'resolveException': {
      const exception = world.exceptions[s.pick % Math.max(1, world.exceptions.length)];
      const action = (['accept', 'count-task', 'adjust'] as const)[s.cond % 3];
      return { exceptionId: exception?.id ?? 'nope', action, adjust: { quantity: s.qty, lot: s.lot } };
    }
    case 'changeSettings':
      return { requireLotAtPack: s.flag };
  }
}

function checkWorld(world: World, sums: Map<string, number>, initial: Map<string, number>): void {
  const items = new Map(world.items.map((i) => [i.id, i]));
  for (const slot of world.slots) {
    // Stock in a slot equals its starting stock plus the sum of its transactions.
    expect(slot.quantity).toBe((initial.get(slot.id) ?? 0) + (sums.get(slot.id) ?? 0));
    const item = items.get(slot.itemId);
    if (!item) throw new Error(`slot of unknown item ${slot.itemId}`);
    // R3: an empty slot is free for any lot.
    if (slot.quantity === 0) expect([slot.lot, slot.lotUnknown]).toEqual([null, false]);
    // R1: untracked stock has no lot; R13: serialized slots never hold one.
    if (!item.lotTracked) expect([slot.lot, slot.lotUnknown]).toEqual([null, false]);
    if (item.serialized) {
      expect(slot.lot).toBeNull();
      const units = world.serials.filter((s) => s.slotId === slot.id && s.status === 'in-stock').length;
      expect(slot.quantity).toBe(units);
    }
  }
  for (const serial of world.serials) expect(serial.slotId === null).toBe(serial.status !== 'in-stock');
}

describe('invariants', () => {
  test('C2, C4: random operations keep stock == sum of transactions, deterministic ids, and agree with the server view', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        let world = makeWorld();
        const initial = new Map(world.slots.map((s) => [s.id, s.quantity]));
        const sums = new Map<string, number>();
        for (const s of steps) {
          const operation = op(s.kind, payloadFor(s, world));
          const ctx = ctxFor(operation, s.role);
          const result = applyOperation(operation, world, ctx);
          // C1: the same operation on the same world gives identical effects.
          expect(applyOperation(operation, world, ctx)).toEqual(result);
          // C4: the server, loading only what refsOf names, decides the same.
          expect(applyOperation(operation, loadRefs(world, refsOf(operation)), ctx)).toEqual(result);
          if (result.outcome === 'rejected') continue;
          const { effects } = result;
          if (effects.exceptions.some((e) => e.status === 'open' && e.opId === operation.id)) expect(result.outcome).toBe('exception');
          for (const t of effects.transactions) {
            expect(t.id.startsWith(`${operation.id}/t`)).toBe(true);
            expect(t.quantity).not.toBe(0);
            sums.set(t.slotId, (sums.get(t.slotId) ?? 0) + t.quantity);
          }
          expect(new Set(effects.transactions.map((t) => t.id)).size).toBe(effects.transactions.length);
          world = mergeEffects(world, effects);
          for (const t of effects.transactions) expect(world.slots.some((sl) => sl.id === t.slotId)).toBe(true);
          checkWorld(world, sums, initial);
        }
      }),
      { numRuns: 40, seed: 20260301 },
    );
  });
});
