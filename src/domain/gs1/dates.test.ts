import { describe, expect, test } from 'vitest';
import { parseYymmdd, parseYymmddhhmm, resolveYear } from './dates';
import { parseScan } from './parse-scan';

const GTIN = '09506000134352';

describe('GS1 dates', () => {
  test('a plain YYMMDD becomes an ISO date in 20YY when no today is given', () => {
    expect(parseYymmdd('261231')).toMatchObject({ ok: true, iso: '2026-12-31' });
    expect(parseYymmdd('991231')).toMatchObject({ ok: true, iso: '2099-12-31' });
  });

  test('day 00 means the last day of the month', () => {
    expect(parseYymmdd('260100')).toMatchObject({ ok: true, iso: '2026-01-31' });
    expect(parseYymmdd('260400')).toMatchObject({ ok: true, iso: '2026-04-30' });
    expect(parseYymmdd('240200')).toMatchObject({ ok: true, iso: '2024-02-29' });
    expect(parseYymmdd('250200')).toMatchObject({ ok: true, iso: '2025-02-28' });
  });

  test('February 29 exists in leap years only, 2000 included', () => {
    expect(parseYymmdd('240229')).toMatchObject({ ok: true, iso: '2024-02-29' });
    expect(parseYymmdd('000229')).toMatchObject({ ok: true, iso: '2000-02-29' });
    expect(parseYymmdd('250229')).toEqual({ ok: false, reason: 'day 29 is not a day of February 2025 (2025 is not a leap year)' });
  });

  test('month 13, month 00, April 31 and day 32 are refused', () => {
    expect(parseYymmdd('261332')).toEqual({ ok: false, reason: 'month 13 is not a month' });
    expect(parseYymmdd('260015')).toEqual({ ok: false, reason: 'month 00 is not a month' });
    expect(parseYymmdd('260431')).toEqual({ ok: false, reason: 'day 31 is not a day of April 2026' });
    expect(parseYymmdd('260132')).toMatchObject({ ok: false });
  });

  test('the GS1 century rule moves years more than 49 years back or 50 ahead into the other century', () => {
    expect(resolveYear(75, '2025-06-01')).toBe(2075);
    expect(resolveYear(76, '2025-06-01')).toBe(1976);
    expect(resolveYear(0, '2025-06-01')).toBe(2000);
    expect(resolveYear(30, '2080-01-01')).toBe(2130);
    expect(resolveYear(31, '2080-01-01')).toBe(2031);
    expect(resolveYear(99, '2001-01-01')).toBe(1999);
    expect(resolveYear(26, 'not a date')).toBe(2026);
  });

  test('the century decides leap years: 00 is 2100 seen from 2060, which has no February 29', () => {
    expect(parseYymmdd('000229', '2060-01-01')).toMatchObject({ ok: false, reason: 'day 29 is not a day of February 2100 (2100 is not a leap year)' });
    expect(parseYymmdd('000229')).toMatchObject({ ok: true, iso: '2000-02-29' });
  });

  test('a date and time YYMMDDhhmm becomes ISO date and minutes, and rejects day 00, hour 24 and minute 60', () => {
    expect(parseYymmddhhmm('2612312359')).toMatchObject({ ok: true, iso: '2026-12-31T23:59' });
    expect(parseYymmddhhmm('2612002359')).toEqual({ ok: false, reason: 'day 00 is not a day' });
    expect(parseYymmddhhmm('2612312400')).toEqual({ ok: false, reason: 'hour 24 is not an hour' });
    expect(parseYymmddhhmm('2612312360')).toEqual({ ok: false, reason: 'minute 60 is not a minute' });
  });

  test('a scanned expiry with month 13 is refused with a sentence naming AI (17)', () => {
    expect(parseScan(`(01)${GTIN}(17)261332`)).toEqual({
      ok: false,
      code: 'bad-date',
      ai: '17',
      message: 'AI (17) expiry 261332: month 13 is not a month.',
      raw: `(01)${GTIN}(17)261332`,
    });
  });

  test('scanned dates come out as ISO convenience fields, using today for the century', () => {
    const scan = parseScan(`(01)${GTIN}(11)990115(13)990116(15)260200(17)261231(7003)2612311430`, { today: '2025-06-01' });
    expect(scan).toMatchObject({
      ok: true,
      productionDate: '1999-01-15',
      packagingDate: '1999-01-16',
      bestBefore: '2026-02-28',
      expiry: '2026-12-31',
      expiryDateTime: '2026-12-31T14:30',
    });
  });
});
