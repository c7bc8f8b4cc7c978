import { describe, expect, test } from 'vitest';
import { parseOperation } from '../operation';
import {
  codesOf, makeWorld, run, serialIn, SERIALS, SLOTS, slotIn, txSummary, uuid,
} from '../test-fixtures';

describe('restock', () => {
  test('R5: a restock split over lots places each line with its own lot', () => {
    const r = run(makeWorld(), 'restock', {
      item: 'MILK-1L',
      lines: [{ location: 'A-01-02', quantity: 5, lot: 'L300' }, { location: 'A-01-01', quantity: 4, lot: 'L100' }],
    }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([
      { type: 'restock', quantity: 5, lot: 'L300', lotUnknown: false, serial: null },
      { type: 'restock', quantity: 4, lot: 'L100', lotUnknown: false, serial: null },
    ]);
    expect(slotIn(r.world, SLOTS.milkA2.id)).toMatchObject({ quantity: 5, lot: 'L300', lotUnknown: false });
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 14, lot: 'L100' });
  });

  test('R3: a second lot cannot silently enter an occupied slot: it is recorded and raises an exception', () => {
    const r = run(makeWorld(), 'restock', { item: 'MILK-1L', lines: [{ location: 'A-01-01', quantity: 5, lot: 'L999' }] }, 'operator');
    expect(r.result.outcome).toBe('exception');
    expect(r.effects.exceptions).toHaveLength(1);
    expect(r.effects.exceptions[0]).toMatchObject({
      code: 'second-lot-in-slot', rule: 'R3', status: 'open', slotId: SLOTS.milkA1.id,
      details: { expected: { lot: 'L100' }, found: { lot: 'L999' } },
    });
    expect(txSummary(r)).toEqual([{ type: 'restock', quantity: 5, lot: 'L999', lotUnknown: false, serial: null }]);
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 15, lot: null, lotUnknown: true, needsCount: true });
  });

  test('R3: a slot whose quantity reached zero is free for any lot', () => {
    const picked = run(makeWorld(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 10 }, 'picker');
    expect(slotIn(picked.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 0, lot: null, lotUnknown: false });
    const r = run(picked.world, 'restock', { item: 'MILK-1L', lines: [{ location: 'A-01-01', quantity: 6, lot: 'L999' }] }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 6, lot: 'L999' });
  });

  test('R5: restock lines of different lots into the same slot conflict per R3', () => {
    const r = run(makeWorld(), 'restock', {
      item: 'MILK-1L',
      lines: [{ location: 'A-01-02', quantity: 3, lot: 'L1' }, { location: 'A-01-02', quantity: 2, lot: 'L2' }],
    }, 'operator');
    expect(codesOf(r)).toEqual(['second-lot-in-slot']);
    expect(slotIn(r.world, SLOTS.milkA2.id)).toMatchObject({ quantity: 5, lot: null, lotUnknown: true, needsCount: true });
  });

  test('R6: stock placed where the item has no assignment creates the slot and raises no-assignment', () => {
    const r = run(makeWorld(), 'restock', { item: 'MILK-1L', lines: [{ location: 'C-03-01', quantity: 5, lot: 'L7' }] }, 'operator');
    expect(codesOf(r)).toEqual(['no-assignment']);
    const created = r.effects.slots[0];
    expect(created).toMatchObject({ itemId: 'i-milk', locationId: 'l-c1', capacity: 0, quantity: 5, lot: 'L7', needsCount: true });
    expect(created?.id).toMatch(/\/s1$/);
    expect(r.effects.exceptions[0]?.rule).toBe('R6');
  });

  test('R6: quantity beyond the capacity is recorded and flagged', () => {
    const r = run(makeWorld(), 'restock', { item: 'MILK-1L', lines: [{ location: 'A-01-01', quantity: 45, lot: 'L100' }] }, 'operator');
    expect(codesOf(r)).toEqual(['over-capacity']);
    expect(r.effects.exceptions[0]?.details).toMatchObject({ expected: { capacity: 50 }, found: { quantity: 55 } });
    expect(slotIn(r.world, SLOTS.milkA1.id)).toMatchObject({ quantity: 55, needsCount: true });
  });

  test('C2: a tracked item restocked without a lot is recorded with lot unknown and flagged', () => {
    const r = run(makeWorld(), 'restock', { item: 'MILK-1L', lines: [{ location: 'A-01-02', quantity: 5 }] }, 'operator');
    expect(r.result.outcome).toBe('exception');
    expect(codesOf(r)).toEqual(['lot-missing']);
    expect(txSummary(r)).toEqual([{ type: 'restock', quantity: 5, lot: null, lotUnknown: true, serial: null }]);
    expect(slotIn(r.world, SLOTS.milkA2.id)).toMatchObject({ quantity: 5, lot: null, lotUnknown: true, needsCount: true });
  });

  test('R1: a lot sent for an untracked item is ignored', () => {
    const r = run(makeWorld(), 'restock', { item: 'BOLT-M8', lines: [{ location: 'A-01-01', quantity: 5, lot: 'X1' }] }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([{ type: 'restock', quantity: 5, lot: null, lotUnknown: false, serial: null }]);
    expect(slotIn(r.world, SLOTS.boltA1.id)).toMatchObject({ quantity: 105, lot: null, lotUnknown: false });
  });

  test('R7: a special-handling item restocked to several locations carries a lot per target location', () => {
    const r = run(makeWorld(), 'restock', {
      item: 'VAC-5', lines: [{ location: 'A-01-01', quantity: 10, lot: 'V1' }, { location: 'B-02-01', quantity: 10, lot: 'V2' }],
    }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(slotIn(r.world, SLOTS.vacA1.id)).toMatchObject({ quantity: 10, lot: 'V1' });
    expect(slotIn(r.world, SLOTS.vacB1.id)).toMatchObject({ quantity: 10, lot: 'V2' });
  });

  test('R13: restocked serials are created with their own lots; the slot has none', () => {
    const r = run(makeWorld(), 'restock', {
      item: 'PUMP-X1', lines: [{ location: 'B-02-01', quantity: 2, serials: [{ serial: 'SN-10', lot: 'P3' }, { serial: 'SN-11', lot: 'P4' }] }],
    }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(txSummary(r)).toEqual([
      { type: 'restock', quantity: 1, lot: 'P3', lotUnknown: false, serial: 'SN-10' },
      { type: 'restock', quantity: 1, lot: 'P4', lotUnknown: false, serial: 'SN-11' },
    ]);
    expect(r.effects.serials.map((s) => s.id.slice(-3))).toEqual(['/n1', '/n2']);
    expect(serialIn(r.world, 'SN-10')).toMatchObject({ lot: 'P3', slotId: SLOTS.pumpB1.id, status: 'in-stock' });
    expect(slotIn(r.world, SLOTS.pumpB1.id)).toMatchObject({ quantity: 4, lot: null, lotUnknown: false });
  });

  test('R13: a serial created without its lot is recorded and flagged', () => {
    const r = run(makeWorld(), 'restock', { item: 'PUMP-X1', lines: [{ location: 'B-02-01', quantity: 1, serials: [{ serial: 'SN-12' }] }] }, 'operator');
    expect(codesOf(r)).toEqual(['lot-missing']);
    expect(txSummary(r)).toEqual([{ type: 'restock', quantity: 1, lot: null, lotUnknown: true, serial: 'SN-12' }]);
    expect(serialIn(r.world, 'SN-12').lot).toBeNull();
  });

  test('R13: a serial already in stock elsewhere is moved to the new slot and flagged', () => {
    const r = run(makeWorld(), 'restock', { item: 'PUMP-X1', lines: [{ location: 'B-02-01', quantity: 1, serials: [{ serial: 'SN-3', lot: 'P7' }] }] }, 'operator');
    expect(codesOf(r)).toEqual(['serial-exists']);
    expect(slotIn(r.world, SLOTS.pumpC1.id).quantity).toBe(0);
    expect(slotIn(r.world, SLOTS.pumpB1.id).quantity).toBe(3);
    // R14: a receipt does not change the lot of a unit already in stock.
    expect(serialIn(r.world, 'SN-3')).toMatchObject({ lot: 'P1', slotId: SLOTS.pumpB1.id });
  });

  test('R13: a picked serial restocked comes back into stock with the lot given', () => {
    const r = run(makeWorld(), 'restock', { item: 'PUMP-X1', lines: [{ location: 'B-02-01', quantity: 1, serials: [{ serial: 'SN-4', lot: 'P9' }] }] }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(serialIn(r.world, 'SN-4')).toMatchObject({ id: SERIALS.sn4.id, lot: 'P9', status: 'in-stock', slotId: SLOTS.pumpB1.id });
  });

  test('C3: a serialized restock without serials is rejected', () => {
    const r = run(makeWorld(), 'restock', { item: 'PUMP-X1', lines: [{ location: 'B-02-01', quantity: 1 }] }, 'operator');
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'serials-required', rule: 'C3' });
  });

  test('C3: a serialized line whose serials do not match its quantity is malformed', () => {
    const parsed = parseOperation({
      id: uuid(), seq: 1, type: 'restock', deviceTime: '2026-03-01T08:00:00Z',
      payload: { item: 'PUMP-X1', lines: [{ location: 'B-02-01', quantity: 2, serials: [{ serial: 'SN-20', lot: 'P1' }] }] },
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.path).toBe('payload.lines.0.serials');
  });

  test('durable items: each condition is its own slot with its own lot', () => {
    const r = run(makeWorld(), 'restock', { item: 'DRILL-18V', lines: [{ location: 'A-01-02', condition: 'used', quantity: 2, lot: 'D2' }] }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(slotIn(r.world, SLOTS.drillUsed.id)).toMatchObject({ quantity: 2, lot: 'D2' });
    expect(slotIn(r.world, SLOTS.drillNew.id)).toMatchObject({ quantity: 3, lot: 'D1' });
  });

  test('C3: a condition the item does not have is rejected', () => {
    const durable = run(makeWorld(), 'restock', { item: 'DRILL-18V', lines: [{ location: 'A-01-02', condition: 'broken', quantity: 1, lot: 'D2' }] }, 'operator');
    expect(durable.result).toMatchObject({ outcome: 'rejected', code: 'unknown-condition' });
    const plain = run(makeWorld(), 'restock', { item: 'BOLT-M8', lines: [{ location: 'A-01-01', condition: 'new', quantity: 1 }] }, 'operator');
    expect(plain.result).toMatchObject({ outcome: 'rejected', code: 'unknown-condition' });
  });
});
