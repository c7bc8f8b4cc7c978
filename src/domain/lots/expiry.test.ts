import { describe, expect, test } from 'vitest';
import { addDays, expiryFrom, lotStatus } from './expiry';
import { fefoChoice, rankFefo, skipsEarlierLot } from './fefo';
import type { LotRecord, Slot } from '../types';

const TODAY = '2026-03-01';
const noShelfLife = { shelfLifeDays: null };

describe('expiry from a receipt', () => {
  test('(17) expiry wins over (15) best-before, typed and (11) + shelf life', () => {
    expect(expiryFrom({ gs1: { expiry: '270115', bestBefore: '261231', production: '260101' }, typed: '2027-06-01' }, { shelfLifeDays: 30 }, TODAY))
      .toEqual({ expiry: '2027-01-15', source: 'expiry' });
  });

  test('(15) best-before is used when there is no (17)', () => {
    expect(expiryFrom({ gs1: { bestBefore: '261231' }, typed: '2027-06-01' }, noShelfLife, TODAY)).toEqual({ expiry: '2026-12-31', source: 'best-before' });
  });

  test('a typed expiry is used when the label has no (17) or (15)', () => {
    expect(expiryFrom({ gs1: { production: '260101' }, typed: '2027-06-01' }, { shelfLifeDays: 30 }, TODAY)).toEqual({ expiry: '2027-06-01', source: 'typed' });
  });

  test('shelf life: (11) production date plus the item\'s shelf-life days', () => {
    expect(expiryFrom({ gs1: { production: '260120' } }, { shelfLifeDays: 30 }, TODAY)).toEqual({ expiry: '2026-02-19', source: 'shelf-life' });
  });

  test('shelf life: a production date of an item without a shelf life gives no expiry', () => {
    expect(expiryFrom({ gs1: { production: '260120' } }, noShelfLife, TODAY)).toBeNull();
  });

  test('day 00: an expiry of day 00 is the last day of that month (leap February too)', () => {
    expect(expiryFrom({ gs1: { expiry: '280200' } }, noShelfLife, TODAY)?.expiry).toBe('2028-02-29');
    expect(expiryFrom({ gs1: { expiry: '270200' } }, noShelfLife, TODAY)?.expiry).toBe('2027-02-28');
    expect(expiryFrom({ gs1: { bestBefore: '260400' } }, noShelfLife, TODAY)?.expiry).toBe('2026-04-30');
  });

  test('day 00 on a production date plus shelf life counts from the month\'s last day', () => {
    expect(expiryFrom({ gs1: { production: '260100' } }, { shelfLifeDays: 1 }, TODAY)?.expiry).toBe('2026-02-01');
  });

  test('no date at all gives no expiry', () => {
    expect(expiryFrom({}, { shelfLifeDays: 10 }, TODAY)).toBeNull();
  });

  test('adding days crosses months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });
});

const lot = (over: Partial<LotRecord> & Pick<LotRecord, 'lot'>): LotRecord => ({
  id: `i-milk\u001f${over.lot}`, itemId: 'i-milk', expiry: null, expirySource: null, firstReceived: null, onHold: false, holds: [], ...over,
});

describe('lot status', () => {
  test('expired is computed from the date: a lot is still good on its expiry day and expired the day after', () => {
    const record = lot({ lot: 'A', expiry: '2026-03-01' });
    expect(lotStatus(record, '2026-03-01')).toBe('available');
    expect(lotStatus(record, '2026-03-02')).toBe('expired');
  });

  test('a held lot is on hold whatever its date', () => {
    expect(lotStatus(lot({ lot: 'A', expiry: '2020-01-01', onHold: true }), TODAY)).toBe('on-hold');
  });

  test('a lot without a record or a date is available', () => {
    expect(lotStatus(undefined, TODAY)).toBe('available');
    expect(lotStatus(lot({ lot: 'A' }), TODAY)).toBe('available');
  });
});

const slot = (id: string, lotName: string | null, quantity = 5): Slot => ({
  id, itemId: 'i-milk', locationId: `l-${id}`, condition: '', capacity: 50, quantity, lot: lotName, lotUnknown: false, needsCount: false,
});
const cand = (s: Slot, code: string) => ({ slot: s, locationCode: code });

describe('FEFO', () => {
  const lots = [
    lot({ lot: 'LATE', expiry: '2026-09-01' }),
    lot({ lot: 'EARLY', expiry: '2026-04-01' }),
    lot({ lot: 'HELD', expiry: '2026-03-10', onHold: true }),
    lot({ lot: 'OLD', expiry: '2026-02-01' }),
    lot({ lot: 'NODATE' }),
  ];

  test('FEFO: the earliest-expiring available lot is suggested first', () => {
    const cs = [cand(slot('a', 'LATE'), 'A-1'), cand(slot('b', 'EARLY'), 'B-1')];
    expect(fefoChoice(cs, lots, TODAY)?.slot.id).toBe('b');
  });

  test('FEFO: held and expired lots are never suggested, even when they expire first', () => {
    const cs = [cand(slot('h', 'HELD'), 'A-1'), cand(slot('o', 'OLD'), 'A-2'), cand(slot('l', 'LATE'), 'C-1')];
    expect(fefoChoice(cs, lots, TODAY)?.slot.id).toBe('l');
    expect(rankFefo(cs, lots, TODAY).map((r) => r.status)).toEqual(['available', 'expired', 'on-hold']);
  });

  test('FEFO: lots without an expiry come after every dated lot', () => {
    const cs = [cand(slot('n', 'NODATE'), 'A-1'), cand(slot('l', 'LATE'), 'Z-9')];
    expect(rankFefo(cs, lots, TODAY).map((r) => r.slot.id)).toEqual(['l', 'n']);
  });

  test('FEFO: equal expiries are ordered by location code', () => {
    const same = [lot({ lot: 'X', expiry: '2026-05-01' }), lot({ lot: 'Y', expiry: '2026-05-01' })];
    const cs = [cand(slot('y', 'Y'), 'B-1'), cand(slot('x', 'X'), 'A-1')];
    expect(rankFefo(cs, same, TODAY).map((r) => r.slot.id)).toEqual(['x', 'y']);
  });

  test('FEFO: empty slots are not candidates; nothing available means no suggestion', () => {
    expect(fefoChoice([cand(slot('e', 'EARLY', 0), 'A-1'), cand(slot('h', 'HELD'), 'A-2')], lots, TODAY)).toBeUndefined();
  });

  test('FEFO: taking a later-expiring lot while an earlier one is available is detected (asks for a reason)', () => {
    const late = cand(slot('a', 'LATE'), 'A-1');
    const early = cand(slot('b', 'EARLY'), 'B-1');
    expect(skipsEarlierLot(late, [late, early], lots, TODAY)?.slot.id).toBe('b');
    expect(skipsEarlierLot(early, [late, early], lots, TODAY)).toBeUndefined();
  });
});
