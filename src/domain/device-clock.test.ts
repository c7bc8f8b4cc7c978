import { describe, expect, test } from 'vitest';
import { CLOCK_SLACK_MS, clockVerdict, skewAmount } from './device-clock';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('device clock verdict', () => {
  test('a clock hours ahead is off, said in hours and minutes', () => {
    expect(clockVerdict(9 * HOUR + 5 * MIN)).toEqual({ status: 'off', text: '9 h 5 min ahead' });
    expect(clockVerdict(9 * HOUR)).toEqual({ status: 'off', text: '9 h ahead' });
  });

  test('a clock days behind is off, said in days', () => {
    expect(clockVerdict(-3 * DAY)).toEqual({ status: 'off', text: '3 days behind' });
    expect(clockVerdict(-(2 * DAY + 6 * HOUR))).toEqual({ status: 'off', text: '2 days 6 h behind' });
    expect(clockVerdict(70 * 365 * DAY)).toEqual({ status: 'off', text: '25550 days ahead' });
  });

  test('skew within two minutes either way is travel time or drift: the clock is on time', () => {
    expect(clockVerdict(0).status).toBe('ok');
    expect(clockVerdict(CLOCK_SLACK_MS)).toEqual({ status: 'ok', text: 'on time' });
    expect(clockVerdict(-CLOCK_SLACK_MS).status).toBe('ok');
    expect(clockVerdict(-90_000).status).toBe('ok');
  });

  test('just past the slack is off, in minutes', () => {
    expect(clockVerdict(CLOCK_SLACK_MS + 1)).toEqual({ status: 'off', text: '2 min ahead' });
    expect(clockVerdict(-12 * MIN)).toEqual({ status: 'off', text: '12 min behind' });
  });

  test('a clock never measured (a client that does not send its clock) is unknown, not ok', () => {
    expect(clockVerdict(null)).toEqual({ status: 'unknown', text: 'not measured yet' });
    expect(clockVerdict(Number.NaN).status).toBe('unknown');
  });

  test('amounts round to the minute, a push\'s travel time does not show as a minute less', () => {
    expect(skewAmount(9 * HOUR - 300)).toBe('9 h');
    expect(skewAmount(-(3 * DAY) + 800)).toBe('3 days');
    expect(skewAmount(45_000)).toBe('45 s');
    expect(skewAmount(47 * HOUR + 59 * MIN)).toBe('47 h 59 min');
  });
});
