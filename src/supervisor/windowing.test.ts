import { describe, expect, test } from 'vitest';
import { scrollToShow, visibleRange } from './windowing';

describe('visibleRange', () => {
  test('at the top, draws the rows that fit plus the overscan below, and keeps the full height', () => {
    expect(visibleRange(0, 400, 40, 100_000, 5)).toEqual({ start: 0, end: 16, offset: 0, total: 4_000_000 });
  });

  test('scrolled deep into 100,000 rows, draws about one viewport of rows around the scroll position', () => {
    const r = visibleRange(2_000_000, 400, 40, 100_000, 5);
    expect(r.start).toBe(49_995);
    expect(r.end).toBe(50_016);
    expect(r.offset).toBe(49_995 * 40);
    expect(r.end - r.start).toBeLessThan(30);
  });

  test('a scroll position past the end (the list just shrank after a search) shows the last rows, not nothing', () => {
    const r = visibleRange(1_000_000, 400, 40, 30, 2);
    expect(r.end).toBe(30);
    expect(r.start).toBeLessThan(20);
  });

  test('fewer rows than fit draws them all; an empty list draws none', () => {
    expect(visibleRange(0, 400, 40, 3)).toEqual({ start: 0, end: 3, offset: 0, total: 120 });
    expect(visibleRange(0, 400, 40, 0)).toEqual({ start: 0, end: 0, offset: 0, total: 0 });
  });
});

describe('scrollToShow', () => {
  test('a row above the viewport scrolls to its top, a row below to its bottom, a visible row not at all', () => {
    expect(scrollToShow(2, 200, 400, 40)).toBe(80);
    expect(scrollToShow(20, 0, 400, 40)).toBe(440);
    expect(scrollToShow(5, 0, 400, 40)).toBeNull();
  });
});
