import { describe, expect, test } from 'vitest';
import { parseScan, type Item, type Slot } from '../../domain';
import { checkLot } from '../../domain';
import { build as buildMovePayload } from './payload';
import { destinationByCode, destinationFit, locationScan, movedLot, needsLotScan, pickSerial, suggestDestination } from './flow';

const item = (over: Partial<Item> = {}): Item => ({
  id: 'itm-ice', sku: 'ICE-2L', name: 'Ice cream', gtins: ['5012345000039'], unit: 'tub', lotTracked: true, lotAtPack: false,
  serialized: false, durable: false, conditions: [], specialHandling: false, ...over,
});
const slot = (code: string, over: Partial<Slot> = {}, active = true) => ({
  id: `s-${code}`, itemId: 'itm-ice', locationId: `loc-${code}`, condition: '', capacity: 60, quantity: 0, lot: null,
  lotUnknown: false, needsCount: false, location: { code, active, type: 'storage' as const }, ...over,
});
const f1 = slot('F-01-01', { quantity: 40, lot: 'IC240811' });
const f2 = slot('F-01-02', { quantity: 25, lot: 'IC240902' });
const f3 = slot('F-01-03');

describe('move wizard: lot verification, destination guidance and the recorded move', () => {
  test('R8a: the scanned lot is verified against the slot; a different one is a mismatch naming both lots', () => {
    expect(checkLot(f1, 'IC240811')).toEqual({ kind: 'match', lot: 'IC240811' });
    expect(checkLot(f1, 'IC999999')).toEqual({ kind: 'mismatch', expected: 'IC240811', found: 'IC999999' });
  });

  test('R2/R8a: a slot of unknown lot has nothing to verify against: the scanned lot is the fact', () => {
    expect(checkLot(slot('X', { quantity: 3, lotUnknown: true }), 'L1')).toEqual({ kind: 'slot-unknown', found: 'L1' });
  });

  test('R8a/R13: only tracked non-serialized goods need a lot scan; serials carry their own lots', () => {
    expect(needsLotScan(item())).toBe(true);
    expect(needsLotScan(item({ serialized: true }))).toBe(false);
    expect(needsLotScan(item({ lotTracked: false }))).toBe(false);
  });

  test('R3: a destination holding another lot is refused with that lot named; an empty slot or the same lot is fine', () => {
    expect(destinationFit(item(), f2, 'IC240811', 2, f1.id)).toMatchObject({ ok: false, message: expect.stringContaining('holds lot IC240902') });
    expect(destinationFit(item(), f3, 'IC240811', 2, f1.id)).toEqual({ ok: true, free: 60 });
    expect(destinationFit(item(), f1, 'IC240811', 2, f3.id)).toEqual({ ok: true, free: 20 });
  });

  test('a location taken out of use takes no more stock: refused by name, even when empty', () => {
    expect(destinationFit(item(), slot('F-09-09', {}, false), 'IC240811', 2, f1.id))
      .toEqual({ ok: false, message: 'F-09-09 is no longer in use: it takes no more stock.' });
  });

  test('R3: a confirmed mismatch moves the scanned lot, so the guidance judges destinations by it', () => {
    expect(movedLot(item(), f1, 'IC999999')).toBe('IC999999');
    expect(movedLot(item(), f1, null)).toBe('IC240811');
    expect(destinationFit(item(), f1, 'IC999999', 2, f3.id)).toMatchObject({ ok: false, message: expect.stringContaining('holds lot IC240811') });
  });

  test('R6: a destination without room for the quantity is refused; the source itself is never a destination', () => {
    expect(destinationFit(item(), f1, 'IC240811', 30, f3.id)).toMatchObject({ ok: false, message: expect.stringContaining('room for only 20') });
    expect(destinationFit(item(), f1, 'IC240811', 1, f1.id)).toMatchObject({ ok: false, message: expect.stringContaining('where the goods come from') });
  });

  test('R13: serialized items share slots across lots; a scanned serial must be in the slot and comes with its lot', () => {
    const pump = item({ serialized: true });
    expect(destinationFit(pump, slot('A', { quantity: 2 }), null, 1, null)).toMatchObject({ ok: true });
    const inSlot = [{ serial: 'P1', lot: 'A' }, { serial: 'P2', lot: 'B' }];
    expect(pickSerial(inSlot, [], 'P2')).toEqual({ ok: true, serial: { serial: 'P2', lot: 'B' } });
    expect(pickSerial(inSlot, [{ serial: 'P2' }], 'P2')).toMatchObject({ ok: false });
    expect(pickSerial(inSlot, [], 'P9')).toMatchObject({ ok: false, message: expect.stringContaining('not in this slot') });
  });

  test('R8a: the move records the scanned lot; serials and a durable destination condition go on the payload', () => {
    expect(buildMovePayload({ item: item(), from: f1, to: f3, quantity: 2, scannedLot: 'IC240811', serials: [] }))
      .toEqual({ item: 'ICE-2L', from: 'F-01-01', to: 'F-01-03', condition: '', quantity: 2, lot: 'IC240811' });
    const tc = item({ sku: 'TC52', durable: true, conditions: ['new', 'damaged'] });
    expect(buildMovePayload({ item: tc, from: slot('A-02-03', { condition: 'new' }), to: slot('A-02-03', { condition: 'damaged' }), quantity: 1, scannedLot: 'TC-2501', serials: [] }))
      .toEqual({ item: 'TC52', from: 'A-02-03', to: 'A-02-03', condition: 'new', toCondition: 'damaged', quantity: 1, lot: 'TC-2501' });
    expect(buildMovePayload({ item: item({ serialized: true }), from: f1, to: f3, quantity: 9, scannedLot: null, serials: ['P1', 'P2'] }))
      .toEqual({ item: 'ICE-2L', from: 'F-01-01', to: 'F-01-03', condition: '', quantity: 2, serials: ['P1', 'P2'] });
  });

  test('a location step takes a plain label and refuses a product label', () => {
    expect(locationScan(parseScan('F-01-03'))).toEqual({ kind: 'location', code: 'F-01-03' });
    expect(locationScan(parseScan('(01)05012345000039(10)IC1'))).toMatchObject({ kind: 'refused' });
  });

  test('R3/R6: a scanned destination that fits is chosen; another lot, the source or a location without the item is refused with what to do', () => {
    const slots = [f1, f2, f3];
    expect(destinationByCode(item(), f1, slots, 'f-01-03', 'IC240811', 40, null)).toEqual({ kind: 'chosen', slot: f3 });
    expect(destinationByCode(item(), f1, slots, 'F-01-02', 'IC240811', 40, null)).toMatchObject({ kind: 'refused', message: expect.stringContaining('holds lot IC240902') });
    expect(destinationByCode(item(), f1, slots, 'F-01-01', 'IC240811', 40, null)).toMatchObject({ kind: 'refused', message: expect.stringContaining('where the goods come from') });
    expect(destinationByCode(item(), f1, slots, 'Z-99', 'IC240811', 40, null)).toMatchObject({ kind: 'refused' });
  });

  test('a held or expired lot is refused at a pick face even when the slot would fit', () => {
    expect(destinationByCode(item(), f1, [f1, f3], 'F-01-03', 'IC240811', 2, 'Lot IC240811 is on hold.'))
      .toMatchObject({ kind: 'refused', message: expect.stringContaining('may not go to the pick face F-01-03') });
  });

  test('a durable item with several conditions at the scanned location narrows to them for a tap', () => {
    const tc = item({ durable: true, conditions: ['new', 'damaged'] });
    const a = slot('A-02-03', { condition: 'new', quantity: 1, lot: 'T1' });
    const b = slot('A-02-03', { id: 's-b', condition: 'used' });
    const c = slot('A-02-03', { id: 's-c', condition: 'damaged' });
    expect(destinationByCode(tc, a, [a, b, c], 'A-02-03', 'T1', 1, null)).toEqual({ kind: 'narrow', code: 'A-02-03' });
  });

  test('R6/R3: the suggested destination is a slot of the same lot with room, else an empty one; none when nothing fits', () => {
    const same = slot('F-02-01', { quantity: 10, lot: 'IC240811' });
    expect(suggestDestination(item(), f1, [f1, f2, f3, same], 'IC240811', 5, null)).toBe(same);
    expect(suggestDestination(item(), f1, [f1, f2, f3], 'IC240811', 5, null)).toBe(f3);
    expect(suggestDestination(item(), f1, [f1, f2], 'IC240811', 5, null)).toBeNull();
  });
});
