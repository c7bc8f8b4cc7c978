import { describe, expect, test } from 'vitest';
import { dayBound, nextSort, pageCount, toQuery } from './query';

describe('toQuery', () => {
  test('empty, blank and unset filters are left out; values are trimmed and encoded', () => {
    expect(toQuery({ item: ' MILK-1L ', lot: '', location: undefined, user: null, nonZero: false, page: 2 }))
      .toBe('?item=MILK-1L&page=2');
  });

  test('a lot with leading zeros and spaces inside is sent as text, unchanged', () => {
    expect(toQuery({ lot: '00123 A/B&C' })).toBe('?lot=00123+A%2FB%26C');
  });

  test('no filter at all gives no query string', () => {
    expect(toQuery({ item: '', lot: '  ' })).toBe('');
  });

  test('true flags are sent as "true"', () => {
    expect(toQuery({ nonZero: true })).toBe('?nonZero=true');
  });
});

describe('dayBound', () => {
  test('"from" is the start of the local day and "to" its end, so the whole last day is included', () => {
    const from = new Date(dayBound('2026-05-03', 'from')!);
    const to = new Date(dayBound('2026-05-03', 'to')!);
    expect([from.getFullYear(), from.getMonth(), from.getDate(), from.getHours()]).toEqual([2026, 4, 3, 0]);
    expect([to.getDate(), to.getHours(), to.getMinutes()]).toEqual([3, 23, 59]);
  });

  test('an empty or malformed date is no bound', () => {
    expect(dayBound('', 'from')).toBeUndefined();
    expect(dayBound('3 May', 'to')).toBeUndefined();
  });
});

describe('sorting and paging', () => {
  test('a new column sorts ascending; the same column again flips the direction', () => {
    expect(nextSort({ sort: 'recordedAt', dir: 'desc' }, 'lot')).toEqual({ sort: 'lot', dir: 'asc' });
    expect(nextSort({ sort: 'lot', dir: 'asc' }, 'lot')).toEqual({ sort: 'lot', dir: 'desc' });
  });

  test('page count is at least one and rounds up', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(101, 50)).toBe(3);
  });
});
