import { describe, expect, test } from 'vitest';
import { checkLot, parseScan, type Item } from '../../../domain';
import type { SlotView } from '../../../replica/queries';
import { useMoveStore } from '../../move/store';
import { usePutawayStore } from '../../putaway/store';
import { defaultQuantity, labelCount, lotVerdict, quantityScan } from './take-scan';

const ice: Item = {
  id: 'itm-ice', sku: 'ICE-2L', name: 'Ice cream', gtins: ['05012345000039'], unit: 'tub', lotTracked: true, lotAtPack: false,
  serialized: false, durable: false, conditions: [], specialHandling: false,
};
const scan = (text: string) => parseScan(text, { today: '2026-12-07' });
const holding = (quantity: number, lot: string | null = 'IC1'): SlotView => ({
  id: 's-1', itemId: ice.id, locationId: 'loc-1', condition: '', capacity: 60, quantity, lot, lotUnknown: false, needsCount: false, free: 60 - quantity,
  location: { id: 'loc-1', code: 'F-01-01', type: 'storage', active: true } as SlotView['location'],
});
const at = { holds: 40, where: 'F-01-01', lot: 'IC1' };

describe('take steps: the default quantity is what the task implies (issue 16)', () => {
  test('move starts at the whole slot and putaway at all that is staged, never at 1', () => {
    useMoveStore.getState().chooseSource(ice, holding(40));
    expect(useMoveStore.getState().quantity).toBe(40);
    usePutawayStore.getState().chooseSource(ice, holding(48));
    expect(usePutawayStore.getState().quantity).toBe(48);
  });

  test('a label count that fits the slot is the quantity; one above what the slot holds is not taken', () => {
    useMoveStore.getState().chooseSource(ice, holding(40), 12);
    expect(useMoveStore.getState().quantity).toBe(12);
    usePutawayStore.getState().chooseSource(ice, holding(48), 60);
    expect(usePutawayStore.getState().quantity).toBe(48);
  });

  test('an empty slot still offers one unit (the engine decides, C2)', () => {
    expect(defaultQuantity({ quantity: 0 })).toBe(1);
  });

  test('a GS1 label\'s (30), else (37), count is read; a plain code has none', () => {
    expect(labelCount(scan('(01)05012345000039(30)12'))).toBe(12);
    expect(labelCount(scan('(02)05012345000039(37)24'))).toBe(24);
    expect(labelCount(scan('F-01-01'))).toBeUndefined();
  });
});

describe('take steps: every lot scan is answered with its own tone (R8a)', () => {
  test('the slot\'s lot moves on with the good tone', () => {
    expect(lotVerdict(checkLot(holding(40), 'IC1'))).toEqual({ advance: true, verdict: { ok: true } });
  });

  test('a different lot stays on the step with the warning tone, naming both lots and what to do', () => {
    const { advance, verdict } = lotVerdict(checkLot(holding(40), 'IC9'));
    expect(advance).toBe(false);
    expect(verdict).toMatchObject({ ok: true, warning: expect.stringMatching(/goods say lot IC9, the slot holds lot IC1.*Scan the lot again, or continue anyway/) });
  });

  test('R2: on a slot of unknown lot the scanned lot is recorded, with a caution', () => {
    const unknown = { ...holding(5, null), lotUnknown: true };
    expect(lotVerdict(checkLot(unknown, 'IC9'))).toMatchObject({ advance: true, verdict: { ok: true, warning: expect.stringContaining('lot IC9') } });
  });
});

describe('take steps: the quantity step answers every scan', () => {
  test('a label of the item with a count sets the quantity', () => {
    expect(quantityScan(ice, scan('(01)05012345000039(10)IC1(30)12'), at)).toEqual({ kind: 'quantity', quantity: 12 });
  });

  test('a plain code is the destination\'s label', () => {
    expect(quantityScan(ice, scan('F-01-03'), at)).toEqual({ kind: 'location', code: 'F-01-03' });
  });

  test('the item\'s own code or a label without a count is refused with what to do', () => {
    expect(quantityScan(ice, scan('ICE-2L'), at)).toMatchObject({ kind: 'refused', message: expect.stringContaining('set the quantity') });
    expect(quantityScan(ice, scan('05012345000039'), at)).toMatchObject({ kind: 'refused' });
    expect(quantityScan(ice, scan('(01)05012345000039(10)IC1'), at)).toMatchObject({ kind: 'refused', message: expect.stringContaining('no count') });
  });

  test('another item\'s label, another lot\'s label and a count above the slot are refused', () => {
    expect(quantityScan(ice, scan('(01)05012345000022(30)2'), at)).toMatchObject({ kind: 'refused', message: expect.stringContaining('Wrong item') });
    expect(quantityScan(ice, scan('(01)05012345000039(10)IC9(30)2'), at)).toMatchObject({ kind: 'refused', message: expect.stringContaining('lot IC9') });
    expect(quantityScan(ice, scan('(01)05012345000039(30)41'), at)).toMatchObject({ kind: 'refused', message: expect.stringContaining('holds only 40') });
  });

  test('a scan that cannot be read is refused with its reason', () => {
    expect(quantityScan(ice, scan('(01)05012345000038'), at)).toMatchObject({ kind: 'refused' });
  });
});
