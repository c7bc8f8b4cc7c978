import { describe, expect, test } from 'vitest';
import { parseOperation } from '../operation';
import { codesOf, makeWorld, run, type Run } from '../test-fixtures';
import type { World } from '../engine';
import type { LotRecord } from '../types';
import { lotRecordId } from './expiry';

// The fixture operations run on 2026-03-01 (device time).
const milkLot = (lot: string, over: Partial<LotRecord> = {}): LotRecord => ({
  id: lotRecordId('i-milk', lot), itemId: 'i-milk', lot, expiry: null, expirySource: null,
  firstReceived: '2026-01-01T08:00:00.000Z', onHold: false, holds: [], ...over,
});
const lotsOf = (r: Run) => r.world.lots ?? [];
const withLots = (lots: LotRecord[]): World => ({ ...makeWorld(), lots });

describe('lot records at receipt', () => {
  test('a received lot gets a record with its GS1 expiry and first-received time', () => {
    const r = run(makeWorld(), 'restock', { item: 'MILK-1L', lines: [{ location: 'A-01-02', quantity: 5, lot: 'NEW1', gs1: { expiry: '260900' } }] }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(lotsOf(r)).toEqual([milkLot('NEW1', { expiry: '2026-09-30', expirySource: 'expiry', firstReceived: '2026-03-01T08:00:00.000Z' })]);
  });

  test('a restock line\'s typed expiry is kept on the new lot record when the label gave no date', () => {
    const r = run(makeWorld(), 'restock', { item: 'MILK-1L', lines: [{ location: 'A-01-02', quantity: 5, lot: 'NEW2', expiry: '2027-02-28' }] }, 'operator');
    expect(lotsOf(r)).toEqual([milkLot('NEW2', { expiry: '2027-02-28', expirySource: 'typed', firstReceived: '2026-03-01T08:00:00.000Z' })]);
  });

  test('expiry-conflict: a lot received again with a different expiry is flagged and the stored expiry stands', () => {
    const r = run(withLots([milkLot('L200', { expiry: '2026-06-01', expirySource: 'expiry' })]), 'restock',
      { item: 'MILK-1L', lines: [{ location: 'RCV-01', quantity: 5, lot: 'L200', gs1: { expiry: '260701' } }] }, 'operator');
    expect(r.result.outcome).toBe('exception');
    expect(codesOf(r)).toEqual(['expiry-conflict']);
    expect(r.effects.exceptions[0]).toMatchObject({ rule: 'C2', details: { lot: 'L200', expected: { expiry: '2026-06-01' }, found: { expiry: '2026-07-01' } } });
    expect(lotsOf(r)[0]?.expiry).toBe('2026-06-01');
    expect(r.effects.transactions).toHaveLength(1); // the receipt itself is recorded (C2)
  });

  test('a lot received again without a date keeps its stored expiry, unflagged', () => {
    const r = run(withLots([milkLot('L200', { expiry: '2026-06-01', expirySource: 'expiry' })]), 'restock',
      { item: 'MILK-1L', lines: [{ location: 'RCV-01', quantity: 5, lot: 'L200' }] }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(lotsOf(r)[0]?.expiry).toBe('2026-06-01');
  });

  test('a lot received again with the same expiry is not flagged', () => {
    const r = run(withLots([milkLot('L200', { expiry: '2026-06-01' })]), 'restock',
      { item: 'MILK-1L', lines: [{ location: 'RCV-01', quantity: 5, lot: 'L200', expiry: '2026-06-01' }] }, 'operator');
    expect(r.result.outcome).toBe('applied');
  });

  test('a lot on record without a date takes the first date a receipt gives', () => {
    const r = run(withLots([milkLot('L200')]), 'restock',
      { item: 'MILK-1L', lines: [{ location: 'RCV-01', quantity: 5, lot: 'L200', gs1: { bestBefore: '261015' } }] }, 'operator');
    expect(r.result.outcome).toBe('applied');
    expect(lotsOf(r)[0]).toMatchObject({ expiry: '2026-10-15', expirySource: 'best-before' });
  });

  test('a GS1 date that is not a calendar date is malformed (C3)', () => {
    const parsed = parseOperation({
      id: '00000000-0000-4000-8000-00000000abcd', seq: 1, type: 'restock', deviceTime: '2026-03-01T08:00:00.000Z',
      payload: { item: 'MILK-1L', lines: [{ location: 'RCV-01', quantity: 5, lot: 'X', gs1: { expiry: '261301' } }] },
    });
    expect(parsed).toMatchObject({ ok: false, issues: [{ path: 'payload.lines.0.gs1.expiry' }] });
  });
});

describe('holds', () => {
  test('a supervisor puts a lot on hold with a reason; the hold is kept as history', () => {
    const r = run(withLots([milkLot('L100')]), 'holdLot', { item: 'MILK-1L', lot: 'L100', action: 'hold', reason: 'Recall R-7' }, 'supervisor');
    expect(r.result.outcome).toBe('applied');
    expect(lotsOf(r)[0]).toMatchObject({ onHold: true, holds: [{ action: 'hold', reason: 'Recall R-7', userId: 'u-supervisor' }] });
    const released = run(r.world, 'holdLot', { item: 'MILK-1L', lot: 'L100', action: 'release', reason: 'Lab says fine' }, 'supervisor');
    expect(lotsOf(released)[0]).toMatchObject({ onHold: false });
    expect(lotsOf(released)[0]?.holds.map((h) => h.action)).toEqual(['hold', 'release']);
  });

  test('a lot not received yet can be held (the recall came first)', () => {
    const r = run(makeWorld(), 'holdLot', { item: 'MILK-1L', lot: 'FUTURE', action: 'hold', reason: 'Supplier recall' }, 'supervisor');
    expect(lotsOf(r)[0]).toMatchObject({ lot: 'FUTURE', onHold: true, firstReceived: null });
  });

  test('holds are supervisor only: an operator is forbidden (C3)', () => {
    const r = run(makeWorld(), 'holdLot', { item: 'MILK-1L', lot: 'L100', action: 'hold', reason: 'x' }, 'operator');
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'forbidden' });
  });

  test('releasing a lot that is not on hold is refused as a command', () => {
    const r = run(makeWorld(), 'holdLot', { item: 'MILK-1L', lot: 'L100', action: 'release', reason: 'x' }, 'supervisor');
    expect(r.result).toMatchObject({ outcome: 'rejected', code: 'lot-hold-unchanged' });
  });
});

describe('held and expired lots taken (C2)', () => {
  const held = () => withLots([milkLot('L100', { onHold: true, holds: [{ action: 'hold', reason: 'Recall R-7', opId: 'o', userId: 'u', deviceTime: 't' }] })]);

  test('lot-on-hold: a pick of a held lot is recorded and flagged, with the hold reason', () => {
    const r = run(held(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 2 }, 'picker');
    expect(r.result.outcome).toBe('exception');
    expect(r.effects.transactions).toHaveLength(1);
    expect(r.effects.exceptions[0]).toMatchObject({ code: 'lot-on-hold', itemId: 'i-milk', locationId: 'l-a1', slotId: null, details: { lot: 'L100', quantity: 2, holdReason: 'Recall R-7' } });
  });

  test('lot-expired: a pick of a lot past its expiry is flagged; on its expiry day it is not', () => {
    const expired = run(withLots([milkLot('L100', { expiry: '2026-02-28' })]), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 1 }, 'picker');
    expect(codesOf(expired)).toEqual(['lot-expired']);
    const lastDay = run(withLots([milkLot('L100', { expiry: '2026-03-01' })]), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 1 }, 'picker');
    expect(lastDay.result.outcome).toBe('applied');
  });

  test('a pick that raises another exception too numbers the lot exception after it', () => {
    const r = run(held(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 2, requested: 3 }, 'picker');
    expect(codesOf(r)).toEqual(['short-pick', 'lot-on-hold']);
    expect(new Set(r.effects.exceptions.map((e) => e.id)).size).toBe(2);
  });

  test('lot-on-hold: moving a held lot into a storage location is flagged; into receiving it is not', () => {
    const world = withLots([milkLot('L200', { onHold: true })]);
    const toShelf = run(world, 'move', { item: 'MILK-1L', from: 'RCV-01', to: 'A-01-02', quantity: 2, lot: 'L200' }, 'operator');
    expect(codesOf(toShelf)).toContain('lot-on-hold');
    const held100 = withLots([milkLot('L100', { onHold: true })]);
    const toDock = run(held100, 'move', { item: 'MILK-1L', from: 'A-01-01', to: 'RCV-01', quantity: 2, lot: 'L100' }, 'operator');
    expect(codesOf(toDock)).not.toContain('lot-on-hold');
  });

  test('lot-on-hold: packing a held lot is flagged', () => {
    const r = run(held(), 'pack', { shipment: 'SH-1', lines: [{ item: 'MILK-1L', quantity: 1, lot: 'L100' }] }, 'picker');
    expect(codesOf(r)).toEqual(['lot-on-hold']);
  });

  test('a supervisor accepts a lot-on-hold exception through resolveException', () => {
    const r = run(held(), 'pick', { item: 'MILK-1L', location: 'A-01-01', quantity: 2 }, 'picker');
    const id = r.effects.exceptions[0]?.id ?? '';
    const accepted = run(r.world, 'resolveException', { exceptionId: id, action: 'accept', note: 'shipped to lab' }, 'supervisor');
    expect(accepted.result.outcome).toBe('applied');
    expect(accepted.world.exceptions.find((e) => e.id === id)?.status).toBe('resolved');
  });
});
