import { describe, expect, test } from 'vitest';
import { codesOf, makeWorld, run } from '../test-fixtures';
import { DEFAULT_SETTINGS } from '../types';

const requiring = () => makeWorld({ settings: { ...DEFAULT_SETTINGS, requireLotAtPack: true } });

describe('pack', () => {
  test('R15: packing records lots on the shipment only: no transaction, no stock change', () => {
    const r = run(requiring(), 'pack', { shipment: 'SH-1', lines: [{ item: 'MILK-1L', quantity: 2, lot: 'L100', pickedLot: 'L100' }] }, 'picker');
    expect(r.result.outcome).toBe('applied');
    expect(r.effects.transactions).toEqual([]);
    expect(r.effects.slots).toEqual([]);
    expect(r.effects.shipmentLines[0]?.id.endsWith('/p1')).toBe(true);
    expect(r.effects.shipmentLines).toMatchObject([{
      shipment: 'SH-1', itemId: 'i-milk', quantity: 2, lot: 'L100', serial: null, pickedLot: 'L100', lotMismatch: false,
    }]);
  });

  test('R15: a recorded lot different from the picked one is shown, not blocked', () => {
    const r = run(requiring(), 'pack', { shipment: 'SH-1', lines: [{ item: 'MILK-1L', quantity: 2, lot: 'L101', pickedLot: 'L100' }] }, 'picker');
    expect(r.result.outcome).toBe('applied');
    expect(r.effects.shipmentLines[0]?.lotMismatch).toBe(true);
  });

  test('R15: with the setting on, a line without its lot is recorded and flagged', () => {
    const r = run(requiring(), 'pack', { shipment: 'SH-1', lines: [{ item: 'MILK-1L', quantity: 2 }] }, 'picker');
    expect(codesOf(r)).toEqual(['pack-lot-missing']);
    expect(r.effects.exceptions[0]).toMatchObject({ rule: 'R15', itemId: 'i-milk', slotId: null });
    expect(r.effects.shipmentLines).toHaveLength(1);
  });

  test('R15: a serialized line also needs its serial', () => {
    const r = run(requiring(), 'pack', { shipment: 'SH-1', lines: [{ item: 'PUMP-X1', quantity: 1, lot: 'P1' }] }, 'picker');
    expect(codesOf(r)).toEqual(['pack-lot-missing']);
    const ok = run(requiring(), 'pack', { shipment: 'SH-1', lines: [{ item: 'PUMP-X1', quantity: 1, lot: 'P1', serial: 'SN-4' }] }, 'picker');
    expect(ok.result.outcome).toBe('applied');
  });

  test('R15: with the setting off nothing is asked', () => {
    const r = run(makeWorld(), 'pack', { shipment: 'SH-1', lines: [{ item: 'MILK-1L', quantity: 2 }] }, 'picker');
    expect(r.result.outcome).toBe('applied');
  });

  test('R15a: recording follows the item\'s lot-at-pack flag, not lot tracking', () => {
    // Gauze records lots at packing without tracking them; the vaccine tracks lots without recording them.
    const r = run(requiring(), 'pack', { shipment: 'SH-2', lines: [{ item: 'GAUZE-10', quantity: 1 }, { item: 'VAC-5', quantity: 1 }] }, 'picker');
    expect(codesOf(r)).toEqual(['pack-lot-missing']);
    expect(r.effects.exceptions[0]?.itemId).toBe('i-gauze');
  });
});
