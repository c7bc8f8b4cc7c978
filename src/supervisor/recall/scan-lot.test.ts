import { describe, expect, test } from 'vitest';
import { gs1CheckDigit, parseScan } from '../../domain';
import { recallTarget } from './scan-lot';

// The demo milk's GTIN-13 as a GTIN-14.
const GTIN = `0501234500001${gs1CheckDigit('501234500001')}`;
const scan = (raw: string) => recallTarget(parseScan(raw, { today: '2026-11-23' }));

describe('recall by scan (R12)', () => {
  test('a GS1 scan fills the lot from AI 10 and the item from its GTIN', () => {
    expect(scan(`(01)${GTIN}(10)L2611A`)).toEqual({ ok: true, lot: 'L2611A', item: GTIN });
  });

  test('a lot with leading zeros is kept as printed', () => {
    expect(scan(`(01)${GTIN}(17)270101(10)000123`)).toMatchObject({ ok: true, lot: '000123' });
  });

  test('a plain code is the lot itself; a bare product barcode is refused with a reason', () => {
    expect(scan('IC240811')).toEqual({ ok: true, lot: 'IC240811', item: '' });
    expect(scan(GTIN.slice(1))).toMatchObject({ ok: false });
  });

  test('a GS1 code without a lot says so', () => {
    expect(scan(`(01)${GTIN}(17)270101`)).toMatchObject({ ok: false, message: expect.stringContaining('no lot') as unknown });
  });
});
