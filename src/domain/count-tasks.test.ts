import { describe, expect, test } from 'vitest';
import { countPayload } from './operations/count';
import { countsLine, countTaskOf, countTaskStatus, countTaskTarget } from './count-tasks';

const line = { sku: 'MILK-1L', locationCode: 'A-01-01', condition: '' };

describe('count tasks: which count counts which line', () => {
  test('a count names its task in payload.countTask; the payload schema takes it', () => {
    const payload = { item: 'MILK-1L', location: 'A-01-01', condition: '', expected: { lot: 'L1', quantity: 3 }, counted: { quantity: 3 }, countTask: 'ct-1' };
    expect(countPayload.safeParse(payload).success).toBe(true);
    expect(countTaskOf(payload)).toBe('ct-1');
    expect(countTaskOf({ ...payload, countTask: undefined })).toBeNull();
  });

  test('a line is counted by a count of its item, location and condition, codes compared as scanned', () => {
    expect(countsLine(line, { item: 'milk-1l', location: ' a-01-01', condition: '' })).toBe(true);
    expect(countsLine(line, { item: 'MILK-1L', location: 'A-01-02', condition: '' })).toBe(false);
    expect(countsLine(line, { item: 'MILK-1L', location: 'A-01-01', condition: 'used' })).toBe(false);
  });

  test('a task is done when every line is counted; cancelled stays cancelled', () => {
    expect(countTaskStatus('open', [{ counted: true }, { counted: false }])).toBe('open');
    expect(countTaskStatus('open', [{ counted: true }, { counted: true }])).toBe('done');
    expect(countTaskStatus('cancelled', [{ counted: true }])).toBe('cancelled');
    expect(countTaskTarget({ kind: 'lot', locationCode: null, sku: 'MILK-1L', lot: 'L1' })).toBe('MILK-1L · lot L1');
  });
});
